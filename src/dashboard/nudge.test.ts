import { describe, expect, test } from 'vitest';
import { createFakeClock } from '../testing/fakeClock';
import { createNudger } from './nudge';
import { NOW, sharePost, tsAgo } from './testing/programPayloads';
import { programSlack } from './testing/programSlack';

const TS = tsAgo(30);
const request = { channel: 'C0COMMUNITY', ts: TS, ticketId: 1001, text: 'Still open: anyone?' };

describe('Nudge', () => {
  test('posts one thread reply even when clicked twice', async () => {
    const channel = programSlack('C0COMMUNITY', [sharePost({ ticketId: 1001, ts: TS })]);
    const nudge = createNudger(channel.slack, createFakeClock(NOW));
    const outcomes = await Promise.all([nudge(request), nudge(request)]);
    expect(outcomes).toEqual(['posted', 'posted']);
    expect(channel.threads[TS]).toHaveLength(1);
    expect(channel.threads[TS]?.[0]).toMatchObject({ text: 'Still open: anyone?', metadata: { event_type: 'community_involvement_nudge', event_payload: { ticket_id: 1001, day: '2026-11-24' } } });
  });

  test('after a reload the thread itself says it was nudged today; the next day it may be nudged again', async () => {
    const channel = programSlack('C0COMMUNITY', [sharePost({ ticketId: 1001, ts: TS })]);
    const clock = createFakeClock(NOW);
    expect(await createNudger(channel.slack, clock)(request)).toBe('posted');
    expect(await createNudger(channel.slack, clock)(request)).toBe('already_today');
    clock.advance(24 * 3_600_000);
    expect(await createNudger(channel.slack, clock)(request)).toBe('posted');
    expect(channel.threads[TS]).toHaveLength(2);
  });
});
