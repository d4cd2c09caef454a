import { codeForStatus, ZendeskError } from './errors';
import { asNumber, asRecord, isRecord } from './fields';
import type { HttpResult } from './types';

/**
 * What ZAF hands back for a request: with `httpCompleteResponse` (and on `.fail`) a jqXHR-like object
 * `{ status, statusText, responseText, responseJSON, headers }`. `headers` arrives as an object of names (the
 * simulator lower-cases them) or, from some hosts, as the raw `getAllResponseHeaders()` string.
 */
const RAW_RETRY_AFTER = /^retry-after:[ \t]*(.+?)[ \t]*$/im;

/** The `Retry-After` header in seconds (delta-seconds or an HTTP date), when the response carried one. */
export function readRetryAfterSeconds(headers: unknown, now: number = Date.now()): number | undefined {
  const value = headerValue(headers);
  if (value === undefined) return undefined;
  const seconds = asNumber(value);
  if (seconds !== null) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

function headerValue(headers: unknown): string | undefined {
  if (typeof headers === 'string') return RAW_RETRY_AFTER.exec(headers)?.[1];
  if (!isRecord(headers)) return undefined;
  const name = Object.keys(headers).find((key) => key.toLowerCase() === 'retry-after');
  const value = name === undefined ? undefined : headers[name];
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' || typeof first === 'number' ? String(first) : undefined;
}

/** The body: `responseJSON` when the host parsed it, else the text parsed as JSON, else the text itself. */
export function readBody(response: Record<string, unknown>): unknown {
  if (response.responseJSON !== undefined) return response.responseJSON;
  const text = response.responseText;
  if (typeof text !== 'string' || text === '') return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** The HTTP status of a jqXHR-like object; 0 (jQuery's "no response") when there is none. */
export function readStatus(response: unknown): number {
  return asNumber(asRecord(response).status) ?? 0;
}

/** A complete response (`.done` with `httpCompleteResponse`, or a `.fail` that got a status) as an `HttpResult`. */
export function toHttpResult(response: unknown, fallbackStatus: number): HttpResult {
  const fields = asRecord(response);
  const retryAfterSeconds = readRetryAfterSeconds(fields.headers);
  return {
    status: asNumber(fields.status) ?? fallbackStatus,
    body: readBody(fields),
    ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
  };
}

/** The typed error for a failed request; the message names the method and path, never headers or the body sent. */
export function errorForFailure(failure: unknown, what: string): ZendeskError {
  const status = readStatus(failure);
  if (status === 0) return new ZendeskError('network', `${what} never reached Zendesk`);
  const result = toHttpResult(failure, status);
  return new ZendeskError(codeForStatus(status), `${what} failed with HTTP ${status}`, {
    status,
    body: result.body,
    ...(result.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: result.retryAfterSeconds }),
  });
}
