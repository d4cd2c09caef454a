import { lazy, Suspense, useState } from 'react';
import { Anchor, Button } from '@zendeskgarden/react-buttons';
import { Tag } from '@zendeskgarden/react-tags';
import { attentionReason } from '../../dashboard/attention';
import type { NudgeOutcome, NudgeRequest } from '../../dashboard/nudge';
import { canNudge, canWithdraw } from '../../dashboard/rowWithdrawal';
import { timeToClaim, timeToReply, type ShareRow, type Volunteer } from '../../dashboard/shareRow';
import { slackPermalink } from '../../workflow/shareRecord';
import { useI18n } from '../../i18n/I18nProvider';
import { useDashboardServices } from './DashboardServicesProvider';
import { formatDuration } from './duration';
import { groupLabel } from './labels';
import { StyledActions, StyledAttention, StyledExcerpt, StyledMeta, StyledRowCard, StyledRowMain, StyledSubtle } from './styled';
import { reasonOf } from './errorReason';
import { useRowWithdrawal } from './useRowWithdrawal';

const WithdrawDialog = lazy(() => import('../WithdrawDialog'));

const STATE_HUE: Record<ShareRow['state'], string> = { waiting: 'yellow', claimed: 'blue', answered: 'teal', responded: 'green', withdrawn: 'grey' };

interface ShareRowViewProps {
  row: ShareRow;
  now: number;
  staleAfterHours: number;
  workspaceUrl: string;
  nudge(request: NudgeRequest): Promise<NudgeOutcome>;
  onChanged(): void;
}

type NudgeState = { kind: 'idle' } | { kind: 'sending' } | { kind: 'done'; outcome: NudgeOutcome } | { kind: 'failed'; reason: string };

/** One share: what it is, where it stands, who took it, and what the advocate can do about it. */
export function ShareRowView({ row, now, staleAfterHours, workspaceUrl, nudge, onChanged }: ShareRowViewProps) {
  const { t, locale, relativeTime } = useI18n();
  const services = useDashboardServices();
  const [nudgeState, setNudgeState] = useState<NudgeState>({ kind: 'idle' });
  const [confirming, setConfirming] = useState(false);
  const withdrawal = useRowWithdrawal(row, onChanged);
  const reason = attentionReason(row, now, staleAfterHours);
  const titleId = `row-${row.channel}-${row.ts}-${row.ticketId}`;
  const names = (people: readonly Volunteer[]) => people.map((person) => person.name || person.id).join(', ');

  const sendNudge = () => {
    setNudgeState({ kind: 'sending' });
    nudge({ channel: row.channel, ts: row.ts, ticketId: row.ticketId, text: services.slackText('dashboard.nudge.post') }).then(
      (outcome) => setNudgeState({ kind: 'done', outcome }),
      (error: unknown) => setNudgeState({ kind: 'failed', reason: reasonOf(error) }),
    );
  };

  return (
    <StyledRowCard $attention={reason !== null} aria-labelledby={titleId} data-testid="share-row" data-ticket-id={row.ticketId} data-state={row.state} data-attention={reason ?? ''}>
      <StyledRowMain>
        {reason && (
          <StyledAttention data-testid="attention">
            {t(`dashboard.attention.${reason}`, { duration: formatDuration(locale, now - (reason === 'claimed_no_reply' ? (row.firstReplyAt ?? row.sharedAt) : row.sharedAt)) })}
          </StyledAttention>
        )}
        <StyledExcerpt id={titleId}>{row.excerpt || t('dashboard.row.no_text')}</StyledExcerpt>
        <StyledMeta>
          <Tag hue={STATE_HUE[row.state]} size="small" data-testid="row-state">
            {t(`dashboard.state.${row.state}`)}
          </Tag>
          {row.kind === 'expert' && <Tag size="small">{t('dashboard.row.expert')}</Tag>}
          <span>{row.kind === 'expert' ? groupLabel(t, 'area', row.area) : groupLabel(t, 'category', row.category || 'other')}</span>
          {row.author && <span>{t('dashboard.row.author', { author: row.author })}</span>}
          <span>{row.sharedBy ? t('dashboard.row.shared_by', { name: row.sharedBy, time: relativeTime(row.sharedAt, now) }) : t('dashboard.row.shared', { time: relativeTime(row.sharedAt, now) })}</span>
        </StyledMeta>
        <StyledMeta>
          <span data-testid="row-claims">{row.claimedBy.length > 0 ? t('dashboard.row.claimed', { names: names(row.claimedBy) }) : t('dashboard.row.unclaimed')}</span>
          {row.answeredBy.length > 0 && <span data-testid="row-answers">{t('dashboard.row.answered', { names: names(row.answeredBy) })}</span>}
          <span data-testid="row-replies">{t('dashboard.row.replies', { replies: row.replyCount })}</span>
          {timeToClaim(row) !== null && <span>{t('dashboard.row.claim_time', { duration: formatDuration(locale, timeToClaim(row)) })}</span>}
          {timeToReply(row) !== null && <span>{t('dashboard.row.reply_time', { duration: formatDuration(locale, timeToReply(row)) })}</span>}
        </StyledMeta>
        {nudgeState.kind === 'done' && (
          <StyledSubtle role="status" data-testid="nudge-status">
            {t(nudgeState.outcome === 'posted' ? 'dashboard.row.nudged' : 'dashboard.row.nudged_already')}
          </StyledSubtle>
        )}
        {nudgeState.kind === 'failed' && (
          <StyledAttention role="alert" data-testid="nudge-status">
            {t('dashboard.row.nudge_failed', { reason: nudgeState.reason })}
          </StyledAttention>
        )}
        {withdrawal.state.kind === 'failed' && (
          <StyledAttention role="alert" data-testid="withdraw-status">
            {t('dashboard.row.withdraw_failed', { reason: withdrawal.state.reason })}
          </StyledAttention>
        )}
      </StyledRowMain>
      <StyledActions>
        <Button size="small" data-testid="open-ticket" onClick={() => void services.openTicket(row.ticketId)}>
          {t('dashboard.row.open_ticket', { id: String(row.ticketId) })}
        </Button>
        {workspaceUrl && row.ts && (
          <Anchor data-testid="open-slack" href={slackPermalink(workspaceUrl, row.channel, row.ts)} isExternal externalIconLabel={t('dashboard.row.new_tab')} target="_blank" rel="noreferrer">
            {t('dashboard.row.open_slack')}
          </Anchor>
        )}
        {canNudge(row) && (
          <Button size="small" data-testid="nudge-button" disabled={nudgeState.kind === 'sending' || nudgeState.kind === 'done'} onClick={sendNudge} aria-label={t('dashboard.row.nudge_label', { id: String(row.ticketId) })}>
            {nudgeState.kind === 'sending' ? t('dashboard.row.nudging') : t('dashboard.row.nudge')}
          </Button>
        )}
        {canWithdraw(row) && (
          <Button size="small" isDanger data-testid="withdraw-button" disabled={withdrawal.state.kind === 'running'} onClick={() => setConfirming(true)} aria-label={t('dashboard.row.withdraw_label', { id: String(row.ticketId) })}>
            {withdrawal.state.kind === 'running' ? t('dashboard.row.withdrawing') : t('dashboard.row.withdraw')}
          </Button>
        )}
      </StyledActions>
      {confirming && (
        <Suspense fallback={null}>
          <WithdrawDialog
            channelLabel={row.channel}
            onCancel={() => setConfirming(false)}
            onConfirm={() => {
              setConfirming(false);
              withdrawal.run();
            }}
          />
        </Suspense>
      )}
    </StyledRowCard>
  );
}

