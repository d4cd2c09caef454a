import { describe, expect, test } from 'vitest';
import { readPostFacts, type PostFacts } from './involvementPost';
import { buildShareRows } from './shareRows';
import { readThreadFacts } from './threadFacts';
import { readTicketFacts } from './ticketFacts';
import { HOUR, NOW, personReply, sharePost, searchTicket, tsAgo } from './testing/programPayloads';

const post = (message: unknown): PostFacts => {
  const facts = readPostFacts('C0COMMUNITY', message);
  if (!facts) throw new Error('not a post of ours');
  return facts;
};
const FROM = NOW - 14 * 24 * HOUR;

describe('one row per share', () => {
  test('each state comes from what volunteers and the advocate did', () => {
    const rows = buildShareRows(
      {
        posts: [
          post(sharePost({ ticketId: 1001, ts: tsAgo(1) })),
          post(sharePost({ ticketId: 1002, ts: tsAgo(2), eyes: ['U0JANE'] })),
          post(sharePost({ ticketId: 1003, ts: tsAgo(3), eyes: ['U0JANE'], done: ['U0JANE'] })),
          post(sharePost({ ticketId: 1004, ts: tsAgo(4), status: 'responded', editedTs: tsAgo(1) })),
          post(sharePost({ ticketId: 1005, ts: tsAgo(5), status: 'withdrawn' })),
        ],
        tickets: [],
        threads: {},
      },
      FROM,
    );
    expect(rows.map((row) => [row.ticketId, row.state])).toEqual([
      [1001, 'waiting'],
      [1002, 'claimed'],
      [1003, 'answered'],
      [1004, 'responded'],
      [1005, 'withdrawn'],
    ]);
    expect(rows[3]?.respondedAt).toBe(NOW - HOUR);
  });

  test('the ticket tells responded and withdrawn even when the post was not updated, and gives the author', () => {
    const rows = buildShareRows(
      {
        posts: [post(sharePost({ ticketId: 1010, ts: tsAgo(30) })), post(sharePost({ ticketId: 1011, ts: tsAgo(31) }))],
        tickets: [
          ...readTicketFacts(searchTicket(1010, ['ci_shared', 'ci_slack_c0community', `ci_ts_${tsAgo(30).replace('.', '_')}`, 'ci_responded'])),
          ...readTicketFacts(searchTicket(1011, ['ci_withdrawn'])),
        ],
        threads: {},
      },
      FROM,
    );
    expect(rows.map((row) => [row.ticketId, row.state, row.author])).toEqual([
      [1010, 'responded', '@oss_ollie'],
      [1011, 'withdrawn', '@oss_ollie'],
    ]);
  });

  test('a person replying in the thread has claimed it; names come from the thread', () => {
    const ts = tsAgo(10);
    const message = sharePost({ ticketId: 1020, ts, done: ['U0AISHA'], replies: { users: ['U0AISHA'], latest: tsAgo(8) } });
    const thread = readThreadFacts({ messages: [message, personReply('U0AISHA', 'Aisha Kamara', tsAgo(8))] }, 'U0BOT');
    const [row] = buildShareRows({ posts: [post(message)], tickets: [], threads: { [`C0COMMUNITY:${ts}`]: thread } }, FROM);
    expect(row).toMatchObject({ state: 'answered', firstReplyAt: NOW - 8 * HOUR, answeredBy: [{ id: 'U0AISHA', name: 'Aisha Kamara' }] });
  });

  test('one reply by a person is its first reply even before the thread is read', () => {
    const [row] = buildShareRows({ posts: [post(sharePost({ ticketId: 1021, ts: tsAgo(10), replies: { users: ['U0JANE'], latest: tsAgo(9) } }))], tickets: [], threads: {} }, FROM);
    expect(row).toMatchObject({ state: 'claimed', firstReplyAt: NOW - 9 * HOUR });
  });

  test('a ticket whose post no channel returned is still listed from its tags; older posts are left out', () => {
    const rows = buildShareRows(
      {
        posts: [post(sharePost({ ticketId: 1030, ts: tsAgo(15 * 24) }))],
        tickets: readTicketFacts(searchTicket(1031, ['ci_shared', 'ci_slack_c0other', `ci_ts_${tsAgo(6).replace('.', '_')}`])),
        threads: {},
      },
      FROM,
    );
    expect(rows.map((row) => [row.ticketId, row.channel, row.state])).toEqual([[1031, 'C0OTHER', 'waiting']]);
  });
});
