export { adviceFor, type SlackAdvice } from './errorAdvice';

/** How a Slack call failed; callers switch on `code`, never on message text. */
export type SlackErrorCode =
  /** Slack answered `ok: false`; `slackError` holds its `error` string (e.g. `not_in_channel`). */
  | 'platform'
  /** HTTP 429; `retryAfterSeconds` says when to try again, when Slack (and the proxy) passed it on. */
  | 'rate_limited'
  /** Any other non-200 status (the Web API answers only 200 or 429, so this is a proxy or outage). */
  | 'http'
  /** No HTTP status at all (offline, DNS, proxy down). */
  | 'network'
  /** No answer in time. */
  | 'timeout';

/** Details a `SlackError` may carry. */
export interface SlackErrorDetails {
  /** The Web API method, e.g. `chat.postMessage`. */
  method: string;
  /** Slack's `error` string for `platform` errors. */
  slackError?: string;
  /** The scope a `missing_scope` answer names. */
  needed?: string;
  /** Seconds from `Retry-After`. */
  retryAfterSeconds?: number;
  /** HTTP status for `http` and `rate_limited`. */
  status?: number;
}

export class SlackError extends Error {
  override readonly name = 'SlackError';
  /** The Web API method that failed. */
  readonly method: string;
  /** Slack's `error` string (`platform` only). */
  readonly slackError?: string;
  /** The missing scope, for `missing_scope`. */
  readonly needed?: string;
  /** Seconds to wait, for `rate_limited`. */
  readonly retryAfterSeconds?: number;
  /** HTTP status, when there was one. */
  readonly status?: number;

  constructor(
    readonly code: SlackErrorCode,
    message: string,
    details: SlackErrorDetails,
  ) {
    super(message);
    this.method = details.method;
    if (details.slackError !== undefined) this.slackError = details.slackError;
    if (details.needed !== undefined) this.needed = details.needed;
    if (details.retryAfterSeconds !== undefined) this.retryAfterSeconds = details.retryAfterSeconds;
    if (details.status !== undefined) this.status = details.status;
  }
}

export function isSlackError(error: unknown): error is SlackError {
  return error instanceof SlackError;
}

/** The `code`s `@slack/web-api`'s WebClient puts on its errors (its `ErrorCode` enum). */
const WEB_API_CODES = {
  platform: 'slack_webapi_platform_error',
  rateLimited: 'slack_webapi_rate_limited_error',
  request: 'slack_webapi_request_error',
  http: 'slack_webapi_http_error',
} as const;

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  data?: { error?: unknown; needed?: unknown };
  retryAfter?: unknown;
  statusCode?: unknown;
  original?: { name?: unknown; code?: unknown };
}

/**
 * Any failure of a Slack call as a `SlackError`: ours pass through; a real `WebClient`'s errors (Node scripts)
 * and the transport's `{code: 'network' | 'timeout'}` rejections are translated.
 */
export function toSlackError(error: unknown, method: string): SlackError {
  if (error instanceof SlackError) return error;
  const e: ErrorLike = typeof error === 'object' && error !== null ? (error as ErrorLike) : {};
  const message = typeof e.message === 'string' && e.message ? e.message : String(error);
  switch (e.code) {
    case WEB_API_CODES.platform: {
      const slackError = typeof e.data?.error === 'string' ? e.data.error : 'unknown_error';
      const needed = typeof e.data?.needed === 'string' ? e.data.needed : undefined;
      return new SlackError('platform', `${method}: ${slackError}`, { method, slackError, ...(needed ? { needed } : {}) });
    }
    case WEB_API_CODES.rateLimited:
      return new SlackError('rate_limited', `${method}: rate limited`, { method, status: 429, ...seconds(e.retryAfter) });
    case WEB_API_CODES.http: {
      const status = typeof e.statusCode === 'number' ? e.statusCode : 0;
      if (status === 429) return new SlackError('rate_limited', `${method}: HTTP 429`, { method, status });
      return new SlackError('http', `${method}: HTTP ${status}`, { method, status });
    }
    case WEB_API_CODES.request:
      return new SlackError(isTimeout(e.original) ? 'timeout' : 'network', `${method}: ${message}`, { method });
    case 'timeout':
      return new SlackError('timeout', `${method}: ${message}`, { method });
    default:
      return new SlackError('network', `${method}: ${message}`, { method });
  }
}

function isTimeout(original: ErrorLike['original']): boolean {
  return original?.name === 'TimeoutError' || original?.name === 'AbortError' || original?.code === 'ETIMEDOUT';
}

function seconds(value: unknown): { retryAfterSeconds?: number } {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? { retryAfterSeconds: value } : {};
}
