import { SlackError } from '../../slack/errors';
import type { SlackPort } from '../../slack/port';

type Message = Record<string, unknown> & { ts: string };

/**
 * A channel the way Slack pages it: `conversations.history` newest first in pages of `limit` with a cursor,
 * `conversations.replies` parent first, `chat.postMessage` into threads; `rateLimitOnce` answers the next call of
 * a method with a 429 and `Retry-After`. Records every call.
 */
export function programSlack(channel: string, posts: Message[], threads: Record<string, Message[]> = {}) {
  const calls: { method: string; args: Record<string, unknown> }[] = [];
  const limited = new Map<string, number>();
  let clock = 1795200000;
  const enter = (method: string, args: Record<string, unknown>) => {
    calls.push({ method, args });
    const seconds = limited.get(method);
    if (seconds !== undefined) {
      limited.delete(method);
      throw new SlackError('rate_limited', `${method}: rate limited`, { method, status: 429, retryAfterSeconds: seconds });
    }
    if (args.channel !== channel) throw new SlackError('platform', `${method}: channel_not_found`, { method, slackError: 'channel_not_found' });
  };
  const slack = {
    conversations: {
      history: async (args: { channel: string; oldest?: string; limit?: number; cursor?: string }) => {
        enter('conversations.history', args);
        const inRange = [...posts].filter((post) => args.oldest === undefined || Number(post.ts) > Number(args.oldest)).sort((a, b) => Number(b.ts) - Number(a.ts));
        const start = args.cursor ? Number(args.cursor) : 0;
        const limit = args.limit ?? 100;
        const page = inRange.slice(start, start + limit);
        const more = start + limit < inRange.length;
        return { ok: true, messages: page, has_more: more, response_metadata: { next_cursor: more ? String(start + limit) : '' } };
      },
      replies: async (args: { channel: string; ts: string }) => {
        enter('conversations.replies', args);
        const parent = posts.find((post) => post.ts === args.ts);
        if (!parent) throw new SlackError('platform', 'conversations.replies: thread_not_found', { method: 'conversations.replies', slackError: 'thread_not_found' });
        return { ok: true, messages: [parent, ...(threads[args.ts] ?? [])] };
      },
    },
    chat: {
      postMessage: async (args: { channel: string; thread_ts: string; text: string; metadata?: unknown }) => {
        enter('chat.postMessage', args);
        clock += 1;
        const reply = { type: 'message', user: 'U0BOT', bot_id: 'B0BOT', ts: `${clock}.000100`, text: args.text, thread_ts: args.thread_ts, metadata: args.metadata };
        (threads[args.thread_ts] ??= []).push(reply);
        return { ok: true, channel: args.channel, ts: reply.ts };
      },
    },
  };
  return {
    slack: slack as unknown as SlackPort,
    calls,
    threads,
    rateLimitOnce: (method: string, seconds: number) => void limited.set(method, seconds),
  };
}
