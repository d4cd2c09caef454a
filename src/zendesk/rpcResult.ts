import { ZendeskError } from './errors';
import { isRecord } from './fields';

/**
 * Turns what get/set/invoke settled with into a value or a `ZendeskError`, whichever SDK build answered.
 *
 * npm `zendesk_app_framework_sdk@2.0.11` *resolves* with `{ name: 'TimeoutError', … }` when the host stays silent
 * for 5 s, and *resolves* with the raw error object when the host replies `{ id, error: { message } }` without a
 * `name` (research/harness.md §1.4). Zendesk's CDN build rejects with `Error('Invocation request timeout')`.
 */
export function checkRpcValue(value: unknown, what: string, keys: readonly string[]): unknown {
  if (isRecord(value) && value.name === 'TimeoutError') {
    throw new ZendeskError('timeout', `Zendesk did not answer ${what}`);
  }
  if (isNamelessErrorReply(value, keys)) {
    throw new ZendeskError('host_error', `Zendesk refused ${what}: ${String(value.message)}`);
  }
  return value;
}

/** A real result always carries `errors` or the keys asked for; an error reply carries a `message` and neither. */
function isNamelessErrorReply(value: unknown, keys: readonly string[]): value is { message: unknown } {
  if (!isRecord(value) || typeof value.message !== 'string' || 'errors' in value) return false;
  return keys.every((key) => !(key in value));
}

/** The error for a rejected get/set/invoke. */
export function errorForRpcRejection(error: unknown, what: string): ZendeskError {
  if (error instanceof ZendeskError) return error;
  const fields = isRecord(error) || error instanceof Error ? (error as { name?: unknown; message?: unknown }) : {};
  const message = typeof fields.message === 'string' ? fields.message : String(error);
  if (fields.name === 'TimeoutError' || /timeout/i.test(message)) {
    return new ZendeskError('timeout', `Zendesk did not answer ${what}`);
  }
  return new ZendeskError('host_error', `Zendesk refused ${what}: ${message}`);
}
