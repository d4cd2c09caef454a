import { SlackError } from '../slack/errors';
import { ZendeskError } from '../zendesk/errors';

/** Failures the workflow itself decides on (the ports bring their own). */
export type WorkflowErrorCode =
  /** Another tab, agent or an interrupted attempt is sharing this ticket right now. */
  | 'share_in_progress'
  /** A share was interrupted and the channel history cannot be read to check it (scope missing). */
  | 'cannot_verify'
  /** The ticket changed under us more often than a retry can absorb. */
  | 'busy_ticket'
  /** The ticket has no share to act on. */
  | 'not_shared'
  /** The macro adds a public reply: the app saves macros on the ticket itself and never answers the tweet unseen. */
  | 'macro_public_reply'
  /** The macro has an action the app cannot save on the ticket (`set_tags`, an app action…). */
  | 'macro_unsupported'
  /** Not a Zendesk, Slack or workflow failure: a bug on our side, said as one (never "Zendesk could not be reached"). */
  | 'unexpected';

export class WorkflowError extends Error {
  override readonly name = 'WorkflowError';

  constructor(
    readonly code: WorkflowErrorCode,
    message: string,
    readonly details: { retryAfterSeconds?: number; channel?: string; macroTitle?: string; field?: string } = {},
  ) {
    super(message);
  }
}

export type StepError = ZendeskError | SlackError | WorkflowError;

/**
 * Whatever a step threw, as one of the three error kinds. The ports turn every network, HTTP and API failure into
 * their own errors, so anything else is a bug (a TypeError, a failed chunk load) and is called unexpected.
 */
export function asStepError(error: unknown): StepError {
  if (error instanceof ZendeskError || error instanceof SlackError || error instanceof WorkflowError) return error;
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new WorkflowError('unexpected', message);
}

/** Seconds to wait before the same call can succeed, when the failure says so. */
export function retryAfterOf(error: StepError): number | undefined {
  if (error instanceof WorkflowError) return error.details.retryAfterSeconds;
  if (error instanceof ZendeskError) return error.code === 'rate_limited' ? (error.details.retryAfterSeconds ?? 1) : undefined;
  return error.code === 'rate_limited' ? (error.retryAfterSeconds ?? 1) : undefined;
}
