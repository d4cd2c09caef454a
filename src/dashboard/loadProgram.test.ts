import { describe, expect, test } from 'vitest';
import { createFakeClock } from '../testing/fakeClock';
import type { SearchPage } from '../zendesk/search';
import { loadProgram, SEARCHED_TAGS, type LoadProgress } from './loadProgram';
import { buildShareRows } from './shareRows';
import { HOUR, NOW, personReply, sharePost, searchTicket, tsAgo } from './testing/programPayloads';
import { programSlack } from './testing/programSlack';

const FROM = NOW - 14 * 24 * HOUR;

function zendeskSearch(tickets: unknown[]) {
  const paths: string[] = [];
  return {
    paths,
    searchPage: async (path: string): Promise<SearchPage> => {
      paths.push(path);
      const query = new URLSearchParams(path.split('?')[1]).get('query') ?? '';
      const tag = /tags:(\S+)/.exec(query)?.[1] ?? '';
      const results = tickets.filter((ticket) => (ticket as { tags: string[] }).tags.includes(tag));
      return { results, next: null, count: results.length };
    },
  };
}

/** 450 shares, one every half hour, every third one with a volunteer's reply in its thread. */
function busyChannel() {
  const posts = Array.from({ length: 450 }, (_, index) =>
    sharePost({ ticketId: 1001 + index, ts: tsAgo(index / 2 + 0.1), ...(index % 3 === 0 ? { replies: { users: ['U0JANE', 'U0MIGUEL'], latest: tsAgo(index / 2) } } : {}) }),
  );
  const threads = Object.fromEntries(posts.filter((post) => post.reply_count).map((post) => [post.ts, [personReply('U0JANE', 'Jane Park', post.latest_reply ?? post.ts), personReply('U0MIGUEL', 'Miguel', post.latest_reply ?? post.ts)]]));
  return programSlack('C0COMMUNITY', posts, threads);
}

describe('loading a range', () => {
  test('reads tickets per tag, every page of history, and each thread once; the first facts arrive before the threads', async () => {
    const channel = busyChannel();
    const zendesk = zendeskSearch([searchTicket(1001, ['ci_shared', 'ci_slack_c0community', `ci_ts_${tsAgo(0.1).replace('.', '_')}`])]);
    const seen: number[] = [];
    const result = await loadProgram(
      { searchPage: zendesk.searchPage, slack: channel.slack, clock: createFakeClock(NOW) },
      { fromMs: FROM, channels: ['C0COMMUNITY'], previous: null },
      () => undefined,
      (facts) => seen.push(Object.keys(facts.threads).length),
    );
    expect(zendesk.paths).toHaveLength(SEARCHED_TAGS.length);
    expect(decodeURIComponent(zendesk.paths[0] ?? '')).toContain('type:ticket tags:ci_shared updated>2026-11-10T15:00:00Z');
    // 450 posts in pages of 200 → 3 history calls; 150 threads with replies → 150 replies calls.
    expect(result.calls).toEqual({ zendesk: 4, slack: 3 + 150 });
    expect(seen).toEqual([0, 150]);
    expect(buildShareRows(result.snapshot, FROM)).toHaveLength(450);
  });

  test('a refresh searches only tickets changed since and reads only threads with new replies', async () => {
    const channel = busyChannel();
    const clock = createFakeClock(NOW);
    const zendesk = zendeskSearch([]);
    const first = await loadProgram({ searchPage: zendesk.searchPage, slack: channel.slack, clock }, { fromMs: FROM, channels: ['C0COMMUNITY'], previous: null }, () => undefined, () => undefined);
    clock.advance(HOUR);
    channel.calls.length = 0;
    zendesk.paths.length = 0;
    const again = await loadProgram(
      { searchPage: zendesk.searchPage, slack: channel.slack, clock },
      { fromMs: FROM + HOUR, channels: ['C0COMMUNITY'], previous: first.snapshot },
      () => undefined,
      () => undefined,
    );
    expect(decodeURIComponent(zendesk.paths[0] ?? '')).toContain('updated>2026-11-24T14:50:00Z');
    expect(again.calls.slack).toBe(3);
    expect(channel.calls.filter((call) => call.method === 'conversations.replies')).toHaveLength(0);
  });

  test('a 429 from Slack waits Retry-After, says so, and then reads on', async () => {
    const channel = busyChannel();
    const clock = createFakeClock(NOW);
    channel.rateLimitOnce('conversations.history', 7);
    const progress: LoadProgress[] = [];
    const result = await loadProgram(
      { searchPage: zendeskSearch([]).searchPage, slack: channel.slack, clock },
      { fromMs: FROM, channels: ['C0COMMUNITY'], previous: null },
      (step) => progress.push(step),
      () => undefined,
    );
    expect(clock.sleeps).toEqual([7000]);
    expect(progress).toContainEqual({ phase: 'rate_limited', seconds: 7 });
    expect(result.snapshot.posts).toHaveLength(450);
  });

  test('a channel the bot cannot read is named, and the rest still loads', async () => {
    const channel = busyChannel();
    const result = await loadProgram(
      { searchPage: zendeskSearch([]).searchPage, slack: channel.slack, clock: createFakeClock(NOW) },
      { fromMs: FROM, channels: ['C0COMMUNITY', 'C0GONE'], previous: null },
      () => undefined,
      () => undefined,
    );
    expect(result.unreadChannels).toEqual([{ channel: 'C0GONE', reason: 'channel_not_found' }]);
    expect(result.snapshot.posts).toHaveLength(450);
  });
});
