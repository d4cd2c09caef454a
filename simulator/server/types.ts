/** An HTTP answer an emulator produced, before it is sent on the wire or wrapped for the host page. */
export interface SimResponse {
  /** HTTP status; 0 means the request never got one (network failure). */
  status: number;
  /** JSON value or text. */
  body: unknown;
  /** Lower-case header names. */
  headers: Record<string, string>;
}

/** What happened to a call after faults were applied. */
export type CallOutcome =
  /** An answer (maybe a fault's) reaches the caller. */
  | { kind: 'answer'; response: SimResponse }
  /** No HTTP status: connection refused, DNS, CORS. */
  | { kind: 'network' }
  /** No answer ever reaches the caller (`drop`: carried out; `hang`: not). */
  | { kind: 'silent' };

/** A JSON response with Zendesk's and Slack's content type. */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): SimResponse {
  return { status, body, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } };
}

/** A plain-text response (proxy errors are text, not JSON). */
export function textResponse(status: number, body: string): SimResponse {
  return { status, body, headers: { 'content-type': 'text/plain; charset=utf-8' } };
}
