import { useCallback, useRef, useState } from 'react';
import type { StepsProgress } from '../../workflow/steps';

export interface TransactionControl<Progress> {
  /** Null until the advocate starts it. */
  progress: Progress | null;
  running: boolean;
  /** Starts the transaction, or resumes it from the failed step. A click while it runs does nothing. */
  run: (options?: { force?: boolean }) => void;
}

/**
 * Holds one workflow run for the panel: a second click while it runs is ignored (exactly once starts in the
 * UI too), and a retry resumes from the progress the failure left.
 */
export function useTransaction<Step extends string, Progress extends StepsProgress<Step>>(
  begin: () => Progress,
  execute: (start: Progress, onProgress: (progress: Progress) => void, options?: { force?: boolean }) => Promise<Progress>,
): TransactionControl<Progress> {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [running, setRunning] = useState(false);
  const latest = useRef<Progress | null>(null);
  const busy = useRef(false);

  const run = useCallback(
    (options?: { force?: boolean }) => {
      if (busy.current) return;
      busy.current = true;
      setRunning(true);
      const start = latest.current && !latest.current.finished ? latest.current : begin();
      const track = (next: Progress) => {
        latest.current = next;
        setProgress(next);
      };
      void execute(start, track, options)
        .then(track)
        .finally(() => {
          busy.current = false;
          setRunning(false);
        });
    },
    [begin, execute],
  );

  return { progress, running, run };
}
