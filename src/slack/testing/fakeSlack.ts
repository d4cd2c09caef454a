import type { SlackPort } from '../port';
import { SlackError } from '../errors';
import { METHOD_SCOPES } from '../scopes';

/** A channel as the fake workspace knows it. */
export interface FakeChannel {
  id: string;
  name: string;
  archived?: boolean;
  private?: boolean;
  botIsMember?: boolean;
}

/** How the fake workspace is set up; defaults match a healthy install. */
export interface FakeSlackOptions {
  scopes?: string[];
  tokenError?: string;
  channels?: FakeChannel[];
  /** Methods that fail without a Slack answer. */
  unreachable?: Partial<Record<string, SlackError['code']>>;
}

const DEFAULT_CHANNELS: FakeChannel[] = [
  { id: 'C0COMMUNITY', name: 'community-involvement', botIsMember: true },
  { id: 'C0ARCHIVED', name: 'community-involvement-2019', archived: true, botIsMember: true },
  { id: 'C0NOBOT', name: 'community-advocacy', botIsMember: false },
  { id: 'G0PRIVATE', name: 'advocates-private', private: true, botIsMember: false },
];

/** An in-memory SlackPort that answers the way Slack does (token, then scope, then channel), recording calls. */
export function fakeSlack(options: FakeSlackOptions = {}) {
  const scopes = options.scopes ?? ['chat:write', 'channels:read', 'channels:history', 'reactions:read'];
  const channels = options.channels ?? DEFAULT_CHANNELS;
  const calls: { method: string; args: Record<string, unknown> }[] = [];
  const posted = new Map<string, string>();
  let clock = 1795200000;

  function guard(method: string, args: Record<string, unknown>): FakeChannel | undefined {
    calls.push({ method, args });
    const failure = options.unreachable?.[method];
    if (failure) throw new SlackError(failure, `${method}: ${failure}`, { method, ...(failure === 'rate_limited' ? { retryAfterSeconds: 12, status: 429 } : {}) });
    if (options.tokenError) throw platform(method, options.tokenError);
    const scope = METHOD_SCOPES[method];
    if (scope && !scopes.includes(scope)) throw platform(method, 'missing_scope', scope);
    if (args.channel === undefined) return undefined;
    const channel = channels.find((candidate) => candidate.id === args.channel);
    if (!channel) throw platform(method, 'channel_not_found');
    return channel;
  }

  function member(method: string, channel: FakeChannel | undefined): void {
    if (channel && !channel.botIsMember) throw platform(method, 'not_in_channel');
  }

  const slack = {
    auth: {
      test: async () => {
        guard('auth.test', {});
        return { ok: true, url: 'https://gitlab-sim.slack.com/', team: 'GitLab (simulated)', team_id: 'T0GITLABSIM', user_id: 'U0BOT', bot_id: 'B0BOT' };
      },
    },
    conversations: {
      info: async (args: { channel: string }) => {
        const channel = guard('conversations.info', args);
        return { ok: true, channel: { id: channel?.id, name: channel?.name, is_archived: Boolean(channel?.archived), is_private: Boolean(channel?.private), is_member: Boolean(channel?.botIsMember) } };
      },
      history: async (args: { channel: string }) => {
        member('conversations.history', guard('conversations.history', args));
        return { ok: true, messages: [{ type: 'message', ts: '1795190607.318400', text: 'A tweet worth a reply' }] };
      },
      replies: async (args: { channel: string }) => {
        member('conversations.replies', guard('conversations.replies', args));
        return { ok: true, messages: [] };
      },
    },
    reactions: {
      get: async (args: { channel: string; timestamp: string }) => {
        guard('reactions.get', args);
        if (args.timestamp !== '1795190607.318400' && !posted.has(args.timestamp)) throw platform('reactions.get', 'message_not_found');
        return { ok: true, type: 'message', message: { ts: args.timestamp, reactions: [] } };
      },
    },
    chat: {
      postMessage: async (args: { channel: string; text?: string }) => {
        const channel = guard('chat.postMessage', args);
        if (channel?.archived) throw platform('chat.postMessage', 'is_archived');
        if (!channel?.botIsMember && !scopes.includes('chat:write.public')) throw platform('chat.postMessage', 'not_in_channel');
        clock += 1;
        const ts = `${clock}.000100`;
        posted.set(ts, args.text ?? '');
        return { ok: true, channel: args.channel, ts };
      },
      update: async (args: { channel: string; ts: string }) => {
        guard('chat.update', args);
        if (!posted.has(args.ts)) throw platform('chat.update', 'message_not_found');
        return { ok: true, channel: args.channel, ts: args.ts };
      },
      delete: async (args: { channel: string; ts: string }) => {
        guard('chat.delete', args);
        if (!posted.delete(args.ts)) throw platform('chat.delete', 'message_not_found');
        return { ok: true, channel: args.channel, ts: args.ts };
      },
      getPermalink: async (args: { channel: string; message_ts: string }) => {
        guard('chat.getPermalink', args);
        return { ok: true, channel: args.channel, permalink: `https://gitlab-sim.slack.com/archives/${args.channel}/p${args.message_ts.replace('.', '')}` };
      },
    },
  };
  return { slack: slack as unknown as SlackPort, calls, posted };
}

function platform(method: string, slackError: string, needed?: string): SlackError {
  return new SlackError('platform', `${method}: ${slackError}`, { method, slackError, ...(needed ? { needed } : {}) });
}
