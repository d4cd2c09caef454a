import { useCallback, useMemo, useRef, useState } from 'react';
import type { Suggestion } from '../triage/types';
import { useI18n } from '../i18n/I18nProvider';
import { readShareMarker } from '../workflow/shareMarker';
import { shareBlocker } from '../workflow/shareability';
import type { ShareRequest } from '../workflow/shareTweet';
import type { TicketSnapshot } from '../zendesk/ticket';
import { buildShareMessage } from '../slack/shareMessage';
import { useAutoResize } from './hooks/useAutoResize';
import { useSetupCheck } from './hooks/useSetupCheck';
import { useShare } from './hooks/useShare';
import { useTicket } from './hooks/useTicket';
import { useTriage, type TriageView } from './hooks/useTriage';
import { PanelError } from './PanelError';
import { PanelSkeleton } from './PanelSkeleton';
import { useServices } from './ServicesProvider';
import { SetupBanner } from './SetupBanner';
import { ShareSection } from './ShareSection';
import { ShareStatus } from './ShareStatus';
import { StyledPanel } from './styled/layout';
import { SuggestionSection, type AdvocateChoice } from './SuggestionSection';
import { TweetCard } from './TweetCard';

/** The whole sidebar: loading, error, or the ticket's card, suggestion and share. */
export function Panel() {
  const ref = useRef<HTMLElement>(null);
  const ticket = useTicket();
  const snapshot = ticket.status === 'ready' ? ticket.snapshot : null;
  const triage = useTriage(snapshot);
  const setup = useSetupCheck();
  useAutoResize(ref);

  return (
    <StyledPanel ref={ref} data-testid="panel" aria-busy={ticket.status === 'loading'}>
      <SetupBanner setup={setup} />
      {ticket.status === 'loading' && <PanelSkeleton />}
      {ticket.status === 'error' && <PanelError error={ticket.error} onRetry={ticket.retry} />}
      {snapshot && <TicketView key={snapshot.id} snapshot={snapshot} triage={triage} channelLabel={setup.channelLabel} setupBroken={setup.broken} />}
    </StyledPanel>
  );
}

interface TicketViewProps {
  snapshot: TicketSnapshot;
  triage: TriageView;
  channelLabel: string;
  setupBroken: boolean;
}

function TicketView({ snapshot, triage, channelLabel, setupBroken }: TicketViewProps) {
  const { t } = useI18n();
  const services = useServices();
  const { settings } = services;
  const [typedUrl, setTypedUrl] = useState<string | null>(null);
  const [choice, setChoice] = useState<AdvocateChoice | null>(null);
  const suggestion = triage.suggestion;
  const current = choice ?? (suggestion ? initialChoice(suggestion) : null);
  const tweetUrl = typedUrl ?? triage.foundUrl;
  const marker = readShareMarker(snapshot.tags);
  const author = authorOf(snapshot);
  const isDirectMessage = suggestion?.isDirectMessage ?? false;
  const category = current?.category ?? 'other';
  const toneRules = useMemo(() => triage.triage?.toneRulesFor(category) ?? [], [triage.triage, category]);

  const buildRequest = useCallback((): ShareRequest => {
    const message = buildShareMessage({
      channel: settings.channelId,
      tweet: { url: tweetUrl ?? '', text: snapshot.description, authorName: author.name, authorHandle: author.handle ?? '' },
      ticket: { id: snapshot.id, url: `https://${services.subdomain}.zendesk.com/agent/tickets/${snapshot.id}` },
      category,
      reasons: (suggestion?.reasons ?? []).map((reason) => ({ signal: reason.signal, evidence: reason.evidence.map((e) => e.text) })),
      note: current?.note.trim() || undefined,
      sharedBy: snapshot.currentUser.name,
      guidelinesUrl: settings.guidelinesUrl,
      toneRules,
    });
    return {
      ticketId: snapshot.id,
      channel: settings.channelId,
      macroTitle: settings.involvementMacroTitle,
      message,
      internalNote: (permalink) => t('panel.share.internal_note', { channel: channelLabel, name: snapshot.currentUser.name, permalink }),
    };
  }, [settings, tweetUrl, snapshot, author, services.subdomain, category, suggestion, current, toneRules, t, channelLabel]);

  const control = useShare({ tags: snapshot.tags, updatedAt: snapshot.updatedAt, status: snapshot.status }, buildRequest);
  const blocker = shareBlocker({ channelId: settings.channelId, setupBroken, isDirectMessage, tweetUrl, marker });

  return (
    <>
      <TweetCard
        author={author}
        text={snapshot.description}
        isDirectMessage={isDirectMessage}
        reasons={suggestion?.reasons ?? []}
        foundUrl={triage.foundUrl}
        shortLinks={triage.shortLinks}
        typedUrl={typedUrl}
        onTypedUrlChange={setTypedUrl}
        parseUrl={triage.parseUrl}
      />
      {marker.state === 'shared' && !control.progress ? (
        <ShareStatus snapshot={snapshot} marker={marker} channelLabel={channelLabel} />
      ) : (
        <>
          <SuggestionSection
            suggestion={suggestion}
            choice={current}
            onChoiceChange={setChoice}
            toneRules={toneRules}
            guidelinesUrl={settings.guidelinesUrl}
            checklist={suggestion && triage.triage ? triage.triage.checklistFor(suggestion) : []}
          />
          <ShareSection
            channelLabel={channelLabel}
            macroTitle={settings.involvementMacroTitle}
            blocker={blocker}
            decision={current?.decision}
            marker={marker}
            control={control}
          />
        </>
      )}
    </>
  );
}

function initialChoice(suggestion: Suggestion): AdvocateChoice {
  return { decision: suggestion.decision, category: suggestion.category, note: '' };
}

/** The tweet's author from the X channel's via source, else the requester. */
function authorOf(snapshot: TicketSnapshot) {
  const from = snapshot.via.source?.from;
  return {
    name: from?.name || snapshot.requester.name,
    handle: from?.username || snapshot.requester.handle,
    profileUrl: from?.profile_url || snapshot.requester.profileUrl,
  };
}
