import { describe, expect, it } from 'vitest';
import { buildShareMessage, SHARE_EVENT_TYPE, type ShareMessage } from './shareMessage';
import { slackCopyFrom } from './copy';
import { hostileShare, praiseShare } from './testing/shareInputs';
import { expectOnlyOurMarkup, expectWithinBlockKitLimits, mrkdwnStrings } from './testing/slackMessageChecks';

type Blocks = { type: string; text?: { text: string }; fields?: { text: string }[]; elements?: { text?: string; elements?: { text?: string }[] }[] }[];

function blocksOf(message: ShareMessage): Blocks {
  return message.blocks as unknown as Blocks;
}

function quoteOf(message: ShareMessage): string {
  const quote = blocksOf(message).find((block) => block.type === 'rich_text');
  return quote?.elements?.[0]?.elements?.[0]?.text ?? '';
}

describe('buildShareMessage', () => {
  it('posts the tweet with who wrote it, why it is worth a reply and how to take it', () => {
    const message = buildShareMessage(praiseShare());
    const [header, , details, context] = blocksOf(message);
    expect(message.channel).toBe('C0COMMUNITY');
    expect(header?.text?.text).toBe('A tweet worth a reply');
    expect(quoteOf(message)).toContain('The importer kept every issue');
    expect(details?.fields?.map((field) => field.text)).toEqual([
      '*Author*\nOliver Grant (@oss_ollie)',
      '*Category*\nPositive feedback',
      '*Why it is worth a reply*\n• Praise: “Huge thanks”\n• Milestone: “moved all 400 repos”',
      '*Note from the advocate*\nBig migration, worth a personal thank-you',
      '*Links*\n<https://x.com/oss_ollie/status/1858171460147937280|Open tweet> · <https://gitlab-sim.zendesk.com/agent/tickets/120|Zendesk #120>',
    ]);
    const contextText = context?.elements?.map((element) => element.text).join(' | ');
    expect(contextText).toContain('Shared by Alex Advocate');
    expect(contextText).toContain('How to reply: thank them first, make it personal, not marketing, emoji are fine');
    expect(contextText).toContain('React :eyes: when you take it, :white_check_mark: when you have replied.');
    expect(contextText).toContain('<https://handbook.gitlab.com/handbook/marketing/developer-relations/community-engagement/|Guidelines>');
  });

  it('says in the notification text whose tweet it is', () => {
    const message = buildShareMessage(praiseShare());
    expect(message.text).toMatch(/^A tweet worth a reply: @oss_ollie: @movingtogitlab we finally moved/);
    expect(message.text.length).toBeLessThanOrEqual(300);
  });

  it('records the ticket and tweet in metadata, and keeps X from unfurling', () => {
    const message = buildShareMessage(praiseShare());
    expect(message.metadata).toEqual({
      event_type: SHARE_EVENT_TYPE,
      event_payload: {
        ticket_id: 120,
        tweet_url: 'https://x.com/oss_ollie/status/1858171460147937280',
        post_url: 'https://x.com/oss_ollie/status/1858171460147937280',
        platform: 'x',
        status: 'open',
        category: 'positive_feedback',
        note: 'Big migration, worth a personal thank-you',
      },
    });
    expect(message.unfurl_links).toBe(false);
    expect(message.unfurl_media).toBe(false);
    expect(message).not.toHaveProperty('link_names');
  });

  it('leaves out the note when the advocate wrote none', () => {
    const message = buildShareMessage(praiseShare({ note: '   ' }));
    expect(blocksOf(message)[2]?.fields?.map((field) => field.text.split('\n')[0])).toEqual(['*Author*', '*Category*', '*Why it is worth a reply*', '*Links*']);
  });

  it('says the advocate picked it by hand when no signal fired', () => {
    const message = buildShareMessage(praiseShare({ reasons: [] }));
    expect(blocksOf(message)[2]?.fields?.[2]?.text).toBe('*Why it is worth a reply*\nThe advocate picked it by hand.');
  });

  it('keeps a hostile tweet, display name and note from pinging anyone or hiding a link', () => {
    const message = buildShareMessage(hostileShare());
    expectOnlyOurMarkup(message);
    for (const text of mrkdwnStrings(message)) {
      expect(text).not.toContain('<!channel>');
      expect(text).not.toContain('<@U0');
      expect(text).not.toContain('<https://evil');
    }
    expect(message.text).toContain('@\u2060here');
    expect(JSON.stringify(message)).not.toContain('javascript:');
  });

  it('shows the tweet text literally in the quote, where Slack parses nothing', () => {
    const message = buildShareMessage(praiseShare({ post: { ...praiseShare().post, text: 'Is <!here> a thing? 5 < 6 & 7 > 3' } }));
    expect(quoteOf(message)).toBe('Is <!here> a thing? 5 < 6 & 7 > 3');
  });

  it('stays within Block Kit limits whatever the input size', () => {
    const message = buildShareMessage(hostileShare());
    expectWithinBlockKitLimits(message);
    expect(quoteOf(message).length).toBeLessThanOrEqual(2900);
    expect(quoteOf(message).endsWith('…')).toBe(true);
    expect(message.text.length).toBeLessThanOrEqual(300);
  });

  it('keeps a display name on one line, so it cannot fake the Category field', () => {
    const message = buildShareMessage(hostileShare());
    expect(blocksOf(message)[2]?.fields?.[0]?.text.split('\n')).toHaveLength(2);
  });

  it('keeps RTL text and emoji whole', () => {
    const tweet = { ...praiseShare().post, text: 'شكرا @gitlab 🦊👩‍💻 على الترحيل', authorName: 'سارة 🌙' };
    const message = buildShareMessage(praiseShare({ post: tweet }));
    expect(quoteOf(message)).toBe('شكرا @gitlab 🦊👩‍💻 على الترحيل');
    expect(blocksOf(message)[2]?.fields?.[0]?.text).toBe('*Author*\nسارة 🌙 (@oss_ollie)');
  });

  it('shows a missing or unsafe tweet link as text, never as a link', () => {
    const message = buildShareMessage(praiseShare({ post: { ...praiseShare().post, url: 'javascript:alert(1)' } }));
    expect(blocksOf(message)[2]?.fields?.at(-1)?.text).toBe('*Links*\n_no valid link to the post_ · <https://gitlab-sim.zendesk.com/agent/tickets/120|Zendesk #120>');
    expect(message.metadata?.event_payload?.tweet_url).toBe('');
  });

  it('never sends an empty text object, even for an empty tweet and nameless author', () => {
    const message = buildShareMessage(
      praiseShare({ post: { platform: 'x', url: '', text: ' ', authorName: '', authorHandle: '' }, sharedBy: '', toneRules: [], guidelinesUrl: undefined }),
    );
    expectWithinBlockKitLimits(message);
    expect(quoteOf(message)).toBe('(The post has no text: open it on its platform.)');
    expect(blocksOf(message)[2]?.fields?.[0]?.text).toBe('*Author*\nUnknown author');
  });

  it('speaks the channel language through the copy it is given', () => {
    const german = slackCopyFrom({ sources: { slack: { header: { x: 'Ein Tweet, der eine Antwort verdient' } } }, slack: { category: { positive_feedback: 'Lob' } } });
    const message = buildShareMessage(praiseShare(), german);
    expect(blocksOf(message)[0]?.text?.text).toBe('Ein Tweet, der eine Antwort verdient');
    expect(blocksOf(message)[2]?.fields?.[1]?.text).toBe('*slack.share.category*\nLob');
  });

  it('names Hacker News, links the item, and asks for an answer from the volunteer’s own account with HN’s etiquette', () => {
    const post = { platform: 'hacker_news' as const, url: 'https://news.ycombinator.com/item?id=42101234', text: 'GitLab CI is the only thing in our stack nobody complains about.', authorName: 'kdevops', authorHandle: 'kdevops' };
    const message = buildShareMessage(praiseShare({ post }));
    const [header, , details, context] = blocksOf(message);
    expect(header?.text?.text).toBe('A Hacker News post worth a reply');
    expect(message.text).toMatch(/^A Hacker News post worth a reply: @kdevops: GitLab CI/);
    expect(details?.fields?.at(-1)?.text).toBe('*Links*\n<https://news.ycombinator.com/item?id=42101234|Open on Hacker News> · <https://gitlab-sim.zendesk.com/agent/tickets/120|Zendesk #120>');
    const contextText = context?.elements?.map((element) => element.text).join(' | ') ?? '';
    expect(contextText).toContain('*Answer on Hacker News from your own account*. On Hacker News: say that you work at the company, no marketing language, never ask for upvotes');
    expect(message.metadata.event_payload).toMatchObject({ post_url: 'https://news.ycombinator.com/item?id=42101234', platform: 'hacker_news', tweet_url: '' });
  });

  it('asks Reddit answers to follow the subreddit’s rules', () => {
    const post = { platform: 'reddit' as const, url: 'https://www.reddit.com/r/gitlab/comments/1h2k3lm/', text: 'Is GitLab still worth it?', authorName: 'ops_marta', authorHandle: 'ops_marta' };
    const message = buildShareMessage(praiseShare({ post }));
    const contextText = blocksOf(message)[3]?.elements?.map((element) => element.text).join(' | ') ?? '';
    expect(contextText).toContain("*Answer on Reddit from your own account*. On Reddit: follow the subreddit's rules, say that you work at the company");
    expect(blocksOf(message)[2]?.fields?.at(-1)?.text).toContain('|Open on Reddit>');
  });
});
