import type { WebClient } from '@slack/web-api';

/**
 * The Slack Web API methods the app uses, typed by `@slack/web-api` itself. A real `WebClient` satisfies this
 * interface in Node scripts; in the browser `createSlackClient` sends the same calls through the Zendesk proxy.
 */
export interface SlackPort {
  auth: Pick<WebClient['auth'], 'test'>;
  chat: Pick<WebClient['chat'], 'postMessage' | 'update' | 'delete' | 'getPermalink'>;
  conversations: Pick<WebClient['conversations'], 'info' | 'history' | 'replies'>;
  reactions: Pick<WebClient['reactions'], 'get'>;
  users: Pick<WebClient['users'], 'info'>;
}
