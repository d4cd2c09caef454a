import { describe, expect, test } from 'vitest';
import { buildExpertReask, buildExpertRequest, buildExpertRequestUpdate, EXPERT_REQUEST_EVENT_TYPE, type ExpertRequestInput } from './expertMessage';
import { expectWithinBlockKitLimits, mrkdwnStrings } from './testing/slackMessageChecks';

const ciQuestion: ExpertRequestInput = {
  channel: 'C0VERIFY01',
  post: {
    platform: 'x',
    url: 'https://x.com/devops_dana/status/1861000000000000301',
    text: '@gitlab how do I make a CI job only run when the merge request targets main? rules: keeps confusing me',
    authorName: 'Dana Whitfield',
    authorHandle: 'devops_dana',
  },
  ticket: { id: 301, url: 'https://gitlab-sim.zendesk.com/agent/tickets/301' },
  area: { id: 'verify', name: 'Verify' },
  asked: [{ expert: 'U0EXPERT1', at: 1795014000 }],
  askedBy: 'Alex Advocate',
  guidelinesUrl: 'https://handbook.gitlab.com/handbook/marketing/developer-relations/community-engagement/',
};

/** Markup a user could not have written: our links, dates and the mention of the expert we chose. */
function expectOnlyOurMarkup(message: object, mentions: string[]): void {
  for (const text of mrkdwnStrings(message)) {
    for (const [markup] of text.matchAll(/<[^>]*>/g)) {
      const ours = /^<(https?:\/\/[^\s|<>]+\|[^<>|]+|!date\^\d+\^[^|]+\|[^<>]+)>$/.test(markup) || mentions.includes(markup);
      expect(ours, markup).toBe(true);
    }
  }
}

describe('the handbook request to an expert', () => {
  test('mentions the expert, names the platform, asks for the personal account, quotes the post, links post, ticket and guidelines', () => {
    const message = buildExpertRequest(ciQuestion);
    const mrkdwn = mrkdwnStrings(message).join('\n');
    expect(mrkdwn).toContain('<@U0EXPERT1>, could you answer this X post?');
    expect(mrkdwn).toContain('Please answer using your personal account.');
    expect(mrkdwn).toContain('<https://x.com/devops_dana/status/1861000000000000301|Open tweet>');
    expect(mrkdwn).toContain('<https://gitlab-sim.zendesk.com/agent/tickets/301|Zendesk #301>');
    expect(mrkdwn).toContain('|Guidelines>');
    expect(JSON.stringify(message.blocks)).toContain('rules: keeps confusing me');
    expect(message.text).toContain('<@U0EXPERT1>');
    expect(message.metadata).toEqual({
      event_type: EXPERT_REQUEST_EVENT_TYPE,
      event_payload: {
        ticket_id: 301,
        post_url: ciQuestion.post.url,
        platform: 'x',
        area: 'verify',
        expert: 'U0EXPERT1',
        status: 'open',
        asked: [{ expert: 'U0EXPERT1', at: 1795014000 }],
      },
    });
    expectWithinBlockKitLimits(message);
    expectOnlyOurMarkup(message, ['<@U0EXPERT1>']);
  });

  test('nobody picked: the post asks the channel and mentions no one', () => {
    const message = buildExpertRequest({ ...ciQuestion, asked: [], post: { ...ciQuestion.post, platform: 'hacker_news' } });
    expect(mrkdwnStrings(message).join('\n')).toContain('Could someone here answer this Hacker News post?');
    expect(JSON.stringify(message)).not.toContain('<@');
    expect(message.metadata.event_payload.expert).toBe('');
  });

  test('a hostile post, author and advocate cannot ping, link or break the message', () => {
    const hostile: ExpertRequestInput = {
      ...ciQuestion,
      post: { ...ciQuestion.post, text: `<!channel> <@U0BOSS0001> *urgent* <https://evil.example|click> @here ${'x'.repeat(30_000)}`, authorName: '<!here> Mallory', authorHandle: '<@U0BOSS0001>' },
      askedBy: '<!everyone>',
      asked: [{ expert: '<!channel>', at: 1 }, { expert: 'U0EXPERT1', at: 2 }],
    };
    const message = buildExpertRequest(hostile);
    expectOnlyOurMarkup(message, ['<@U0EXPERT1>']);
    expectWithinBlockKitLimits(message);
    expect(JSON.stringify(message.blocks)).not.toMatch(/@here(?![\p{L}\p{N}_])/u);
    expect(message.metadata.event_payload.asked).toEqual([{ expert: 'U0EXPERT1', at: 2 }]);
  });
});

describe('updates and the thread re-ask', () => {
  const posted = { ...ciQuestion, ts: '1795014000.000100' };

  test('asking the next expert is a thread reply mentioning them, and the post lists both', () => {
    const reply = buildExpertReask(posted, 'U0EXPERT2');
    expect(reply).toMatchObject({ channel: 'C0VERIFY01', thread_ts: '1795014000.000100' });
    expect(reply.text).toContain('<@U0EXPERT2>, no answer yet');
    const update = buildExpertRequestUpdate({ ...posted, asked: [...posted.asked, { expert: 'U0EXPERT2', at: 1795100400 }] }, { status: 'open' });
    expect(mrkdwnStrings(update).join('\n')).toContain('Also asked: <@U0EXPERT2>');
    expect(update.metadata.event_payload.expert).toBe('U0EXPERT1');
    expect(update.metadata.event_payload.asked).toHaveLength(2);
  });

  test('responded keeps the quote and says who answered; withdrawn removes the quote', () => {
    const responded = buildExpertRequestUpdate(posted, { status: 'responded', handle: 'jane_gitlab', at: new Date('2026-11-25T10:00:00Z'), markedBy: 'Alex Advocate', replyUrl: 'https://x.com/jane_gitlab/status/1861000000000000999' });
    expect(responded.metadata.event_payload.status).toBe('responded');
    expect(responded.parse).toBe('none');
    expect(JSON.stringify(responded.blocks)).toContain('rules: keeps confusing me');
    expect(mrkdwnStrings(responded).join('\n')).toContain('*Answered by* @jane_gitlab');
    const withdrawn = buildExpertRequestUpdate(posted, { status: 'withdrawn', by: 'Alex Advocate', at: new Date('2026-11-25T10:00:00Z') });
    expect(withdrawn.metadata.event_payload.status).toBe('withdrawn');
    expect(JSON.stringify(withdrawn.blocks)).not.toContain('rules: keeps confusing me');
    expectOnlyOurMarkup(withdrawn, []);
  });
});
