/** Every failure the Zendesk side can produce; callers switch on `code`, never on message text. */
export type ZendeskErrorCode =
  /** The host never answered a get/set/invoke, or a request outlived the adapter's timeout. */
  | 'timeout'
  /** The host answered a get/set/invoke with an error. */
  | 'host_error'
  /** The request never got an HTTP status (offline, DNS, proxy down). */
  | 'network'
  /** 409: the ticket changed since it was read (`safe_update`). */
  | 'conflict'
  /** 429: Zendesk rate limit; `retryAfterSeconds` says when to try again. */
  | 'rate_limited'
  /** 401/403: the agent may not do this. */
  | 'forbidden'
  | 'not_found'
  /** 422: Zendesk refused the change (for example a closed ticket). */
  | 'invalid'
  /** 5xx */
  | 'server'
  /** Any other non-2xx status. */
  | 'http';

export class ZendeskError extends Error {
  override readonly name = 'ZendeskError';

  constructor(
    readonly code: ZendeskErrorCode,
    message: string,
    readonly details: { status?: number; retryAfterSeconds?: number; body?: unknown; macroTitle?: string } = {},
  ) {
    super(message);
  }

  /** Whether trying the same call again can succeed without anyone changing anything. */
  get retryable(): boolean {
    return ['timeout', 'network', 'conflict', 'rate_limited', 'server'].includes(this.code);
  }
}

export function isZendeskError(error: unknown): error is ZendeskError {
  return error instanceof ZendeskError;
}

/** Maps an HTTP status that is not 2xx to its error code. */
export function codeForStatus(status: number): ZendeskErrorCode {
  if (status === 0) return 'network';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate_limited';
  if (status === 401 || status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 422) return 'invalid';
  if (status >= 500) return 'server';
  return 'http';
}
