import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { Anchor } from '@zendeskgarden/react-buttons';
import { Field, Select } from '@zendeskgarden/react-forms';
import { Alert } from '@zendeskgarden/react-notifications';
import { AREAS, type Area } from '../experts/areas';
import { parseExpertRouting, routeFor } from '../experts/routing';
import type { ExpertStanding } from '../experts/rotation';
import { compileAreas, suggestArea } from '../experts/suggestArea';
import { useI18n } from '../i18n/I18nProvider';
import type { PostLink, PostQuote } from '../sources/post';
import { settingsFromAppSettings } from '../triage/settings';
import type { InvolvementProgress, InvolvementStepId } from '../workflow/involve';
import { EXPERT_REQUEST } from '../workflow/involvementKind';
import { readMarker } from '../workflow/involvementMarker';
import { INVOLVEMENT_STEPS, startInvolvement } from '../workflow/involvementStart';
import type { SetupProblem } from '../workflow/setupCheck';
import type { TicketSnapshot } from '../zendesk/ticket';
import { useExpertNames } from './hooks/useExpertNames';
import { useExpertRotation } from './hooks/useExpertRotation';
import { useTransaction } from './hooks/useTransaction';
import { useUntilSubmitted } from './hooks/useUntilSubmitted';
import { useServices } from './ServicesProvider';
import { StyledPrimaryButton } from './styled/firstPaint';
import { StyledSection, StyledSectionTitle, StyledSubtle } from './styled/layout';
import { TransactionView } from './TransactionView';
import type { ExpertAskRun } from './askExpert';

const ExpertStatus = lazy(() => import('./ExpertStatus'));

export interface ExpertSectionProps {
  snapshot: TicketSnapshot;
  /** The post as the card shows it; `url` '' when the ticket has no link yet. */
  post: PostQuote;
  /** A private message is never posted. */
  isPrivate: boolean;
  /** The post, where its replies do not come back into Zendesk: Mark as responded asks for the reply's link. */
  replyLinkFor: PostLink | null;
  /** The setup check's problems: a routing line to fix stops only its own area. */
  setupProblems: readonly SetupProblem[];
  /** The routing's channels as the expert setup check named them; null while it runs. */
  channelNames: Readonly<Record<string, string>> | null;
  onRefreshTicket: () => void;
}

/** "Ask an expert": the area and expert proposed with their reasons, one button, its steps; then the request's status. */
export default function ExpertSection(props: ExpertSectionProps) {
  const { snapshot } = props;
  const marker = readMarker(EXPERT_REQUEST, snapshot.tags);
  const ticketState = useMemo(() => ({ tags: snapshot.tags, updatedAt: snapshot.updatedAt, status: snapshot.status }), [snapshot.tags, snapshot.updatedAt, snapshot.status]);
  // What the click asked for; a Retry runs the same request again.
  const asked = useRef<ExpertAskRun | null>(null);
  const { zendesk, slack, clock } = useServices();
  const begin = useCallback(() => startInvolvement(ticketState), [ticketState]);
  const execute = useCallback(
    async (start: InvolvementProgress, onProgress: (progress: InvolvementProgress) => void, options?: { force?: boolean }) => {
      const { runExpertRequest } = await import('./askExpert');
      if (!asked.current) throw new Error('The expert request ran before the advocate described it');
      return runExpertRequest({ zendesk, slack, clock }, { ...asked.current, force: options?.force }, start, onProgress);
    },
    [zendesk, slack, clock],
  );
  // As for a share: the result stays until the agent submits the ticket, then the request's status (withdraw, replies) takes over.
  const control = useUntilSubmitted(useTransaction<InvolvementStepId, InvolvementProgress>(begin, execute));

  if (marker.state === 'shared' && !control.progress) {
    return (
      <Suspense fallback={null}>
        <ExpertStatus
          snapshot={snapshot}
          marker={marker}
          post={props.post}
          replyLinkFor={props.replyLinkFor}
          channelNames={props.channelNames}
          onRefreshTicket={props.onRefreshTicket}
        />
      </Suspense>
    );
  }
  const onAsk = (run: ExpertAskRun) => {
    asked.current = run;
    control.run();
  };
  return <ExpertRequestForm {...props} control={control} pending={marker.state === 'pending'} withdrawn={marker.state === 'none' && marker.withdrawn} onAsk={onAsk} />;
}

interface FormProps extends ExpertSectionProps {
  control: ReturnType<typeof useTransaction<InvolvementStepId, InvolvementProgress>>;
  pending: boolean;
  /** The ticket's last request was withdrawn: said here, read from the ticket, so it outlives the refresh after the save. */
  withdrawn: boolean;
  onAsk: (run: ExpertAskRun) => void;
}

function ExpertRequestForm({ snapshot, post, isPrivate, setupProblems, channelNames, control, pending, withdrawn, onAsk }: FormProps) {
  const { t, relativeTime } = useI18n();
  const { settings, subdomain, clock } = useServices();
  const compiled = useMemo(() => {
    const triage = settingsFromAppSettings(settings.triage);
    return compileAreas({ brandNames: triage.brandNames, brandHandles: triage.brandHandles });
  }, [settings.triage]);
  const suggestion = useMemo(() => suggestArea(post.text, compiled), [post.text, compiled]);
  const routing = useMemo(() => parseExpertRouting(settings.expertRouting), [settings.expertRouting]);
  const [pickedArea, setPickedArea] = useState<Area | null>(null);
  const area = pickedArea ?? suggestion.area;
  const route = routeFor(routing, area);
  const rotation = useExpertRotation(route, channelNames);
  const [pickedExpert, setPickedExpert] = useState<{ area: Area; expert: string } | null>(null);
  const proposed = rotation.proposal?.proposed ?? '';
  // After a reload mid-way, the request may be in the channel already: resuming keeps the expert it mentions.
  const resumed = pending ? rotation.asks.find((ask) => ask.ticketId === snapshot.id && !ask.answered)?.expert : undefined;
  const expert = pickedExpert?.area === area ? pickedExpert.expert : (resumed ?? proposed);
  const nameOf = useExpertNames(route?.experts ?? []);
  const channelLabel = rotation.channelName ? `#${rotation.channelName}` : (route?.channel ?? '');
  const brokenLine = route ? setupProblems.find((problem) => problem.code === 'expert_routing' && problem.params.line === String(route.line)) : undefined;
  const areaName = t(`expert.area.${area}`);
  const { progress, running } = control;

  const blocker = isPrivate
    ? t('expert.panel.private')
    : !route
      ? t('expert.panel.not_routed', { area: areaName })
      : brokenLine
        ? t('expert.panel.line_broken', { line: route.line })
        : !post.url
          ? t('expert.panel.no_url')
          : null;

  const ask = () => {
    if (!route || blocker) return;
    const now = clock.now();
    const name = snapshot.currentUser.name;
    onAsk({
      input: {
        channel: route.channel,
        post,
        ticket: { id: snapshot.id, url: `https://${subdomain}.zendesk.com/agent/tickets/${snapshot.id}` },
        area: { id: area, name: areaName },
        asked: expert ? [{ expert, at: Math.floor(now / 1000) }] : [],
        askedBy: name,
        guidelinesUrl: settings.guidelinesUrl,
      },
      macroTitle: settings.expertMacroTitle,
      // The post in the channel says who was asked: after a reload it may be one an earlier run made.
      internalNote: (permalink, posted) =>
        typeof posted.expert === 'string' && posted.expert !== ''
          ? t('expert.panel.internal_note', { channel: channelLabel, expert: nameOf(posted.expert), name, permalink })
          : t('expert.panel.internal_note_channel', { channel: channelLabel, name, permalink }),
    });
  };

  const reason = (standing: ExpertStanding) =>
    standing.lastAskedAt === null
      ? t('expert.panel.reason_never', { open: standing.open })
      : t('expert.panel.reason_asked', { when: relativeTime(standing.lastAskedAt, clock.now()), open: standing.open });

  return (
    <StyledSection aria-labelledby="expert-title" data-testid="expert-section">
      <StyledSectionTitle id="expert-title">{t('expert.panel.title')}</StyledSectionTitle>
      {withdrawn && !progress && (
        <Alert type="info" data-testid="expert-withdrawn">
          {t('expert.panel.withdrawn_done')}
        </Alert>
      )}
      <Field>
        <Field.Label>{t('expert.panel.area_label')}</Field.Label>
        <Field.Hint data-testid="expert-area-evidence">
          {suggestion.evidence.length > 0
            ? t('expert.panel.suggested_from', { words: suggestion.evidence.map((evidence) => `“${evidence.text}”`).join(', ') })
            : t('expert.panel.suggested_none')}
        </Field.Hint>
        <Select value={area} disabled={running || progress !== null} onChange={(event) => setPickedArea(event.target.value as Area)} data-testid="expert-area">
          {AREAS.map((id) => (
            <option key={id} value={id}>
              {t(`expert.area.${id}`)}
            </option>
          ))}
        </Select>
      </Field>
      {area === 'availability' && <StyledSubtle data-testid="expert-incident-hint">{t('expert.panel.availability_hint')}</StyledSubtle>}
      {route && (
        <Field>
          <Field.Label>{t('expert.panel.expert_label')}</Field.Label>
          <Select
            value={expert}
            disabled={running || progress !== null}
            onChange={(event) => setPickedExpert({ area, expert: event.target.value })}
            data-testid="expert-pick"
          >
            {(rotation.proposal?.standings ?? route.experts.map((id) => ({ expert: id, lastAskedAt: null, open: 0 }))).map((standing) => (
              <option key={standing.expert} value={standing.expert}>
                {`${nameOf(standing.expert)} · ${rotation.status === 'ready' ? reason(standing) : ''}`}
              </option>
            ))}
            <option value="">{t('expert.panel.nobody')}</option>
          </Select>
        </Field>
      )}
      {route && <RotationNote status={rotation.status} expertCount={route.experts.length} proposed={proposed} />}
      {expert && rotation.proposal && (
        <StyledSubtle data-testid="expert-reason">
          {(() => {
            const standing = rotation.proposal.standings.find((entry) => entry.expert === expert);
            return standing ? `${nameOf(expert)}: ${reason(standing)}` : null;
          })()}
        </StyledSubtle>
      )}
      {pending && !progress && <StyledSubtle data-testid="expert-pending">{t('panel.share.pending_elsewhere')}</StyledSubtle>}
      {!progress && (
        <StyledPrimaryButton type="button" disabled={running || blocker !== null} aria-describedby={blocker ? 'expert-blocked' : undefined} onClick={ask} data-testid="expert-ask">
          {t('expert.panel.button', { channel: channelLabel || areaName })}
        </StyledPrimaryButton>
      )}
      {blocker && !progress && (
        <StyledSubtle id="expert-blocked" data-testid="expert-blocked">
          {blocker}
        </StyledSubtle>
      )}
      {progress && (
        <div data-testid="expert-progress">
          <TransactionView
            control={control}
            steps={INVOLVEMENT_STEPS}
            stepsPrefix="expert.panel.step"
            context={{ channel: channelLabel, macroTitle: settings.expertMacroTitle }}
            onForce={() => control.run({ force: true })}
          />
          {progress.finished && (
            <div data-testid="expert-result">
              {progress.alreadyShared ? (
                <Alert type="info">{t('expert.panel.already_asked')}</Alert>
              ) : (
                <Alert type="success">
                  <Alert.Title>{t('expert.panel.done_title', { channel: channelLabel })}</Alert.Title>
                  {progress.permalink && (
                    <Alert.Paragraph>
                      <Anchor href={progress.permalink} isExternal externalIconLabel={t('panel.common.opens_new_tab')}>
                        {t('panel.share.view_in_slack')}
                      </Anchor>
                    </Alert.Paragraph>
                  )}
                  <Alert.Paragraph>{progress.macroMissing ? t('expert.panel.macro_missing', { title: settings.expertMacroTitle }) : t('panel.share.macro_saved', { title: settings.expertMacroTitle })}</Alert.Paragraph>
                </Alert>
              )}
            </div>
          )}
        </div>
      )}
    </StyledSection>
  );
}

function RotationNote({ status, expertCount, proposed }: { status: string; expertCount: number; proposed: string }) {
  const { t } = useI18n();
  if (expertCount === 0) return <StyledSubtle data-testid="expert-note">{t('expert.panel.no_experts')}</StyledSubtle>;
  if (status === 'loading') return <StyledSubtle role="status">{t('expert.panel.reading_history')}</StyledSubtle>;
  if (status === 'failed') return <StyledSubtle data-testid="expert-note">{t('expert.panel.history_failed')}</StyledSubtle>;
  if (status === 'ready' && !proposed) return <StyledSubtle data-testid="expert-note">{t('expert.panel.all_busy')}</StyledSubtle>;
  return null;
}
