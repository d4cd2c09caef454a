import type { SlackPort } from '../slack/port';
import { SlackError } from '../slack/errors';

interface StoredMessage {
  ts: string;
  /** The channel it was posted in (`C0COMMUNITY` when the call named none). */
  channel: string;
  text?: string;
  blocks?: unknown[];
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  thread_ts?: string;
  bot_id?: string;
  /** Reactions as `reactions.get` returns them. */
  reactions?: { name: string; users: string[]; count: number }[];
}

/** A channel other than the community one, as `conversations.info` describes it. */
interface KnownChannel {
  name: string;
  is_archived?: boolean;
  is_member?: boolean;
}

/** What the next call of a method does instead of answering normally. */
type Fault =
  | { kind: 'platform'; error: string; needed?: string }
  | { kind: 'rate_limited'; retryAfterSeconds: number }
  | { kind: 'network' }
  /** Carried out, then the answer is lost. */
  | { kind: 'drop' };

/**
 * Slack channels in memory (`C0COMMUNITY` unless a call names another) behaving like the Web API for the workflows: increasing `ts`,
 * metadata in history only with `include_all_metadata`, the parent first in replies, scopes, and faults that
 * fail the next call the way Slack and the network do.
 */
export function createFakeChannel(
  options: { scopes?: string[]; now?: () => number; channels?: Record<string, KnownChannel>; /** Slack users' full names by id (`users.info`). */ users?: Record<string, string> } = {},
) {
  const scopes = new Set(options.scopes ?? ['chat:write', 'channels:read', 'channels:history', 'reactions:read']);
  const messages: StoredMessage[] = [];
  const faults = new Map<string, Fault[]>();
  const calls: string[] = [];
  const now = options.now ?? Date.now;

  function enter(method: string, scope?: string): Fault | undefined {
    calls.push(method);
    const fault = faults.get(method)?.shift();
    if (fault && fault.kind !== 'drop') {
      if (fault.kind === 'platform') throw new SlackError('platform', fault.error, { method, slackError: fault.error, ...(fault.needed && { needed: fault.needed }) });
      if (fault.kind === 'rate_limited') throw new SlackError('rate_limited', 'ratelimited', { method, retryAfterSeconds: fault.retryAfterSeconds, status: 429 });
      throw new SlackError('network', 'fetch failed', { method });
    }
    if (scope && !scopes.has(scope)) throw new SlackError('platform', 'missing_scope', { method, slackError: 'missing_scope', needed: scope });
    return fault;
  }
  function answer<T>(method: string, fault: Fault | undefined, result: T): T {
    if (fault?.kind === 'drop') throw new SlackError('timeout', `${method} timed out`, { method });
    return result;
  }
  // Slack's ts is the post's time in seconds, with a sequence in the micro-seconds.
  const nextTs = () => `${Math.floor(now() / 1000)}.${String(100 + messages.length).padStart(6, '0')}`;

  const slack = {
    auth: { test: async () => answer('auth.test', enter('auth.test'), { ok: true, url: 'https://gitlab-sim.slack.com/' }) },
    chat: {
      postMessage: async (args: Record<string, unknown>) => {
        const fault = enter('chat.postMessage', 'chat:write');
        const ts = nextTs();
        messages.push({ ts, channel: String(args.channel ?? 'C0COMMUNITY'), text: String(args.text ?? ''), blocks: args.blocks as unknown[], metadata: args.metadata as StoredMessage['metadata'], thread_ts: args.thread_ts as string | undefined, bot_id: 'B0BOT' });
        return answer('chat.postMessage', fault, { ok: true, channel: String(args.channel ?? 'C0COMMUNITY'), ts });
      },
      update: async (args: Record<string, unknown>) => {
        const fault = enter('chat.update', 'chat:write');
        const message = messages.find((candidate) => candidate.ts === args.ts);
        if (!message) throw new SlackError('platform', 'message_not_found', { method: 'chat.update', slackError: 'message_not_found' });
        Object.assign(message, { text: args.text, blocks: args.blocks, metadata: args.metadata ?? message.metadata });
        return answer('chat.update', fault, { ok: true, ts: message.ts });
      },
      delete: async (args: Record<string, unknown>) => {
        const fault = enter('chat.delete', 'chat:write');
        messages.splice(messages.findIndex((candidate) => candidate.ts === args.ts), 1);
        return answer('chat.delete', fault, { ok: true });
      },
      getPermalink: async (args: Record<string, unknown>) =>
        answer('chat.getPermalink', enter('chat.getPermalink'), {
          ok: true,
          permalink: `https://gitlab-sim.slack.com/archives/C0COMMUNITY/p${String(args.message_ts).replace('.', '')}`,
        }),
    },
    conversations: {
      info: async (args: Record<string, unknown>) => {
        const fault = enter('conversations.info', 'channels:read');
        const id = String(args.channel);
        const known = options.channels ? options.channels[id] : { name: 'community-involvement' };
        if (!known) throw new SlackError('platform', 'channel_not_found', { method: 'conversations.info', slackError: 'channel_not_found' });
        return answer('conversations.info', fault, { ok: true, channel: { id, is_member: true, is_archived: false, ...known } });
      },
      history: async (args: Record<string, unknown>) => {
        const fault = enter('conversations.history', 'channels:history');
        const oldest = Number(args.oldest ?? 0);
        const found = messages
          .filter((message) => !message.thread_ts && message.channel === String(args.channel ?? 'C0COMMUNITY') && Number(message.ts) >= oldest)
          .map((message) => (args.include_all_metadata ? message : { ...message, metadata: undefined }))
          .reverse();
        return answer('conversations.history', fault, { ok: true, messages: found });
      },
      replies: async (args: Record<string, unknown>) => {
        const fault = enter('conversations.replies', 'channels:history');
        const parent = messages.find((message) => message.ts === args.ts);
        const thread = messages.filter((message) => message.thread_ts === args.ts);
        return answer('conversations.replies', fault, { ok: true, messages: parent ? [parent, ...thread] : [] });
      },
    },
    users: {
      info: async (args: Record<string, unknown>) => {
        const fault = enter('users.info', 'users:read');
        const name = options.users?.[String(args.user)];
        if (name === undefined) throw new SlackError('platform', 'user_not_found', { method: 'users.info', slackError: 'user_not_found' });
        return answer('users.info', fault, { ok: true, user: { id: String(args.user), real_name: name, profile: { real_name: name } } });
      },
    },
    reactions: {
      get: async (args: Record<string, unknown>) => {
        const fault = enter('reactions.get', 'reactions:read');
        const message = messages.find((candidate) => candidate.ts === args.timestamp);
        if (!message) throw new SlackError('platform', 'message_not_found', { method: 'reactions.get', slackError: 'message_not_found' });
        return answer('reactions.get', fault, { ok: true, type: 'message', message: { ...message, reactions: message.reactions ?? [] } });
      },
    },
  } as unknown as SlackPort;

  return {
    slack,
    messages,
    calls,
    /** Top-level posts (thread replies left out). */
    posts: () => messages.filter((message) => !message.thread_ts),
    failNext(method: string, fault: Fault, times = 1) {
      faults.set(method, [...(faults.get(method) ?? []), ...Array.from({ length: times }, () => fault)]);
    },
    /** A volunteer reacts to a message in Slack (👀 `eyes`, ✅ `white_check_mark`). */
    react(ts: string, name: string, user: string) {
      const message = messages.find((candidate) => candidate.ts === ts);
      if (!message) throw new Error(`No message ${ts} to react to`);
      const reactions = (message.reactions ??= []);
      const reaction = reactions.find((candidate) => candidate.name === name);
      if (reaction) reaction.users.push(user);
      else reactions.push({ name, users: [user], count: 0 });
      for (const each of reactions) each.count = each.users.length;
    },
    grant(scope: string) {
      scopes.add(scope);
    },
  };
}
