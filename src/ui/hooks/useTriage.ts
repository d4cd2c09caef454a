import { useEffect, useState } from 'react';
import type { Suggestion } from '../../triage/types';
import type { AppSettings } from '../../workflow/settings';
import type { TicketSnapshot } from '../../zendesk/ticket';
import { useServices } from '../ServicesProvider';

type TriageModule = typeof import('../../triage');

/** The triage, its lexicon and its model's frequent keys come in their own chunk, once; the rest of the model in pieces a ticket needs. */
let triageModule: Promise<TriageModule> | null = null;
export function loadTriage(): Promise<TriageModule> {
  triageModule ??= import('../../triage');
  return triageModule;
}

export interface TriageView {
  /** Undefined while the triage chunk loads. */
  suggestion?: Suggestion;
  triage?: TriageModule;
  /** The triage chunk or a piece of its model could not load (a deploy replaced it, the network dropped): no suggestion will come. */
  failed?: boolean;
}

const NOT_YET: TriageView = {};

async function triageTicket(triage: TriageModule, snapshot: TicketSnapshot, settings: AppSettings['triage']): Promise<TriageView> {
  // The triage reads each comment's body and HTML body only.
  const suggestion = await triage.suggestForPanel({ text: snapshot.description, via: snapshot.via, comments: snapshot.comments, requesterHandle: snapshot.requester.handle }, settings);
  return { suggestion, triage };
}

/**
 * The suggestion for the ticket. The triage chunk is requested only once there is a ticket (the card's commit), so
 * it never competes with the card for the network or the main thread. The ticket is scored as soon as the chunk
 * has run and the model's pieces for its words have come, outside any render, and only the result is rendered: one render for the
 * suggestion, not one for the module and another for the score. A refreshed ticket keeps the last suggestion on
 * screen until its own is ready.
 */
export function useTriage(snapshot: TicketSnapshot | null): TriageView {
  const { settings } = useServices();
  const [view, setView] = useState<TriageView>(NOT_YET);

  useEffect(() => {
    if (!snapshot) return undefined;
    let active = true;
    loadTriage().then((triage) => triageTicket(triage, snapshot, settings.triage)).then(
      (triaged) => {
        if (active) setView(triaged);
      },
      // The panel goes on without a suggestion; what waited for it starts.
      () => {
        if (active) setView({ failed: true });
      },
    );
    return () => {
      active = false;
    };
  }, [snapshot, settings.triage]);

  return view;
}
