import type { ShareMessageInput } from '../shareBlocks';

/** A real-looking share: praise for the importer, as ticket 120 in the simulator fixtures. */
export function praiseShare(overrides: Partial<ShareMessageInput> = {}): ShareMessageInput {
  return {
    channel: 'C0COMMUNITY',
    post: {
      platform: 'x',
      url: 'https://x.com/oss_ollie/status/1858171460147937280',
      text: '@movingtogitlab we finally moved all 400 repos over the weekend. The importer kept every issue, label and MR comment. Huge thanks 🦊',
      authorName: 'Oliver Grant',
      authorHandle: 'oss_ollie',
    },
    ticket: { id: 120, url: 'https://gitlab-sim.zendesk.com/agent/tickets/120' },
    category: 'positive_feedback',
    reasons: [
      { signal: 'praise', evidence: ['Huge thanks'] },
      { signal: 'milestone', evidence: ['moved all 400 repos'] },
    ],
    note: 'Big migration, worth a personal thank-you',
    sharedBy: 'Alex Advocate',
    guidelinesUrl: 'https://handbook.gitlab.com/handbook/marketing/developer-relations/community-engagement/',
    toneRules: ['thank_first', 'be_personal', 'emoji_ok'],
    ...overrides,
  };
}

/** Everything a hostile tweet author or display name could try at once. */
export function hostileShare(): ShareMessageInput {
  const attack = '<!channel> <!here> @everyone <@U0JANE> <#C0COMMUNITY> <!subteam^S0614TZR7|@devs> <https://evil.example/login|Open tweet> &amp; ';
  return praiseShare({
    post: {
      platform: 'x',
      url: 'https://x.com/mallory/status/1858999999999999999',
      text: `${attack}${'ا🦊'.repeat(2600)}`,
      authorName: `Mallory <!channel>\n*Category*\nNot spam ${'😈'.repeat(400)}`,
      authorHandle: '@here',
    },
    reasons: Array.from({ length: 30 }, (_, index) => ({
      signal: `signal_${index} <!here>`,
      evidence: Array.from({ length: 20 }, () => `<@U0BOT> ${'x'.repeat(300)}`),
    })),
    note: `${attack}${'n'.repeat(5000)}`,
    sharedBy: 'Alex <!channel> Advocate',
    guidelinesUrl: 'javascript:alert(document.cookie)',
    toneRules: Array.from({ length: 200 }, (_, index) => `rule_${index}_<!channel>`),
  });
}
