import { useCallback, useState } from 'react';
import type { InvolvementProgress, InvolvementStepId } from '../../workflow/involve';
import { startInvolvement } from '../../workflow/involvementStart';
import type { TicketState } from '../../workflow/ports';
import type { ShareRun } from '../shareRunner';
import { useServices } from '../ServicesProvider';
import { useTransaction } from './useTransaction';
import { useZafEvent } from './useZafEvent';

export interface ShareControl {
  /** Null until the advocate clicks Share. */
  progress: InvolvementProgress | null;
  running: boolean;
  /** Starts the share, or resumes it from the failed step. A click while it runs does nothing. */
  share: (options?: { force?: boolean }) => void;
  /** The agent submitted the ticket since the share finished: the panel shows the share's status instead of its result. */
  submitted: boolean;
}

/** Runs the share transaction for the open ticket and keeps its step list for the panel. */
export function useShare(ticket: TicketState, describe: () => Omit<ShareRun, 'force'>): ShareControl {
  const { zendesk, slack, clock } = useServices();
  const [submitted, setSubmitted] = useState(false);
  const begin = useCallback(() => startInvolvement(ticket), [ticket]);
  const execute = useCallback(
    async (start: InvolvementProgress, onProgress: (progress: InvolvementProgress) => void, options?: { force?: boolean }) => {
      const { runShare } = await import('../shareRunner');
      return runShare({ zendesk, slack, clock }, { ...describe(), force: options?.force }, start, onProgress);
    },
    [zendesk, slack, clock, describe],
  );
  const { progress, running, run } = useTransaction<InvolvementStepId, InvolvementProgress>(begin, execute);

  useZafEvent(['ticket.submit.done'], () => {
    if (progress?.finished) setSubmitted(true);
  });

  return { progress, running, share: run, submitted };
}
