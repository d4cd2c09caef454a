import type { ActiveFault, FaultBook } from './faults';
import { fail } from './slack/slackResult';
import { jsonResponse, type CallOutcome, type SimResponse } from './types';

/** Which emulator a call goes to; fault answers use its error shapes. */
export type CallTarget = 'slack' | 'zendesk';

/**
 * Runs one call through the fault book and the latency: `carryOut` is the emulator doing the work, and it runs
 * only when the call really reaches it (never for `hang`, `network` or a fault status; yes for `drop`).
 */
export async function runCall(
  faults: FaultBook,
  latencyMs: number,
  key: string,
  target: CallTarget,
  carryOut: () => SimResponse,
): Promise<CallOutcome> {
  const fault = faults.take(key);
  await sleep(latencyMs + (fault?.latencyMs ?? 0));
  if (!fault) return { kind: 'answer', response: carryOut() };
  if (fault.network) return { kind: 'network' };
  if (fault.hang) return { kind: 'silent' };
  if (fault.drop) {
    carryOut();
    return { kind: 'silent' };
  }
  if (fault.slackError) return { kind: 'answer', response: slackErrorAnswer(fault) };
  if (fault.status) return { kind: 'answer', response: statusAnswer(fault, target) };
  return { kind: 'answer', response: carryOut() };
}

function slackErrorAnswer(fault: ActiveFault): SimResponse {
  const extra = fault.slackError === 'missing_scope' ? { needed: fault.needed ?? 'chat:write', provided: 'channels:read' } : {};
  return jsonResponse(200, fail(fault.slackError ?? 'internal_error', extra));
}

function statusAnswer(fault: ActiveFault, target: CallTarget): SimResponse {
  const status = fault.status ?? 500;
  const headers: Record<string, string> = fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) };
  if (target === 'slack') {
    const error = status === 429 ? 'ratelimited' : 'fatal_error';
    return jsonResponse(status, fail(error), headers);
  }
  return jsonResponse(status, zendeskErrorBody(status), headers);
}

/** Error bodies as Zendesk sends them for each status. */
function zendeskErrorBody(status: number): Record<string, unknown> {
  switch (status) {
    case 409:
      return {
        error: 'UpdateConflict',
        description:
          'Safe Update prevented the update due to outdated ticket data. Please fetch the latest ticket data and try again.',
      };
    case 429:
      return { error: 'APIRateLimitExceeded', description: 'Number of allowed API requests per minute exceeded' };
    case 422:
      return { error: 'RecordInvalid', description: 'Record validation errors', details: {} };
    case 401:
      return { error: "Couldn't authenticate you" };
    case 403:
      return { error: 'Forbidden', description: 'You do not have access to this page.' };
    case 404:
      return { error: 'RecordNotFound', description: 'Not found' };
    default:
      return { error: status >= 500 ? 'InternalError' : 'Error', description: `HTTP ${status}` };
  }
}

/** Waits `ms` (0 still yields, so every answer stays asynchronous). */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}
