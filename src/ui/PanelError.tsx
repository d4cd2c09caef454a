import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import { useI18n } from '../i18n/I18nProvider';
import { ZendeskError } from '../zendesk/errors';

export interface PanelErrorProps {
  error: unknown;
  onRetry: () => void;
}

/** The ticket could not be read: say why in words and offer to try again. */
export default function PanelError({ error, onRetry }: PanelErrorProps) {
  const { t } = useI18n();
  const code = error instanceof ZendeskError ? error.code : 'network';
  return (
    <Alert type="error" role="alert" data-testid="panel-error">
      <Alert.Title>{t('panel.load_error.title')}</Alert.Title>
      <Alert.Paragraph>{t(`errors.zendesk.${code}`, { seconds: 0, status: 0, title: '' })}</Alert.Paragraph>
      <Button size="small" onClick={onRetry}>
        {t('panel.failure.retry')}
      </Button>
    </Alert>
  );
}
