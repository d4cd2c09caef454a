import { useCallback } from 'react';
import { Anchor, Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import { useI18n } from '../i18n/I18nProvider';
import type { PostLink } from '../sources/post';
import type { InvolvementMarker } from '../workflow/involvementMarker';
import { detectReply } from '../workflow/replyDetection';
import { findShareRecord, slackPermalink } from '../workflow/shareRecord';
import type { TicketSnapshot } from '../zendesk/ticket';
import { ShareActivityView } from './ShareActivityView';
import { RespondedForm } from './RespondedForm';
import { useServices } from './ServicesProvider';
import { useRespond } from './hooks/useRespond';
import { useShareActivity } from './hooks/useShareActivity';
import { useWithdraw } from './hooks/useWithdraw';
import { relativeTickMs, useNow } from './hooks/useNow';
import { TransactionView } from './TransactionView';
import { DetectedReplyLine } from './DetectedReplyLine';
import { WithdrawControls } from './WithdrawControls';
import { StyledRow, StyledSection, StyledSectionTitle, StyledSubtle } from './styled/layout';
import type { PostedShareArgs } from './postedShare';

export interface ShareStatusProps {
  snapshot: TicketSnapshot;
  marker: Extract<InvolvementMarker, { state: 'shared' }>;
  channelLabel: string;
  workspaceUrl?: string;
  /** How to rebuild the post for its updates (the category the triage suggests, tone rules…). */
  postArgs: Omit<PostedShareArgs, 'original' | 'ts'>;
  /** Reads the ticket again (Refresh). */
  onRefreshTicket: () => void;
  /** The post's link where its replies never come back into Zendesk (Hacker News, Reddit, the forum), else null. */
  replyLinkFor?: PostLink | null;
}

/** A shared tweet: who shared it, what volunteers did, the reply when it comes back, and the way out. */
export default function ShareStatus({ snapshot, marker, channelLabel, workspaceUrl, postArgs, onRefreshTicket, replyLinkFor = null }: ShareStatusProps) {
  const { t, relativeTime } = useI18n();
  const { settings } = useServices();
  const record = findShareRecord(snapshot.comments, marker.channel, marker.ts);
  const permalink = record?.permalink ?? (workspaceUrl ? slackPermalink(workspaceUrl, marker.channel, marker.ts) : null);
  const activityView = useShareActivity(marker.channel, marker.ts);
  const { activity } = activityView;
  const reply = detectReply(snapshot.comments, snapshot.requester.id, record?.sharedAt ?? Number(marker.ts.split('.')[0]) * 1000);
  const youngest = Math.max(record?.sharedAt ?? 0, reply?.createdAt ?? 0);
  const now = useNow(useCallback((current: number) => relativeTickMs(current, youngest), [youngest]));
  const post = { ...postArgs, sharedBy: record?.sharedBy ?? postArgs.sharedBy, ts: marker.ts, original: activity?.original ?? null };
  const respond = useRespond(snapshot, post);
  const withdraw = useWithdraw(snapshot, post, channelLabel);
  const refresh = () => {
    activityView.refresh();
    onRefreshTicket();
  };
  // Who replied: the handle marked in this session, else the reply that came back through X.
  const responder = respond.handle ?? reply?.handle;
  const busy = respond.control.running || withdraw.control.running;

  if (withdraw.control.progress?.finished) {
    return (
      <StyledSection data-testid="share-status">
        <Alert type="info" data-testid="withdrawn">
          {t('panel.status.withdrawn_done')}
        </Alert>
      </StyledSection>
    );
  }

  return (
    <StyledSection aria-labelledby="share-status-title" data-testid="share-status">
      <StyledSectionTitle id="share-status-title">{t('panel.status.title')}</StyledSectionTitle>
      <StyledRow>
        <span data-testid="shared-by">
          {record
            ? t('panel.status.shared_by', { name: record.sharedBy, when: relativeTime(record.sharedAt, now) })
            : t('panel.status.shared_to', { channel: channelLabel })}
        </span>
        {permalink && (
          <Anchor href={permalink} isExternal externalIconLabel={t('panel.common.opens_new_tab')} data-testid="view-in-slack">
            {t('panel.status.view_in_slack')}
          </Anchor>
        )}
        <Button size="small" isBasic disabled={activityView.refreshing} onClick={refresh} data-testid="refresh-status">
          {activityView.refreshing ? t('panel.status.refreshing') : t('panel.status.refresh')}
        </Button>
      </StyledRow>
      <ShareActivityView activity={activity} error={activityView.error} channelLabel={channelLabel} />
      {marker.responded || respond.control.progress?.finished ? (
        <Alert type="success" data-testid="responded">
          <Alert.Paragraph>
            {respond.replyUrl
              ? t('panel.status.responded_link', { platform: t(`platform.${postArgs.post.platform}`) })
              : responder
                ? t('panel.status.responded_by', { handle: responder })
                : t('panel.status.responded')}
          </Alert.Paragraph>
          {respond.control.progress?.finished && (
            <Alert.Paragraph data-testid="responded-macro">{t('panel.share.macro_saved', { title: respond.macroTitle })}</Alert.Paragraph>
          )}
        </Alert>
      ) : (
        <>
          {replyLinkFor ? null : reply ? (
            <DetectedReplyLine reply={reply} now={now} data-testid="reply-detected" />
          ) : (
            <StyledSubtle data-testid="no-reply">{t('panel.status.no_reply')}</StyledSubtle>
          )}
          <RespondedForm
            detectedHandle={reply?.handle}
            {...(replyLinkFor && { replyLinkFor: { post: replyLinkFor, settings: settings.sources } })}
            disabled={busy}
            onMark={(handle) =>
              respond.mark({
                handle,
                at: new Date(reply?.createdAt ?? Date.now()),
                // The link to the reply only belongs to the detected reply, not to a handle typed by hand.
                ...(reply?.replyUrl && reply.handle === handle && { replyUrl: reply.replyUrl }),
              })
            }
            onMarkLink={(replyUrl) => respond.mark({ handle: '', at: new Date(), replyUrl })}
          />
          <TransactionView control={respond.control} stepsPrefix="panel.responded.step" steps={respond.steps} context={{ channel: channelLabel, macroTitle: respond.macroTitle }} />
        </>
      )}
      <WithdrawControls
        control={withdraw.control}
        channelLabel={channelLabel}
        label={t('panel.status.withdraw', { channel: channelLabel })}
        keyPrefix="panel.status"
        disabled={busy}
        data-testid="withdraw-button"
      />
    </StyledSection>
  );
}

