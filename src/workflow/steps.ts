import { asStepError, retryAfterOf, type StepError } from './errors';
import type { Clock } from './ports';

/** A step that failed, with the error that stopped it. */
export class StepFailure extends Error {
  constructor(
    readonly step: string,
    readonly error: StepError,
  ) {
    super(`${step}: ${error.message}`);
  }
}

export type StepRunner<Step extends string> = (step: Step, work: () => Promise<void>) => Promise<void>;

interface StepHooks {
  clock: Clock;
  setStatus: (status: 'running' | 'done' | 'failed') => void;
  /** A wait before the automatic retry (`until` in epoch ms), or `undefined` when it is over. */
  setCountdown: (until: number | undefined) => void;
}

/**
 * Runs one step. A failure that says when to try again (a 429's Retry-After, a share under way elsewhere) is
 * waited out with a visible countdown and retried once by itself; anything else stops the step.
 */
export async function runStep(step: string, work: () => Promise<void>, hooks: StepHooks): Promise<void> {
  hooks.setStatus('running');
  for (let attempt = 0; ; attempt += 1) {
    try {
      await work();
      hooks.setStatus('done');
      return;
    } catch (thrown) {
      const error = asStepError(thrown);
      const waitSeconds = retryAfterOf(error);
      if (waitSeconds !== undefined && attempt === 0) {
        hooks.setCountdown(hooks.clock.now() + waitSeconds * 1000);
        await hooks.clock.sleep(waitSeconds * 1000);
        hooks.setCountdown(undefined);
        continue;
      }
      hooks.setStatus('failed');
      throw new StepFailure(step, error);
    }
  }
}
