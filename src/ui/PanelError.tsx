import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import { useI18n } from '../i18n/I18nProvider';
import { asStepError } from '../workflow/errors';
import { describeError } from './errorMessages';

export interface PanelErrorProps {
  error: unknown;
  onRetry: () => void;
}

/** The ticket could not be read: say why in words and offer to try again. */
export default function PanelError({ error, onRetry }: PanelErrorProps) {
  const { t } = useI18n();
  // The same words as a failed step: a bug is called a bug, never "Zendesk could not be reached".
  const described = describeError(asStepError(error), { channel: '', macroTitle: '' });
  return (
    <Alert type="error" role="alert" data-testid="panel-error">
      <Alert.Title>{t('panel.load_error.title')}</Alert.Title>
      <Alert.Paragraph>{t(described.key, described.params)}</Alert.Paragraph>
      <Button size="small" onClick={onRetry}>
        {t('panel.failure.retry')}
      </Button>
    </Alert>
  );
}
