import { useEffect, useState } from 'react';
import type { Suggestion } from '../../triage/types';
import type { AppSettings } from '../../workflow/settings';
import type { TicketSnapshot } from '../../zendesk/ticket';
import { useServices } from '../ServicesProvider';

type TriageModule = typeof import('../../triage');

/** The triage, its lexicon and its model (compiled as the chunk loads) come in their own chunk, once. */
let triageModule: Promise<TriageModule> | null = null;
export function loadTriage(): Promise<TriageModule> {
  triageModule ??= import('../../triage');
  return triageModule;
}

export interface TriageView {
  /** Undefined while the triage chunk loads. */
  suggestion?: Suggestion;
  triage?: TriageModule;
}

const NOT_YET: TriageView = {};

function triageTicket(triage: TriageModule, snapshot: TicketSnapshot, settings: AppSettings['triage']): TriageView {
  const comments = snapshot.comments.map((comment) => ({ body: comment.body, htmlBody: comment.htmlBody }));
  const suggestion = triage.suggest({ text: snapshot.description, via: snapshot.via, comments, requesterHandle: snapshot.requester.handle }, triage.settingsFromAppSettings(settings));
  return { suggestion, triage };
}

/**
 * The suggestion for the ticket. The triage chunk is requested only once there is a ticket, so it never competes
 * with the card for the network or the main thread; scoring runs in its own task after the card is painted, not
 * inside a render. A refreshed ticket keeps the last suggestion on screen until its own is ready.
 */
export function useTriage(snapshot: TicketSnapshot | null): TriageView {
  const { settings } = useServices();
  const [triage, setTriage] = useState<TriageModule | undefined>(undefined);
  const [view, setView] = useState<TriageView>(NOT_YET);
  const hasTicket = snapshot !== null;

  useEffect(() => {
    if (!hasTicket) return undefined;
    let active = true;
    void loadTriage().then((module) => {
      if (active) setTriage(module);
    });
    return () => {
      active = false;
    };
  }, [hasTicket]);

  useEffect(() => {
    if (!triage || !snapshot) return undefined;
    const task = setTimeout(() => setView(triageTicket(triage, snapshot, settings.triage)), 0);
    return () => clearTimeout(task);
  }, [triage, snapshot, settings.triage]);

  return view;
}
