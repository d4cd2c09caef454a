import { describe, expect, test } from 'vitest';
import { asksIn, proposeExpert, type HistoryMessage } from './rotation';

const NOW = Date.parse('2026-11-24T15:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const EXPERTS = ['U0ALICE01', 'U0BOB0001', 'U0CAROL01'];

function request(ticketId: number, expert: string, daysAgo: number, extra: Partial<HistoryMessage> & { status?: string; asked?: unknown } = {}): HistoryMessage {
  const { status = 'open', asked, ...message } = extra;
  return {
    ts: `${Math.floor((NOW - daysAgo * DAY) / 1000)}.000100`,
    metadata: {
      event_type: 'community_involvement_expert_request',
      event_payload: { ticket_id: ticketId, post_url: 'https://x.com/a/status/1', platform: 'x', area: 'verify', expert, status, ...(asked !== undefined && { asked }) },
    },
    ...message,
  };
}

describe('who is proposed', () => {
  test('someone never asked comes first, in the routing order', () => {
    const asks = asksIn([request(301, 'U0ALICE01', 9, { status: 'responded' })]);
    const proposal = proposeExpert(EXPERTS, asks, NOW);
    expect(proposal.proposed).toBe('U0BOB0001');
    expect(proposal.standings).toEqual([
      { expert: 'U0ALICE01', lastAskedAt: NOW - 9 * DAY, open: 0 },
      { expert: 'U0BOB0001', lastAskedAt: null, open: 0 },
      { expert: 'U0CAROL01', lastAskedAt: null, open: 0 },
    ]);
  });

  test('the one asked least recently, skipping anyone with an unanswered request from the last days', () => {
    const asks = asksIn([
      request(301, 'U0ALICE01', 9, { status: 'responded' }),
      request(302, 'U0BOB0001', 2, { status: 'responded' }),
      request(303, 'U0CAROL01', 12),
      request(304, 'U0ALICE01', 1),
    ]);
    // Alice is newest but open; Carol's 12-day-old request no longer counts as open: she was asked longest ago.
    expect(proposeExpert(EXPERTS, asks, NOW).proposed).toBe('U0CAROL01');
    expect(proposeExpert(EXPERTS, asks, NOW).standings.map((standing) => standing.open)).toEqual([1, 0, 0]);
  });

  test('a reply in the thread or a ✅ from the expert answers the request, someone else’s does not', () => {
    const asks = asksIn([
      request(301, 'U0ALICE01', 3, { reply_users: ['U0ALICE01'] }),
      request(302, 'U0BOB0001', 3, { reactions: [{ name: 'white_check_mark::skin-tone-2', users: ['U0BOB0001'] }] }),
      request(303, 'U0CAROL01', 3, { reply_users: ['U0ALICE01'], reactions: [{ name: 'eyes', users: ['U0CAROL01'] }] }),
    ]);
    expect(asks.map((ask) => ask.answered)).toEqual([true, true, false]);
  });

  test('everyone busy: nobody is proposed, so the post asks the channel', () => {
    const asks = asksIn(EXPERTS.map((expert, index) => request(301 + index, expert, 1)));
    expect(proposeExpert(EXPERTS, asks, NOW).proposed).toBeNull();
  });

  test('experts asked later in a thread count from the time they were asked', () => {
    const asked = [
      { expert: 'U0ALICE01', at: Math.floor((NOW - 3 * DAY) / 1000) },
      { expert: 'U0BOB0001', at: Math.floor((NOW - 2 * DAY) / 1000) },
    ];
    const asks = asksIn([request(301, 'U0ALICE01', 3, { asked })]);
    expect(asks.map((ask) => [ask.expert, ask.at])).toEqual([
      ['U0ALICE01', NOW - 3 * DAY],
      ['U0BOB0001', NOW - 2 * DAY],
    ]);
    expect(proposeExpert(EXPERTS, asks, NOW).proposed).toBe('U0CAROL01');
  });

  test('a rotation over several tickets reaches every expert before anyone twice', () => {
    const history: HistoryMessage[] = [];
    const chosen: string[] = [];
    for (let ticket = 0; ticket < 6; ticket += 1) {
      const now = NOW + ticket * DAY;
      const proposed = proposeExpert(EXPERTS, asksIn(history), now).proposed ?? '';
      chosen.push(proposed);
      // Each expert answers the day they are asked.
      history.push({ ...request(301 + ticket, proposed, -ticket, { status: 'responded' }) });
    }
    expect(chosen).toEqual([...EXPERTS, ...EXPERTS]);
  });
});

describe('hostile history', () => {
  test('other apps’ metadata, a share post, forged ids and odd payloads are ignored', () => {
    const messages: HistoryMessage[] = [
      { ts: '1.0', metadata: { event_type: 'community_involvement_share', event_payload: { ticket_id: 301, expert: 'U0ALICE01' } } },
      { ts: '1.0', metadata: { event_type: 'task_created', event_payload: { ticket_id: 301 } } },
      request(302, '<@U0ALICE01>', 1),
      request(303, 'U0BOB0001', 1, { asked: [{ expert: 'U0CAROL01', at: 'yesterday' }, null, 'U0CAROL01'] }),
      { ts: '1.0', metadata: { event_type: 'community_involvement_expert_request', event_payload: 'not an object' } },
      {},
    ];
    expect(asksIn(messages).map((ask) => ask.expert)).toEqual(['U0BOB0001']);
  });
});
