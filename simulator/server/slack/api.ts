import { jsonResponse, type SimResponse } from '../types';
import { deleteMessage, getPermalink, postMessage, updateMessage } from './chatMethods';
import { authTest, conversationHistory, conversationInfo, conversationReplies, reactionsGet, usersInfo } from './readMethods';
import { fail, type SlackArgs, type SlackResult } from './slackResult';
import type { SlackWorkspace } from './workspace';

/** One Web API method: the scope it needs, whether Slack reads JSON bodies for it, what it does. */
interface MethodSpec {
  scope?: string;
  acceptsJson: boolean;
  changesChannel: boolean;
  run(workspace: SlackWorkspace, args: SlackArgs): SlackResult;
}

const METHODS: Record<string, MethodSpec> = {
  'auth.test': { acceptsJson: true, changesChannel: false, run: (workspace) => authTest(workspace) },
  'conversations.info': { scope: 'channels:read', acceptsJson: false, changesChannel: false, run: conversationInfo },
  'conversations.history': { scope: 'channels:history', acceptsJson: false, changesChannel: false, run: conversationHistory },
  'conversations.replies': { scope: 'channels:history', acceptsJson: false, changesChannel: false, run: conversationReplies },
  'chat.postMessage': { scope: 'chat:write', acceptsJson: true, changesChannel: true, run: postMessage },
  'chat.update': { scope: 'chat:write', acceptsJson: true, changesChannel: true, run: updateMessage },
  'chat.delete': { scope: 'chat:write', acceptsJson: true, changesChannel: true, run: deleteMessage },
  'chat.getPermalink': { acceptsJson: false, changesChannel: false, run: getPermalink },
  'reactions.get': { scope: 'reactions:read', acceptsJson: false, changesChannel: false, run: reactionsGet },
  'users.info': { scope: 'users:read', acceptsJson: false, changesChannel: false, run: usersInfo },
};

/** A Web API request as it arrives at `https://slack.com/api/<method>`. */
export interface SlackCall {
  /** `chat.postMessage`, … */
  method: string;
  /** Lower-case header names. */
  headers: Record<string, string | undefined>;
  /** Raw body text. */
  body: string;
  /** Query string without `?`. */
  query: string;
}

/** Answers one Web API call; `onChannelChanged` runs after a message was posted, edited or deleted. */
export function handleSlackCall(workspace: SlackWorkspace, call: SlackCall, onChannelChanged: () => void): SimResponse {
  const spec = METHODS[call.method];
  const scopeHeaders = {
    'x-oauth-scopes': workspace.config.scopes.join(','),
    'x-accepted-oauth-scopes': spec?.scope ?? '',
  };
  if (!spec) return jsonResponse(404, fail('unknown_method'), scopeHeaders);
  const { args, token, warnings } = readArgs(call, spec.acceptsJson);
  const result = authorise(workspace, token, spec) ?? spec.run(workspace, args);
  if (result.ok && spec.changesChannel) onChannelChanged();
  if (warnings.length > 0) Object.assign(result, { warning: warnings.join(','), response_metadata: { ...(result.response_metadata as object), warnings } });
  return jsonResponse(200, result, scopeHeaders);
}

/** Token checks first, then scopes, as Slack does. */
function authorise(workspace: SlackWorkspace, token: string | undefined, spec: MethodSpec): SlackResult | undefined {
  if (!token) return fail('not_authed');
  if (token !== workspace.token) return fail('invalid_auth');
  if (workspace.config.tokenState !== 'ok') return fail(workspace.config.tokenState);
  if (spec.scope && !workspace.config.scopes.includes(spec.scope)) {
    return fail('missing_scope', { needed: spec.scope, provided: workspace.config.scopes.join(',') });
  }
  return undefined;
}

/**
 * Slack reads JSON bodies only for methods that accept them, and then only with the token in the Authorization
 * header; for other methods a JSON body is simply not read, so its arguments are missing.
 */
function readArgs(call: SlackCall, acceptsJson: boolean): { args: SlackArgs; token: string | undefined; warnings: string[] } {
  const args: SlackArgs = Object.fromEntries(new URLSearchParams(call.query));
  const contentType = (call.headers['content-type'] ?? '').toLowerCase();
  const warnings: string[] = [];
  if (contentType.startsWith('application/json')) {
    if (!contentType.includes('charset')) warnings.push('missing_charset');
    if (acceptsJson) {
      try {
        const parsed: unknown = JSON.parse(call.body || '{}');
        if (typeof parsed === 'object' && parsed !== null) Object.assign(args, parsed);
      } catch {
        return { args: {}, token: bearer(call), warnings };
      }
    }
    delete args.token;
  } else if (call.body) {
    if (contentType.includes('charset')) warnings.push('superfluous_charset');
    Object.assign(args, Object.fromEntries(new URLSearchParams(call.body)));
  }
  const token = bearer(call) ?? (typeof args.token === 'string' ? args.token : undefined);
  delete args.token;
  return { args, token, warnings };
}

function bearer(call: SlackCall): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(call.headers.authorization ?? '');
  return match?.[1];
}
