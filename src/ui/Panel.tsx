import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { COMMUNITY_SHARE, EXPERT_REQUEST } from '../workflow/involvementKind';
import { readMarker } from '../workflow/involvementMarker';
import { linkByOtherAuthor, shareBlocker } from '../workflow/shareability';
import type { PostLink } from '../sources/post';
import { readPostUrl } from '../sources/postUrl';
import type { SetupProblem } from '../workflow/setupCheck';
import type { TicketSnapshot } from '../zendesk/ticket';
import { initialChoice, type AdvocateChoice } from './advocateChoice';
import { useAutoResize } from './hooks/useAutoResize';
import { useSetupCheck } from './hooks/useSetupCheck';
import { useShare } from './hooks/useShare';
import { usePost } from './hooks/usePost';
import { useTicket } from './hooks/useTicket';
import { usePerformanceMark } from './hooks/usePerformanceMark';
import { useTriage, type TriageView } from './hooks/useTriage';
import { PanelSkeleton } from './PanelSkeleton';
import { useServices } from './ServicesProvider';
import type { ShareRun } from './shareRunner';
import { ShareSection } from './ShareSection';
import { StyledPanel } from './styled/layout';
import { SuggestionSkeleton } from './SuggestionSkeleton';
import { WithAllStrings } from './WithAllStrings';
import { PostCard } from './PostCard';

// Only the card and the Share button are in the bytes every ticket open pays for; the rest loads when shown.
const SetupBanner = lazy(() => import('./SetupBanner'));
const PanelError = lazy(() => import('./PanelError'));
/** The suggestion's code once it has loaded: drawn at once then, not through a lazy component's extra render. */
let suggestionSection: typeof import('./SuggestionSection') | undefined;
const loadSuggestionSection = () => import('./SuggestionSection').then((module) => (suggestionSection = module));
const LazySuggestionSection = lazy(loadSuggestionSection);
const ShareStatus = lazy(() => import('./ShareStatus'));
const ExpertSection = lazy(() => import('./ExpertSection'));

/** The whole sidebar: loading, error, or the ticket's card, suggestion and share. */
export function Panel() {
  const ref = useRef<HTMLElement>(null);
  const { needMore, hasSuggestionStrings } = useI18n();
  const ticket = useTicket();
  const snapshot = ticket.status === 'ready' ? ticket.snapshot : null;
  const triage = useTriage(snapshot);
  // Nothing the card does not need starts before it shows: the setup check, the other strings, the triage.
  const settled = ticket.status !== 'loading';
  // Nor does anything the suggestion does not need start before it shows (its code and strings are in): the setup
  // check's code, Slack client and calls, the strings of the share's steps, errors and experts wait for it, or for its
  // failure, or for a ticket that could not be read.
  const suggested = ticket.status === 'error' || triage.failed === true || (triage.suggestion !== undefined && hasSuggestionStrings);
  // What an expert request needs is checked only once a ticket needs an expert.
  const [expertNeeded, setExpertNeeded] = useState(false);
  const onExpertNeeded = useCallback(() => setExpertNeeded(true), []);
  const setup = useSetupCheck(settled && suggested, expertNeeded);
  // The suggestion's strings as the card shows, the others once the suggestion does.
  useEffect(() => {
    if (settled) needMore(suggested ? undefined : 'suggestion');
  }, [settled, suggested, needMore]);
  useAutoResize(ref);

  return (
    <StyledPanel ref={ref} data-testid="panel" data-setup={setup.status} aria-busy={ticket.status === 'loading'}>
      {(setup.problems.length > 0 || setup.status === 'failed') && (
        <WithAllStrings fallback={null}>
          <SetupBanner setup={setup} />
        </WithAllStrings>
      )}
      {ticket.status === 'loading' && <PanelSkeleton />}
      {ticket.status === 'error' && (
        <WithAllStrings fallback={null}>
          <PanelError error={ticket.error} onRetry={ticket.retry} />
        </WithAllStrings>
      )}
      {snapshot && (
        <TicketView
          key={snapshot.id}
          snapshot={snapshot}
          triage={triage}
          onRefreshTicket={ticket.status === 'ready' ? ticket.refresh : noop}
          channelLabel={setup.channelLabel}
          setupBroken={setup.broken}
          setupProblems={setup.problems}
          channelNames={setup.channelNames}
          onExpertNeeded={onExpertNeeded}
          workspaceUrl={setup.workspaceUrl}
        />
      )}
    </StyledPanel>
  );
}

interface TicketViewProps {
  snapshot: TicketSnapshot;
  triage: TriageView;
  onRefreshTicket: () => void;
  channelLabel: string;
  setupBroken: boolean;
  setupProblems: readonly SetupProblem[];
  channelNames: Readonly<Record<string, string>> | null;
  onExpertNeeded: () => void;
  workspaceUrl?: string;
}

function TicketView({ snapshot, triage, onRefreshTicket, channelLabel, setupBroken, setupProblems, channelNames, onExpertNeeded, workspaceUrl }: TicketViewProps) {
  const { t, hasSuggestionStrings } = useI18n();
  const services = useServices();
  const { settings } = services;
  const [typedLink, setTypedLink] = useState<PostLink | null>(null);
  const [choice, setChoice] = useState<AdvocateChoice | null>(null);
  const suggestion = triage.suggestion;
  // The card is committed with this view (here, not in the card: `boot/rehearsal.tsx` draws the card off screen).
  usePerformanceMark('ci:card');
  const post = usePost(snapshot, typedLink);
  const marker = readMarker(COMMUNITY_SHARE, snapshot.tags);
  const expertMarker = readMarker(EXPERT_REQUEST, snapshot.tags);
  // Reopened after an expert was asked or the post shared, the decision is what was done, not the suggestion again.
  const recorded = expertMarker.state !== 'none' ? 'expert' : marker.state !== 'none' ? 'involve' : null;
  const current = choice ?? (suggestion ? initialChoice(suggestion, recorded) : null);
  const category = current?.category ?? 'other';
  const skipReason = current?.decision === 'skip' ? suggestion?.skipReason : null;
  // A withdrawn request keeps its section: it says so, and the request can be made again.
  const expertShown = current?.decision === 'expert' || expertMarker.state !== 'none' || expertMarker.withdrawn;
  useEffect(() => {
    if (expertShown) onExpertNeeded();
  }, [expertShown, onExpertNeeded]);
  const toneRules = useMemo(() => triage.triage?.toneRulesFor(category, skipReason) ?? [], [triage.triage, category, skipReason]);

  const describeShare = useCallback(
    (): Omit<ShareRun, 'force'> => ({
      input: {
        snapshot,
        post,
        channel: settings.channelId,
        subdomain: services.subdomain,
        category,
        reasons: suggestion?.reasons ?? [],
        note: current?.note,
        sharedBy: snapshot.currentUser.name,
        guidelinesUrl: settings.guidelinesUrl,
        toneRules,
      },
      ticketId: snapshot.id,
      macroTitle: settings.involvementMacroTitle,
      internalNote: (permalink) => t('panel.share.internal_note', { channel: channelLabel, name: snapshot.currentUser.name, permalink }),
    }),
    [settings, post, snapshot, services.subdomain, category, suggestion, current, toneRules, t, channelLabel],
  );

  const ticketState = useMemo(
    () => ({ tags: snapshot.tags, updatedAt: snapshot.updatedAt, status: snapshot.status }),
    [snapshot.tags, snapshot.updatedAt, snapshot.status],
  );
  const control = useShare(ticketState, describeShare);
  const [urlInvalid, setUrlInvalid] = useState(false);
  const [confirmedUrl, setConfirmedUrl] = useState<string | null>(null);
  const otherAuthor = typedLink !== null && linkByOtherAuthor(post);
  const urlCheck = useMemo(
    () => ({
      otherAuthor,
      confirmed: confirmedUrl === post.url,
      onConfirm: (confirmed: boolean) => setConfirmedUrl(confirmed ? post.url : null),
      onInvalidChange: setUrlInvalid,
    }),
    [otherAuthor, confirmedUrl, post.url],
  );
  const blocker = shareBlocker({
    channelId: settings.channelId,
    setupBroken,
    ticketStatus: snapshot.status,
    post,
    marker,
    urlInvalid,
    otherAuthorUnconfirmed: otherAuthor && confirmedUrl !== post.url,
  });
  const readUrl = useCallback((raw: string) => readPostUrl(raw, settings.sources), [settings.sources]);
  // The suggestion's code downloads beside the triage, after the card is on screen.
  useEffect(() => {
    void loadSuggestionSection();
  }, []);
  const SuggestionSection = suggestionSection?.default ?? LazySuggestionSection;

  return (
    <>
      <PostCard
        post={post}
        text={snapshot.description}
        reasons={suggestion?.reasons ?? []}
        typed={typedLink !== null}
        onTypedLinkChange={setTypedLink}
        readUrl={readUrl}
        urlCheck={urlCheck}
      />
      {marker.state === 'shared' && !control.progress ? (
        <WithAllStrings fallback={<SuggestionSkeleton />}>
        <ShareStatus
          snapshot={snapshot}
          marker={marker}
          channelLabel={channelLabel}
          workspaceUrl={workspaceUrl}
          onRefreshTicket={onRefreshTicket}
          replyLinkFor={post.repliesComeBack ? null : post.link}
          postArgs={{
            snapshot,
            post,
            channel: marker.channel,
            subdomain: services.subdomain,
            category,
            reasons: suggestion?.reasons ?? [],
            sharedBy: snapshot.currentUser.name,
            guidelinesUrl: settings.guidelinesUrl,
            toneRules,
          }}
        />
        </WithAllStrings>
      ) : (
        <>
          {suggestion && hasSuggestionStrings ? (
            // The panel asked for the suggestion's strings as the card showed; the rest of the strings can come later.
            <Suspense fallback={<SuggestionSkeleton />}>
              <SuggestionSection
                suggestion={suggestion}
                choice={current}
                onChoiceChange={setChoice}
                toneRules={toneRules}
                guidelinesUrl={settings.guidelinesUrl}
                checklist={triage.triage ? triage.triage.checklistFor(suggestion) : []}
              />
            </Suspense>
          ) : (
            <SuggestionSkeleton />
          )}
          <ShareSection
            channelLabel={channelLabel}
            macroTitle={settings.involvementMacroTitle}
            blocker={blocker}
            platform={post.platform}
            decision={current?.decision}
            marker={marker}
            control={control}
          />
        </>
      )}
      {expertShown && (
        <WithAllStrings fallback={<SuggestionSkeleton />}>
          <ExpertSection
            snapshot={snapshot}
            post={{ platform: post.platform, url: post.url ?? '', text: snapshot.description, authorName: post.author.name, authorHandle: post.author.handle ?? '' }}
            isPrivate={!post.isPublic}
            replyLinkFor={post.repliesComeBack ? null : post.link}
            setupProblems={setupProblems}
            channelNames={channelNames}
            onRefreshTicket={onRefreshTicket}
          />
        </WithAllStrings>
      )}
    </>
  );
}

function noop(): void {}
