import { useCallback } from 'react';
import type { InvolvementProgress, InvolvementStepId } from '../../workflow/involve';
import { startInvolvement } from '../../workflow/involvementStart';
import type { TicketState } from '../../workflow/ports';
import type { ShareRun } from '../shareRunner';
import { useServices } from '../ServicesProvider';
import { useTransaction } from './useTransaction';
import { useUntilSubmitted } from './useUntilSubmitted';

export interface ShareControl {
  /** Null until the advocate clicks Share, and again once the agent has submitted the ticket after it finished. */
  progress: InvolvementProgress | null;
  running: boolean;
  /** Starts the share, or resumes it from the failed step. A click while it runs does nothing. */
  share: (options?: { force?: boolean }) => void;
}

/** Runs the share transaction for the open ticket and keeps its step list for the panel. */
export function useShare(ticket: TicketState, describe: () => Omit<ShareRun, 'force'>): ShareControl {
  const { zendesk, slack, clock } = useServices();
  const begin = useCallback(() => startInvolvement(ticket), [ticket]);
  const execute = useCallback(
    async (start: InvolvementProgress, onProgress: (progress: InvolvementProgress) => void, options?: { force?: boolean }) => {
      const { runShare } = await import('../shareRunner');
      return runShare({ zendesk, slack, clock }, { ...describe(), force: options?.force }, start, onProgress);
    },
    [zendesk, slack, clock, describe],
  );
  const { progress, running, run } = useUntilSubmitted(useTransaction<InvolvementStepId, InvolvementProgress>(begin, execute));
  return { progress, running, share: run };
}
