import { SlackError } from '../slack/errors';
import { SEARCH_MAX_PAGES, searchPath } from '../zendesk/search';
import { readPostFacts, type PostFacts } from './involvementPost';
import type { ProgramSources } from './programSources';
import { threadKey, type ProgramFacts } from './shareRows';
import { msToTs } from './shareRow';
import { waitingOutRateLimits } from './slackRetry';
import { readThreadFacts } from './threadFacts';
import { KINDS, readTicketFacts, type TicketFacts } from './ticketFacts';

/** Every tag that marks a ticket the dashboard lists: one search each (Zendesk ANDs terms of one query). */
export const SEARCHED_TAGS: readonly string[] = KINDS.flatMap(([, kind]) => [kind.tags.done, kind.tags.withdrawn]);

/** Messages per `conversations.history` page: Slack's recommended maximum. */
export const HISTORY_PAGE = 200;
/** Threads read at once; Slack counts per minute, so more at once only meets the 429 sooner. */
export const THREAD_READS_AT_ONCE = 3;
/** A refresh searches tickets changed since the last read, minus this much (clocks and search indexing differ). */
const REFRESH_OVERLAP_MS = 10 * 60_000;

/** What was read last time for a range; a refresh reads only what changed since. */
export interface ProgramSnapshot extends ProgramFacts {
  /** Epoch ms of the last read that finished. */
  readAt: number;
}

/** Where a load stands, for the progress bar. */
export type LoadProgress =
  | { phase: 'tickets' | 'posts'; done: number }
  | { phase: 'threads'; done: number; total: number }
  | { phase: 'rate_limited'; seconds: number };

/** API calls a load made, by service. */
export interface LoadCalls {
  zendesk: number;
  slack: number;
}

export interface LoadRequest {
  /** Epoch ms the range starts. */
  fromMs: number;
  /** The community channel from settings; channels named in ticket tags are read too. */
  channels: string[];
  /** What the last load of this range read, or null. */
  previous: ProgramSnapshot | null;
}

export interface LoadResult {
  snapshot: ProgramSnapshot;
  calls: LoadCalls;
  /** Channels whose history could not be read, with Slack's reason. */
  unreadChannels: { channel: string; reason: string }[];
}

/**
 * Reads a range: tickets by tag (only those changed since the last read when there was one), the history of
 * every channel our posts live in (reactions carry no time, so posts are read again on each refresh), then the
 * threads whose newest reply changed. `onFacts` gets the facts as soon as posts are in, and again at the end.
 */
export async function loadProgram(
  sources: ProgramSources,
  request: LoadRequest,
  onProgress: (progress: LoadProgress) => void,
  onFacts: (facts: ProgramFacts) => void,
): Promise<LoadResult> {
  const calls: LoadCalls = { zendesk: 0, slack: 0 };
  const started = sources.clock.now();
  const since = request.previous ? Math.max(request.fromMs, request.previous.readAt - REFRESH_OVERLAP_MS) : request.fromMs;

  const changed = await readTickets(sources, since, calls, onProgress);
  const tickets = mergeTickets(request.previous?.tickets ?? [], changed);

  const channels = [...new Set([...request.channels, ...tickets.map((ticket) => ticket.channel)].filter(Boolean))];
  const unreadChannels: LoadResult['unreadChannels'] = [];
  const posts: PostFacts[] = [];
  await Promise.all(
    channels.map(async (channel) => {
      try {
        posts.push(...(await readHistory(sources, channel, request.fromMs, calls, onProgress)));
      } catch (error) {
        if (!(error instanceof SlackError)) throw error;
        unreadChannels.push({ channel, reason: error.slackError ?? error.code });
      }
    }),
  );
  const threads = { ...(request.previous?.threads ?? {}) };
  onFacts({ posts, tickets, threads });

  const stale = posts.filter((post) => post.replyCount > 0 && threads[threadKey(post.channel, post.ts)]?.latestReply !== post.latestReply);
  let done = 0;
  onProgress({ phase: 'threads', done, total: stale.length });
  const queue = [...stale];
  const worker = async () => {
    for (let post = queue.shift(); post; post = queue.shift()) {
      const current = post;
      const body = await slackRead(sources, calls, onProgress, () =>
        sources.slack.conversations.replies({ channel: current.channel, ts: current.ts, limit: 200, include_all_metadata: true }),
      ).catch((error: unknown) => {
        if (error instanceof SlackError && error.code === 'platform') return null;
        throw error;
      });
      if (body) threads[threadKey(current.channel, current.ts)] = readThreadFacts(body, current.poster);
      done += 1;
      onProgress({ phase: 'threads', done, total: stale.length });
    }
  };
  await Promise.all(Array.from({ length: THREAD_READS_AT_ONCE }, worker));
  const snapshot: ProgramSnapshot = { posts, tickets, threads, readAt: started };
  onFacts(snapshot);
  return { snapshot, calls, unreadChannels };
}

async function readTickets(sources: ProgramSources, since: number, calls: LoadCalls, onProgress: (progress: LoadProgress) => void): Promise<TicketFacts[]> {
  const updated = new Date(since).toISOString().replace(/\.\d{3}Z$/, 'Z');
  let done = 0;
  const pages = await Promise.all(
    SEARCHED_TAGS.map(async (tag) => {
      const found: TicketFacts[] = [];
      let path: string | null = searchPath(`type:ticket tags:${tag} updated>${updated}`);
      for (let page = 0; path !== null && page < SEARCH_MAX_PAGES; page += 1) {
        calls.zendesk += 1;
        const result = await sources.searchPage(path);
        found.push(...result.results.flatMap(readTicketFacts));
        done += result.results.length;
        onProgress({ phase: 'tickets', done });
        path = result.next;
      }
      return found;
    }),
  );
  return pages.flat();
}

/** Newer facts replace older ones of the same ticket and kind. */
function mergeTickets(previous: readonly TicketFacts[], changed: readonly TicketFacts[]): TicketFacts[] {
  const key = (facts: TicketFacts) => `${facts.kind}:${facts.ticketId}`;
  const merged = new Map(previous.map((facts) => [key(facts), facts]));
  for (const facts of changed) merged.set(key(facts), facts);
  return [...merged.values()];
}

async function readHistory(
  sources: ProgramSources,
  channel: string,
  fromMs: number,
  calls: LoadCalls,
  onProgress: (progress: LoadProgress) => void,
): Promise<PostFacts[]> {
  const posts: PostFacts[] = [];
  let cursor: string | undefined;
  do {
    const page = await slackRead(sources, calls, onProgress, () =>
      sources.slack.conversations.history({
        channel,
        oldest: msToTs(fromMs),
        limit: HISTORY_PAGE,
        include_all_metadata: true,
        ...(cursor ? { cursor } : {}),
      }),
    );
    for (const message of page.messages ?? []) {
      const facts = readPostFacts(channel, message);
      if (facts) posts.push(facts);
    }
    onProgress({ phase: 'posts', done: posts.length });
    cursor = page.has_more ? page.response_metadata?.next_cursor || undefined : undefined;
  } while (cursor);
  return posts;
}

function slackRead<T>(sources: ProgramSources, calls: LoadCalls, onProgress: (progress: LoadProgress) => void, call: () => Promise<T>): Promise<T> {
  return waitingOutRateLimits(
    sources.clock,
    () => {
      calls.slack += 1;
      return call();
    },
    (seconds) => onProgress({ phase: 'rate_limited', seconds }),
  );
}
