import { useCallback, useEffect, useRef, useState } from 'react';
import type { TicketSnapshot } from '../../zendesk/ticket';
import { useServices } from '../ServicesProvider';
import { useZafEvent } from './useZafEvent';

/** Ticket events after which what the panel shows may be stale. */
const TICKET_EVENTS = ['ticket.updated', 'ticket.tags.changed', 'ticket.comments.changed', 'ticket.status.changed'] as const;
/** Several events arrive together after one save; read the ticket once for all of them. */
const REFRESH_DEBOUNCE_MS = 250;

export type TicketLoad =
  | { status: 'loading' }
  | { status: 'error'; error: unknown; retry: () => void }
  | { status: 'ready'; snapshot: TicketSnapshot; refresh: () => void };

/** The open ticket, read once on open and again (quietly, keeping the old view) when the ticket changes. */
export function useTicket(): TicketLoad {
  const { loadTicket, firstTicket } = useServices();
  const [snapshot, setSnapshot] = useState<TicketSnapshot | null>(firstTicket ?? null);
  const hadFirstTicket = useRef(firstTicket !== undefined);
  const [error, setError] = useState<unknown>(null);
  const generation = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const load = useCallback(() => {
    generation.current += 1;
    const mine = generation.current;
    loadTicket().then(
      (next) => {
        if (mine !== generation.current) return;
        setSnapshot(next);
        setError(null);
      },
      (failure: unknown) => {
        if (mine === generation.current) setError(failure);
      },
    );
  }, [loadTicket]);

  useEffect(() => {
    // The first render already has the ticket; later reads come from events and retries.
    if (hadFirstTicket.current) hadFirstTicket.current = false;
    else load();
    return () => {
      generation.current += 1;
      clearTimeout(timer.current);
    };
  }, [load]);

  const refresh = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(load, REFRESH_DEBOUNCE_MS);
  }, [load]);

  useZafEvent(TICKET_EVENTS, refresh);

  const retry = useCallback(() => {
    setError(null);
    setSnapshot(null);
    load();
  }, [load]);

  if (snapshot) return { status: 'ready', snapshot, refresh };
  if (error) return { status: 'error', error, retry };
  return { status: 'loading' };
}
