import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import { useI18n } from '../i18n/I18nProvider';
import type { SetupView } from './hooks/useSetupCheck';

/** Tells admins precisely what to fix in the app settings, Slack or Zendesk. Nothing shows when all is well. */
export default function SetupBanner({ setup }: { setup: SetupView }) {
  const { t } = useI18n();
  if (setup.status === 'failed') {
    return (
      <Alert type="warning" data-testid="setup-banner">
        <Alert.Title>{t('setup.check_failed_title')}</Alert.Title>
        <Alert.Paragraph data-problem="check_failed">{t('setup.check_failed', { error: setup.failure ?? '' })}</Alert.Paragraph>
        <Button size="small" onClick={setup.retry} data-testid="setup-retry">
          {t('panel.failure.retry')}
        </Button>
      </Alert>
    );
  }
  if (setup.problems.length === 0) return null;
  const blocking = setup.broken;
  return (
    <Alert type={blocking ? 'error' : 'warning'} data-testid="setup-banner">
      <Alert.Title>{blocking ? t('setup.title_blocking') : t('setup.title_warning')}</Alert.Title>
      {setup.problems.map((problem) => (
        <Alert.Paragraph key={`${problem.code}:${Object.values(problem.params).join(',')}`} data-problem={problem.code}>
          {t(problem.key ?? `setup.problem.${problem.code}`, problem.params)}
        </Alert.Paragraph>
      ))}
    </Alert>
  );
}
