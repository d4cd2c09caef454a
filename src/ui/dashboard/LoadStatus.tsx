import { Alert } from '@zendeskgarden/react-notifications';
import { Progress } from '@zendeskgarden/react-loaders';
import { useI18n } from '../../i18n/I18nProvider';
import { StyledSubtle } from './styled';
import type { ProgramFailure, ProgramView } from './useProgram';

/** Where the read stands (progress, Slack's pauses), what failed and what to do, and channels it could not read. */
export function LoadStatus({ program, hasChannel }: { program: ProgramView; hasChannel: boolean }) {
  const { t } = useI18n();
  const { progress, failure, unreadChannels, calls, loading } = program;
  return (
    <>
      {!hasChannel && (
        <Alert type="warning" data-testid="no-channel">
          <Alert.Title>{t('dashboard.setup.title')}</Alert.Title>
          <Alert.Paragraph>{t('dashboard.setup.body')}</Alert.Paragraph>
        </Alert>
      )}
      <div role="status" aria-live="polite" data-testid="load-progress">
        {loading && (
          <>
            <StyledSubtle>{progressText(t, progress)}</StyledSubtle>
            {progress?.phase === 'threads' && progress.total > 0 && <Progress value={(100 * progress.done) / progress.total} aria-label={progressText(t, progress)} />}
          </>
        )}
        {!loading && calls && <StyledSubtle data-testid="call-count">{t('dashboard.calls', { zendesk: calls.zendesk, slack: calls.slack })}</StyledSubtle>}
      </div>
      {failure && (
        <Alert type="error" data-testid="load-error">
          <Alert.Title>{t('dashboard.error.title')}</Alert.Title>
          <Alert.Paragraph>{failureText(t, failure)}</Alert.Paragraph>
        </Alert>
      )}
      {unreadChannels.map((unread) => (
        <Alert type="warning" key={unread.channel} data-testid="unread-channel">
          <Alert.Paragraph>{t('dashboard.error.unread_channel', { channel: unread.channel, reason: unread.reason })}</Alert.Paragraph>
        </Alert>
      ))}
    </>
  );
}

type T = ReturnType<typeof useI18n>['t'];

function progressText(t: T, progress: ProgramView['progress']): string {
  if (!progress) return t('dashboard.loading.start');
  switch (progress.phase) {
    case 'tickets':
      return t('dashboard.loading.tickets', { found: progress.done });
    case 'posts':
      return t('dashboard.loading.posts', { found: progress.done });
    case 'threads':
      return t('dashboard.loading.threads', { done: progress.done, total: progress.total });
    case 'rate_limited':
      return t('dashboard.loading.rate_limited', { seconds: progress.seconds });
  }
}

function failureText(t: T, failure: ProgramFailure): string {
  if (failure.source === 'zendesk') return t(failure.code === 'forbidden' ? 'dashboard.error.zendesk_forbidden' : 'dashboard.error.zendesk');
  if (failure.source === 'slack') {
    if (failure.code === 'rate_limited') return t('dashboard.error.slack_busy', { seconds: failure.retryAfterSeconds ?? 60 });
    if (failure.slackError === 'missing_scope') return t('dashboard.error.slack_scope');
    if (failure.slackError) return t('dashboard.error.slack_refused', { reason: failure.slackError });
    return t('dashboard.error.slack_unreachable');
  }
  return t('dashboard.error.other');
}
