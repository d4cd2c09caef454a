import type { SlackHttpSend } from '../slack/client';
import type { SlackPort } from '../slack/port';

type Namespace = keyof SlackPort;

/**
 * The Slack client, loaded on its first call (the setup check, a share): its encoder and error tables stay out
 * of the bytes the panel needs for its first paint.
 */
export function lazySlackPort(send: SlackHttpSend): SlackPort {
  let client: Promise<SlackPort> | null = null;
  const load = () => (client ??= import('../slack/client').then(({ createSlackClient }) => createSlackClient(send)));
  const method =
    <N extends Namespace, M extends keyof SlackPort[N]>(namespace: N, name: M) =>
    async (args: unknown) => {
      const slack = await load();
      const call = slack[namespace][name] as unknown as (args: unknown) => Promise<unknown>;
      return call(args);
    };
  return {
    auth: { test: method('auth', 'test') },
    chat: {
      postMessage: method('chat', 'postMessage'),
      update: method('chat', 'update'),
      delete: method('chat', 'delete'),
      getPermalink: method('chat', 'getPermalink'),
    },
    conversations: {
      info: method('conversations', 'info'),
      history: method('conversations', 'history'),
      replies: method('conversations', 'replies'),
    },
    reactions: { get: method('reactions', 'get') },
    users: { info: method('users', 'info') },
  } as SlackPort;
}
