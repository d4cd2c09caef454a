import { Alert } from '@zendeskgarden/react-notifications';
import { Button } from '@zendeskgarden/react-buttons';
import { useI18n } from '../i18n/I18nProvider';
import type { StepError } from '../workflow/errors';
import { WorkflowError } from '../workflow/errors';
import { describeError, type ErrorContext } from './errorMessages';
import { StyledRow } from './styled/layout';

export interface FailureAlertProps {
  /** The translated name of the step that failed. */
  stepLabel: string;
  error: StepError;
  context: ErrorContext;
  onRetry: () => void;
  /** Offered when an interrupted share cannot be checked: the advocate looked in the channel. */
  onForce?: () => void;
  disabled?: boolean;
}

/** Which step failed, what happened, what to do, and the way to resume. */
export function FailureAlert({ stepLabel, error, context, onRetry, onForce, disabled }: FailureAlertProps) {
  const { t } = useI18n();
  const description = describeError(error, context);
  const canForce = onForce && error instanceof WorkflowError && error.code === 'cannot_verify';
  return (
    <Alert type="error" role="alert" data-testid="share-failure" data-error-key={description.key}>
      <Alert.Title>{t('panel.failure.title', { step: stepLabel })}</Alert.Title>
      <Alert.Paragraph>{t(description.key, description.params)}</Alert.Paragraph>
      {description.who === 'admin' && <Alert.Paragraph>{t('panel.failure.ask_admin')}</Alert.Paragraph>}
      <StyledRow>
        <Button size="small" onClick={onRetry} disabled={disabled} data-testid="retry-button">
          {description.retryable ? t('panel.failure.retry') : t('panel.failure.retry_after_fix')}
        </Button>
        {canForce && (
          <Button size="small" isDanger onClick={onForce} disabled={disabled} data-testid="force-button">
            {t('panel.failure.post_anyway', { channel: context.channel })}
          </Button>
        )}
      </StyledRow>
    </Alert>
  );
}
