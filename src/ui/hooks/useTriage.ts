import { useEffect, useMemo, useState } from 'react';
import type { Suggestion } from '../../triage/types';
import type { TicketSnapshot } from '../../zendesk/ticket';
import { useServices } from '../ServicesProvider';

type TriageModule = typeof import('../../triage');

/** The triage and its lexicon load in their own chunk, in parallel with the ticket, so the card never waits. */
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

export function useTriage(snapshot: TicketSnapshot | null): TriageView {
  const { settings } = useServices();
  const [triage, setTriage] = useState<TriageModule | undefined>(undefined);

  useEffect(() => {
    let active = true;
    void loadTriage().then((module) => {
      if (active) setTriage(module);
    });
    return () => {
      active = false;
    };
  }, []);

  return useMemo<TriageView>(() => {
    if (!triage || !snapshot) return {};
    const comments = snapshot.comments.map((comment) => ({ body: comment.body, htmlBody: comment.htmlBody }));
    const suggestion = triage.suggest(
      { text: snapshot.description, via: snapshot.via, comments },
      triage.settingsFromAppSettings(settings.triage),
    );
    return { suggestion, triage };
  }, [triage, snapshot, settings.triage]);
}
