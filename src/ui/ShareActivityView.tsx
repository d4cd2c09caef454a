import { useI18n } from '../i18n/I18nProvider';
import type { StepError } from '../workflow/errors';
import type { ShareActivity } from '../workflow/shareActivity';
import { describeError } from './errorMessages';
import { StyledList, StyledSubtle } from './styled/layout';

/** People named where Slack told us their names; the rest counted. */
function who(ids: readonly string[], names: Record<string, string>): string {
  return ids.map((id) => names[id] ?? '').filter(Boolean).join(', ');
}

/** What volunteers did in Slack: who took the tweet (👀), who finished (✅), and the thread's replies. */
export function ShareActivityView({ activity, error, channelLabel }: { activity: ShareActivity | null; error: StepError | null; channelLabel: string }) {
  const { t } = useI18n();
  const described = error ? describeError(error, { channel: channelLabel, macroTitle: '' }) : null;
  const failure = described && (
    <StyledSubtle role="status" data-testid="activity-error">
      {t('panel.status.activity_error', { reason: t(described.key, described.params) })}
    </StyledSubtle>
  );
  if (!activity) return failure ?? <StyledSubtle>{t('panel.status.activity_loading')}</StyledSubtle>;
  const claimedNames = who(activity.claimedBy, activity.names);
  const doneNames = who(activity.doneBy, activity.names);
  const canSeeReactions = !activity.missingScopes.some((scope) => scope.startsWith('reactions'));
  return (
    <>
      {failure}
      {activity.postGone && <StyledSubtle data-testid="post-gone">{t('panel.status.post_gone')}</StyledSubtle>}
      <StyledList data-testid="share-activity">
        {canSeeReactions && (
          <li data-testid="claims">
            {activity.claimedBy.length === 0
              ? t('panel.status.not_claimed')
              : t('panel.status.claimed', { count: activity.claimedBy.length })}
            {claimedNames && ` (${claimedNames})`}
          </li>
        )}
        {canSeeReactions && activity.doneBy.length > 0 && (
          <li data-testid="done-marks">
            {t('panel.status.done', { count: activity.doneBy.length })}
            {doneNames && ` (${doneNames})`}
          </li>
        )}
        {activity.replyCount !== null && <li data-testid="thread-replies">{t('panel.status.replies', { count: activity.replyCount })}</li>}
      </StyledList>
      {activity.missingScopes.length > 0 && (
        <StyledSubtle data-testid="missing-scopes">{t('panel.status.missing_scopes', { scopes: activity.missingScopes.join(', ') })}</StyledSubtle>
      )}
    </>
  );
}
