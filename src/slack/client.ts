import type { SlackPort } from './port';
import { SlackError, toSlackError } from './errors';

/** One POST to the Web API, as the transport sends it. The token is the transport's business, never ours. */
export interface SlackHttpRequest {
  /** `https://slack.com/api/<method>`. */
  url: string;
  /** `application/json; charset=utf-8` or `application/x-www-form-urlencoded`. */
  contentType: string;
  /** The encoded arguments. */
  body: string;
}

/** What came back, whatever the status. */
export interface SlackHttpResponse {
  /** HTTP status. */
  status: number;
  /** The parsed JSON body (or its text). */
  body: unknown;
  /** Seconds from `Retry-After`, when the response carried one. */
  retryAfterSeconds?: number;
}

/** Sends one request; rejects only when there is no HTTP answer (objects with `code: 'network' | 'timeout'`). */
export type SlackHttpSend = (request: SlackHttpRequest) => Promise<SlackHttpResponse>;

/** Where the Web API lives. */
export const SLACK_API_BASE = 'https://slack.com/api/';

/**
 * Methods that accept a JSON body (docs.slack.dev: "Most write methods allow arguments with application/json").
 * Read methods such as conversations.info and chat.getPermalink only read form fields (research/slack.md §2).
 */
const JSON_METHODS = new Set(['chat.postMessage', 'chat.update', 'chat.delete', 'auth.test']);

/** Slack warns `missing_charset` without it on JSON, and `superfluous_charset` with it on forms. */
const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';
const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';

/**
 * The `SlackPort` over a bare HTTP transport (in the browser: the Zendesk proxy). It never retries: a 429 comes
 * back at once as `rate_limited` with its seconds, so the panel can show the wait instead of hanging.
 */
export function createSlackClient(send: SlackHttpSend, baseUrl: string = SLACK_API_BASE): SlackPort {
  const method =
    <Args, Result>(name: string) =>
    (args?: Args): Promise<Result> =>
      callSlack<Result>(send, baseUrl, name, (args ?? {}) as Record<string, unknown>);
  return {
    auth: { test: method('auth.test') },
    chat: {
      postMessage: method('chat.postMessage'),
      update: method('chat.update'),
      delete: method('chat.delete'),
      getPermalink: method('chat.getPermalink'),
    },
    conversations: {
      info: method('conversations.info'),
      history: method('conversations.history'),
      replies: method('conversations.replies'),
    },
    reactions: { get: method('reactions.get') },
    users: { info: method('users.info') },
  };
}

/** One Web API call: encode, send, and turn anything but `ok: true` into a `SlackError`. */
export async function callSlack<Result>(send: SlackHttpSend, baseUrl: string, method: string, args: Record<string, unknown>): Promise<Result> {
  const request = encodeRequest(baseUrl, method, args);
  let response: SlackHttpResponse;
  try {
    response = await send(request);
  } catch (error) {
    throw toSlackError(error, method);
  }
  return readResponse<Result>(method, response);
}

/** The request for `method`: JSON for the write methods, form fields (objects as JSON text) for the rest. */
export function encodeRequest(baseUrl: string, method: string, args: Record<string, unknown>): SlackHttpRequest {
  // A token argument would put a secret in the body; the transport's Authorization header is the only way in.
  const { token: _token, ...rest } = args;
  const url = `${baseUrl}${method}`;
  if (JSON_METHODS.has(method)) return { url, contentType: JSON_CONTENT_TYPE, body: JSON.stringify(rest) };
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(rest)) {
    if (value === undefined || value === null) continue;
    form.append(key, typeof value === 'object' ? JSON.stringify(value) : String(value));
  }
  return { url, contentType: FORM_CONTENT_TYPE, body: form.toString() };
}

function readResponse<Result>(method: string, response: SlackHttpResponse): Result {
  if (response.status === 429) {
    const retry = response.retryAfterSeconds;
    return fail(new SlackError('rate_limited', `${method}: rate limited`, { method, status: 429, ...(retry !== undefined ? { retryAfterSeconds: retry } : {}) }));
  }
  if (response.status < 200 || response.status > 299) {
    return fail(new SlackError('http', `${method}: HTTP ${response.status}`, { method, status: response.status }));
  }
  const body = parseBody(response.body);
  if (!body) return fail(new SlackError('http', `${method}: the answer was not JSON`, { method, status: response.status }));
  if (body.ok !== true) {
    const slackError = typeof body.error === 'string' ? body.error : 'unknown_error';
    const needed = typeof body.needed === 'string' ? body.needed : undefined;
    return fail(new SlackError('platform', `${method}: ${slackError}`, { method, slackError, ...(needed ? { needed } : {}) }));
  }
  return body as Result;
}

function parseBody(body: unknown): Record<string, unknown> | null {
  let value = body;
  if (typeof body === 'string') {
    try {
      value = JSON.parse(body);
    } catch {
      return null;
    }
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function fail(error: SlackError): never {
  throw error;
}
