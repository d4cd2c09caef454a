import { useMemo, useRef, useState } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import { isArea, type Area } from '../experts/areas';
import { parseExpertRouting, routeFor } from '../experts/routing';
import { proposeExpert } from '../experts/rotation';
import { useI18n } from '../i18n/I18nProvider';
import { buildExpertReask, buildExpertRequestUpdate, EXPERT_REQUEST_EVENT_TYPE, type PostedExpertRequest } from '../slack/expertMessage';
import { readInvolvementMetadata } from '../slack/metadata';
import { buildRespondedThreadReply } from '../slack/statusMessage';
import type { PostLink, PostQuote } from '../sources/post';
import { askNextExpert, REASK_STEPS, startReask, type ReaskProgress, type ReaskStepId } from '../workflow/askNextExpert';
import { EXPERT_REQUEST } from '../workflow/involvementKind';
import type { InvolvementMarker } from '../workflow/involvementMarker';
import { markResponded, RESPONDED_STEPS, startResponded, type RespondedProgress, type RespondedStepId } from '../workflow/markResponded';
import { detectReply } from '../workflow/replyDetection';
import { findShareRecord } from '../workflow/shareRecord';
import { startWithdraw, withdrawShare, type WithdrawProgress, type WithdrawStepId } from '../workflow/withdrawShare';
import type { TicketSnapshot } from '../zendesk/ticket';
import { useExpertNames } from './hooks/useExpertNames';
import { useExpertRotation } from './hooks/useExpertRotation';
import { useNow } from './hooks/useNow';
import { useShareActivity } from './hooks/useShareActivity';
import { useTransaction } from './hooks/useTransaction';
import { RespondedForm } from './RespondedForm';
import { useServices } from './ServicesProvider';
import { ShareActivityView } from './ShareActivityView';
import { StyledRow, StyledSection, StyledSectionTitle, StyledSubtle } from './styled/layout';
import { TransactionView } from './TransactionView';
import { DetectedReplyLine } from './DetectedReplyLine';
import { WithdrawControls } from './WithdrawControls';

/** A request with no reply, no ✅ and no answer on the ticket for this long offers the next expert. */
export const NO_ANSWER_AFTER_MS = 24 * 60 * 60 * 1000;

export interface ExpertStatusProps {
  snapshot: TicketSnapshot;
  marker: Extract<InvolvementMarker, { state: 'shared' }>;
  post: PostQuote;
  /** The post, where its replies do not come back into Zendesk: Mark as responded asks for the reply's link. */
  replyLinkFor: PostLink | null;
  /** The routing's channels as the expert setup check named them; null while it runs. */
  channelNames: Readonly<Record<string, string>> | null;
  onRefreshTicket: () => void;
}

/** An expert request: who was asked where, what happened in Slack, the reply on the ticket, and the ways on. */
export default function ExpertStatus({ snapshot, marker, post, replyLinkFor, channelNames, onRefreshTicket }: ExpertStatusProps) {
  const { t, relativeTime } = useI18n();
  const { settings, subdomain, zendesk, slack, clock } = useServices();
  const now = useNow(30_000);
  const activityView = useShareActivity(marker.channel, marker.ts);
  const { activity } = activityView;
  const metadata = activity?.parentMetadata ? readInvolvementMetadata({ metadata: activity.parentMetadata }, EXPERT_REQUEST_EVENT_TYPE) : null;
  const asked = readAsked(metadata?.payload.asked);
  const areaTag = snapshot.tags.find((tag) => tag.startsWith('ci_expert_area_'))?.slice('ci_expert_area_'.length) ?? '';
  const area: Area = isArea(areaTag) ? areaTag : 'general';
  const routing = useMemo(() => parseExpertRouting(settings.expertRouting), [settings.expertRouting]);
  const route = routeFor(routing, area);
  const [reaskRound, setReaskRound] = useState(0);
  const rotation = useExpertRotation(route && route.channel === marker.channel ? route : { area, channel: marker.channel, experts: [], line: 0 }, channelNames, reaskRound);
  const channelLabel = rotation.channelName ? `#${rotation.channelName}` : marker.channel;
  const nameOf = useExpertNames([...asked.map((entry) => entry.expert), ...(route?.experts ?? [])]);
  const record = findShareRecord(snapshot.comments, marker.channel, marker.ts);
  const askedAt = record?.sharedAt ?? Number(marker.ts.split('.')[0]) * 1000;
  const lastAsk = Math.max(askedAt, ...asked.map((entry) => entry.at * 1000));
  const reply = detectReply(snapshot.comments, snapshot.requester.id, askedAt);
  const original: PostedExpertRequest = {
    channel: marker.channel,
    ts: marker.ts,
    post,
    ticket: { id: snapshot.id, url: `https://${subdomain}.zendesk.com/agent/tickets/${snapshot.id}` },
    area: { id: area, name: t(`expert.area.${area}`) },
    asked,
    askedBy: record?.sharedBy ?? snapshot.currentUser.name,
    guidelinesUrl: settings.guidelinesUrl,
  };
  const ticketState = useMemo(() => ({ tags: snapshot.tags, updatedAt: snapshot.updatedAt, status: snapshot.status }), [snapshot.tags, snapshot.updatedAt, snapshot.status]);

  // Mark as responded, with the expert kind's update of the post.
  const responder = useRef<{ handle: string; at: Date; replyUrl?: string }>({ handle: '', at: new Date() });
  const respond = useTransaction<RespondedStepId, RespondedProgress>(
    () => startResponded(ticketState),
    (
      (start: RespondedProgress, onProgress: (progress: RespondedProgress) => void) => {
        const { handle, at, replyUrl } = responder.current;
        const markedBy = snapshot.currentUser.name;
        return markResponded(
          { zendesk, slack, clock },
          {
            kind: EXPERT_REQUEST,
            ticketId: snapshot.id,
            update: buildExpertRequestUpdate(original, { status: 'responded', handle, at, markedBy, ...(replyUrl && { replyUrl }) }),
            threadReply: buildRespondedThreadReply(original, { handle, at, markedBy, ...(replyUrl && { replyUrl }) }),
            responderMark: handle || (replyUrl ?? ''),
            macroTitle: settings.respondedMacroTitle,
            internalNote:
              handle === '' && replyUrl
                ? t('panel.responded.internal_note_link', { name: markedBy, platform: t(`platform.${post.platform}`), link: replyUrl })
                : t('expert.panel.responded_note', { name: markedBy, handle: handle.replace(/^@/, '') }),
          },
          start,
          onProgress,
        );
      }
    ),
  );

  const withdraw = useTransaction<WithdrawStepId, WithdrawProgress>(
    () => startWithdraw(ticketState),
    (
      (start: WithdrawProgress, onProgress: (progress: WithdrawProgress) => void) =>
        withdrawShare(
          { zendesk, slack, clock },
          {
            kind: EXPERT_REQUEST,
            ticketId: snapshot.id,
            update: buildExpertRequestUpdate(original, { status: 'withdrawn', by: snapshot.currentUser.name, at: new Date(clock.now()) }),
            internalNote: t('expert.panel.withdraw_note', { channel: channelLabel, name: snapshot.currentUser.name }),
            macroTitle: settings.expertMacroTitle,
          },
          start,
          onProgress,
        )
    ),
  );

  // The next expert in the rotation, asked in the thread.
  const next = route ? proposeExpert(route.experts.filter((expert) => !asked.some((entry) => entry.expert === expert)), rotation.asks, now).proposed : null;
  const reask = useTransaction<ReaskStepId, ReaskProgress>(
    startReask,
    (
      (start: ReaskProgress, onProgress: (progress: ReaskProgress) => void) => {
        const expert = next ?? '';
        const current = original;
        const withNext = { ...current, asked: [...current.asked, { expert, at: Math.floor(clock.now() / 1000) }] };
        return askNextExpert({ slack, clock }, { expert, threadReply: buildExpertReask(current, expert), update: buildExpertRequestUpdate(withNext, { status: 'open' }) }, start, onProgress).then(
          (done) => {
            if (done.finished) {
              activityView.refresh();
              setReaskRound((round) => round + 1);
            }
            return done;
          },
        );
      }
    ),
  );

  const busy = respond.running || withdraw.running || reask.running;
  const answered = reply !== null || (activity?.replyCount ?? 0) > 0 || (activity?.doneBy.length ?? 0) > 0;
  const quiet = !answered && now - lastAsk >= NO_ANSWER_AFTER_MS;

  if (withdraw.progress?.finished) {
    return (
      <StyledSection data-testid="expert-status">
        <Alert type="info" data-testid="expert-withdrawn">
          {t('expert.panel.withdrawn_done')}
        </Alert>
      </StyledSection>
    );
  }

  const firstExpert = asked[0]?.expert;
  return (
    <StyledSection aria-labelledby="expert-status-title" data-testid="expert-status">
      <StyledSectionTitle id="expert-status-title">{t('expert.panel.status_title')}</StyledSectionTitle>
      <StyledSubtle data-testid="expert-asked">
        {firstExpert
          ? t('expert.panel.asked_expert', { expert: asked.map((entry) => nameOf(entry.expert)).join(', '), channel: channelLabel, when: relativeTime(askedAt, now) })
          : t('expert.panel.asked_channel', { channel: channelLabel, when: relativeTime(askedAt, now) })}
      </StyledSubtle>
      <ShareActivityView activity={activity} error={activityView.error} channelLabel={channelLabel} />
      {marker.responded || respond.progress?.finished ? (
        <Alert type="success" data-testid="expert-responded">
          <Alert.Paragraph>{t('panel.status.responded')}</Alert.Paragraph>
          {respond.progress?.finished && <Alert.Paragraph>{t('panel.share.macro_saved', { title: settings.respondedMacroTitle })}</Alert.Paragraph>}
        </Alert>
      ) : (
        <>
          {reply ? (
            <DetectedReplyLine reply={reply} now={now} data-testid="expert-reply-detected" />
          ) : (
            quiet && <StyledSubtle data-testid="expert-no-answer">{t('expert.panel.no_answer_yet')}</StyledSubtle>
          )}
          {quiet && next && !reask.progress?.finished && (
            <StyledRow>
              <Button size="small" disabled={busy} onClick={() => reask.run()} data-testid="expert-ask-next">
                {t('expert.panel.ask_next', { expert: nameOf(next) })}
              </Button>
            </StyledRow>
          )}
          {reask.progress?.finished && <StyledSubtle data-testid="expert-reasked">{t('expert.panel.reasked', { expert: nameOf(asked.at(-1)?.expert ?? '') })}</StyledSubtle>}
          <TransactionView control={reask} steps={REASK_STEPS} stepsPrefix="expert.panel.reask_step" context={{ channel: channelLabel, macroTitle: '' }} />
          <RespondedForm
            detectedHandle={reply?.handle}
            {...(replyLinkFor && { replyLinkFor: { post: replyLinkFor, settings: settings.sources } })}
            disabled={busy}
            onMark={(handle) => {
              responder.current = { handle, at: new Date(reply?.createdAt ?? clock.now()), ...(reply?.replyUrl && reply.handle === handle && { replyUrl: reply.replyUrl }) };
              respond.run();
            }}
            onMarkLink={(replyUrl) => {
              responder.current = { handle: '', at: new Date(clock.now()), replyUrl };
              respond.run();
            }}
          />
          <TransactionView control={respond} steps={RESPONDED_STEPS} stepsPrefix="panel.responded.step" context={{ channel: channelLabel, macroTitle: settings.respondedMacroTitle }} />
        </>
      )}
      <WithdrawControls
        control={withdraw}
        channelLabel={channelLabel}
        label={t('expert.panel.withdraw')}
        keyPrefix="expert.panel"
        disabled={busy}
        data-testid="expert-withdraw"
      />
      <Button size="small" isBasic onClick={() => { onRefreshTicket(); activityView.refresh(); }} data-testid="expert-refresh">
        {t('panel.status.refresh')}
      </Button>
    </StyledSection>
  );
}

/** The `asked` list of the post's metadata, untrusted. */
function readAsked(value: unknown): { expert: string; at: number }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { expert, at } = entry as Record<string, unknown>;
    return typeof expert === 'string' && typeof at === 'number' ? [{ expert, at }] : [];
  });
}
