import { useI18n } from '../i18n/I18nProvider';
import type { StepsProgress } from '../workflow/steps';
import type { ErrorContext } from './errorMessages';
import { FailureAlert } from './FailureAlert';
import type { TransactionControl } from './hooks/useTransaction';
import { useNow } from './hooks/useNow';
import { StepList } from './StepList';
import { StyledSubtle, StyledVisuallyHidden } from './styled/layout';

export interface TransactionViewProps<Step extends string> {
  control: TransactionControl<StepsProgress<Step>>;
  steps: readonly Step[];
  /** Prefix of the step labels' keys. */
  stepsPrefix: string;
  context: ErrorContext;
  /** Offered when an interrupted share cannot be checked in the channel. */
  onForce?: () => void;
}

/** A running or failed workflow: its steps, the countdown of an automatic retry, and the failure with Retry. */
export function TransactionView<Step extends string>({ control, steps, stepsPrefix, context, onForce }: TransactionViewProps<Step>) {
  const { t } = useI18n();
  const { progress, running } = control;
  const countdown = progress?.countdown;
  const now = useNow(250, countdown !== undefined);
  if (!progress || progress.finished) return null;
  const runningStep = steps.find((id) => progress.steps[id] === 'running');
  const secondsLeft = countdown ? Math.max(0, Math.ceil((countdown.until - now) / 1000)) : 0;
  return (
    <>
      <StepList labelPrefix={stepsPrefix} steps={steps.map((id) => ({ id, status: progress.steps[id] }))} />
      {/* The list's marks are visual: screen readers hear each step as it starts (a failure has its own alert). */}
      <StyledVisuallyHidden role="status" data-testid="step-announcement">
        {runningStep && `${t(`${stepsPrefix}.${runningStep}`)} — ${t('panel.step_status.running')}`}
      </StyledVisuallyHidden>
      <div aria-live="polite">
        {countdown && (
          <StyledSubtle data-testid="countdown">{t('panel.share.countdown', { seconds: secondsLeft, count: secondsLeft })}</StyledSubtle>
        )}
      </div>
      {progress.failure && !running && (
        <FailureAlert
          stepLabel={t(`${stepsPrefix}.${progress.failure.step}`)}
          error={progress.failure.error}
          context={context}
          onRetry={() => control.run()}
          onForce={onForce}
        />
      )}
    </>
  );
}
