import { Spinner } from '@zendeskgarden/react-loaders';
import { useI18n } from '../i18n/I18nProvider';
import type { StepStatus } from '../workflow/steps';
import { StyledVisuallyHidden } from './styled/layout';
import { StyledStep, StyledStepMark, StyledSteps } from './styled/steps';

const MARKS: Record<Exclude<StepStatus, 'running'>, string> = { waiting: '○', done: '✓', failed: '✕' };

export interface StepListProps<Step extends string> {
  /** Steps in order, each with its status. */
  steps: readonly { id: Step; status: StepStatus }[];
  /** Prefix of the steps' translation keys (`panel.share.step`). */
  labelPrefix: string;
}

/** The visible list of a transaction's steps: done, running, failed or waiting. */
export function StepList<Step extends string>({ steps, labelPrefix }: StepListProps<Step>) {
  const { t } = useI18n();
  return (
    <StyledSteps data-testid="step-list">
      {steps.map(({ id, status }) => (
        <StyledStep key={id} $status={status} data-step={id} data-status={status}>
          <StyledStepMark aria-hidden="true">{status === 'running' ? <Spinner size="14" /> : MARKS[status]}</StyledStepMark>
          <span>
            {t(`${labelPrefix}.${id}`)}
            <StyledVisuallyHidden> — {t(`panel.step_status.${status}`)}</StyledVisuallyHidden>
          </span>
        </StyledStep>
      ))}
    </StyledSteps>
  );
}
