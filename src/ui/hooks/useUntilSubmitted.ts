import { useCallback, useState } from 'react';
import type { StepsProgress } from '../../workflow/steps';
import type { TransactionControl } from './useTransaction';
import { useZafEvent } from './useZafEvent';

/**
 * A finished run's result stays on screen until the agent submits the ticket; from then on the run reads as not
 * started (`progress` null), so the panel shows the ticket's own state: the status after a share or a request, the
 * "withdrawn" confirmation after a withdrawal made in the same panel. Running again shows the new run.
 */
export function useUntilSubmitted<Step extends string, Progress extends StepsProgress<Step>>(control: TransactionControl<Progress>): TransactionControl<Progress> {
  const [submitted, setSubmitted] = useState(false);
  const { progress, running, run } = control;
  useZafEvent(['ticket.submit.done'], () => {
    if (progress?.finished) setSubmitted(true);
  });
  const runAgain = useCallback(
    (options?: { force?: boolean }) => {
      setSubmitted(false);
      run(options);
    },
    [run],
  );
  return { progress: submitted ? null : progress, running, run: runAgain };
}
