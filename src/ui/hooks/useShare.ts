import { useCallback, useRef, useState } from 'react';
import { shareTweet, startShare, type ShareProgress, type ShareRequest } from '../../workflow/shareTweet';
import type { TicketState } from '../../workflow/ports';
import { useServices } from '../ServicesProvider';
import { useZafEvent } from './useZafEvent';

export interface ShareControl {
  /** Null until the advocate clicks Share. */
  progress: ShareProgress | null;
  running: boolean;
  /** Starts the share, or resumes it from the failed step. A click while it runs does nothing. */
  share: (options?: { force?: boolean }) => void;
  /** The agent submitted the ticket after the macro landed in the editor. */
  submitted: boolean;
}

/** Runs the share transaction for the open ticket and keeps its step list for the panel. */
export function useShare(ticket: TicketState, buildRequest: () => ShareRequest): ShareControl {
  const { zendesk, slack, clock } = useServices();
  const [progress, setProgress] = useState<ShareProgress | null>(null);
  const [running, setRunning] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const latest = useRef<ShareProgress | null>(null);
  const busy = useRef(false);

  useZafEvent(['ticket.submit.done'], () => {
    if (latest.current?.finished) setSubmitted(true);
  });

  const share = useCallback(
    (options?: { force?: boolean }) => {
      if (busy.current) return;
      busy.current = true;
      setRunning(true);
      const start = latest.current && !latest.current.finished ? latest.current : startShare(ticket);
      const track = (next: ShareProgress) => {
        latest.current = next;
        setProgress(next);
      };
      void shareTweet({ zendesk, slack, clock }, { ...buildRequest(), force: options?.force }, start, track)
        .then(track)
        .finally(() => {
          busy.current = false;
          setRunning(false);
        });
    },
    [zendesk, slack, clock, ticket, buildRequest],
  );

  return { progress, running, share, submitted };
}
