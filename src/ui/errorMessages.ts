import { SlackError, adviceFor } from '../slack/errors';
import { ZendeskError } from '../zendesk/errors';
import { WorkflowError, type StepError } from '../workflow/errors';
import type { Params } from '../i18n/translate';

/** A failure as the panel says it: a translation key, its values, who can fix it, and whether Retry can help. */
export interface ErrorDescription {
  key: string;
  params: Params;
  /** `admin` when only a Zendesk or Slack admin can fix it. */
  who: 'admin' | 'advocate';
  retryable: boolean;
}

export interface ErrorContext {
  /** `#community-involvement`, or the id when the name is unknown. */
  channel: string;
  /** The macro title the step looked for. */
  macroTitle: string;
}

export function describeError(error: StepError, context: ErrorContext): ErrorDescription {
  if (error instanceof SlackError) {
    const advice = adviceFor(error);
    return { key: advice.key, params: { channel: context.channel, ...advice.params }, who: advice.who, retryable: advice.retryable };
  }
  if (error instanceof WorkflowError) return describeWorkflowError(error, context);
  return describeZendeskError(error, context);
}

function describeWorkflowError(error: WorkflowError, context: ErrorContext): ErrorDescription {
  const seconds = error.details.retryAfterSeconds ?? 0;
  return {
    key: `errors.workflow.${error.code}`,
    params: { channel: context.channel, seconds, error: error.message, title: error.details.macroTitle ?? context.macroTitle, field: error.details.field ?? '' },
    who: error.code === 'macro_public_reply' || error.code === 'macro_unsupported' ? 'admin' : 'advocate',
    retryable: error.code !== 'not_shared',
  };
}

function describeZendeskError(error: ZendeskError, context: ErrorContext): ErrorDescription {
  if (error.code === 'not_found' && error.details.macroTitle !== undefined) {
    return { key: 'errors.zendesk.macro_not_found', params: { title: error.details.macroTitle }, who: 'admin', retryable: true };
  }
  return {
    key: `errors.zendesk.${error.code}`,
    params: { seconds: error.details.retryAfterSeconds ?? 0, status: error.details.status ?? 0, title: context.macroTitle },
    who: error.code === 'forbidden' ? 'admin' : 'advocate',
    retryable: error.retryable || error.code === 'http' || error.code === 'host_error',
  };
}
