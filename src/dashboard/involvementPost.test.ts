import { describe, expect, test } from 'vitest';
import { firstWords, readPostFacts } from './involvementPost';
import { expertPost, sharePost, tsAgo } from './testing/programPayloads';

describe('reading our posts from channel history', () => {
  test('a share post gives its ticket, the first words of the tweet, the advocate, and who claimed and finished it', () => {
    const facts = readPostFacts('C0COMMUNITY', sharePost({ ticketId: 1001, ts: tsAgo(5), eyes: ['U0JANE', 'U0MIGUEL'], done: ['U0JANE'], sharedBy: 'Alex Advocate' }));
    expect(facts).toMatchObject({
      kind: 'share',
      ticketId: 1001,
      status: 'open',
      category: 'positive_feedback',
      sharedBy: 'Alex Advocate',
      claimedBy: ['U0JANE', 'U0MIGUEL'],
      answeredBy: ['U0JANE'],
      postUrl: 'https://x.com/oss_ollie/status/1858171460147937280',
    });
    expect(facts?.excerpt).toMatch(/^@movingtogitlab we finally moved all 400 repos/);
  });

  test('an advocate whose name Slack needs escaped reads back as typed', () => {
    expect(readPostFacts('C0COMMUNITY', sharePost({ ticketId: 1, ts: tsAgo(1), sharedBy: 'Ana <Dev> & Co' }))?.sharedBy).toBe('Ana <Dev> & Co');
  });

  test('a post whose context lines share one element still names its advocate', () => {
    const message = sharePost({ ticketId: 2, ts: tsAgo(1) });
    const blocks = message.blocks.map((block) => (block.type === 'context' ? { type: 'context', elements: [{ type: 'mrkdwn', text: 'Shared by Alex Advocate · Thank them first · <https://example.com|Guidelines>' }] } : block));
    expect(readPostFacts('C0COMMUNITY', { ...message, blocks })?.sharedBy).toBe('Alex Advocate');
  });

  test('an expert request gives its area', () => {
    expect(readPostFacts('C0EXPERTS', expertPost({ ticketId: 301, ts: tsAgo(2), area: 'runners' }))).toMatchObject({ kind: 'expert', ticketId: 301, area: 'runners', channel: 'C0EXPERTS' });
  });

  test('anything else in the channel is not ours', () => {
    expect(readPostFacts('C0COMMUNITY', { type: 'message', user: 'U0JANE', ts: tsAgo(1), text: 'lunch?' })).toBeNull();
    expect(readPostFacts('C0COMMUNITY', { type: 'message', ts: tsAgo(1), metadata: { event_type: 'community_involvement_share', event_payload: { ticket_id: 'x' } } })).toBeNull();
  });

  test('first words stop at a word boundary with an ellipsis', () => {
    expect(firstWords('one two   three four', 3)).toBe('one two three…');
    expect(firstWords('one two', 3)).toBe('one two');
  });

  test("leaves out the tweet's own link and t.co links, keeping the words and other links", () => {
    expect(firstWords('Is the runner down? https://twitter.com/dev_jo/status/1234567890')).toBe('Is the runner down?');
    expect(firstWords('See https://t.co/AbC123, and https://x.com/dev_jo/status/99/photo/1 docs.gitlab.com/runner', 5)).toBe('See and docs.gitlab.com/runner');
    expect(firstWords('https://t.co/AbC123 https://t.co/Zz9', 3)).toBe('');
  });
});
