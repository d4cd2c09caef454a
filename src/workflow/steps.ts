import { asStepError, retryAfterOf, type StepError } from './errors';
import type { Clock } from './ports';

export type StepStatus = 'waiting' | 'running' | 'done' | 'failed';

/** A step that failed, with the error that stopped it. */
export class StepFailure extends Error {
  constructor(
    readonly step: string,
    readonly error: StepError,
  ) {
    super(`${step}: ${error.message}`);
  }
}

/** What every transaction's progress has: its steps, and a wait under way before an automatic retry. */
export interface StepsProgress<Step extends string> {
  steps: Record<Step, StepStatus>;
  failure?: { step: Step; error: StepError };
  countdown?: { step: Step; until: number };
  finished: boolean;
}

/**
 * The progress of one run of a transaction: `update` merges a change and reports it, `run` runs a step unless it
 * is done already. A failure that says when to try again (a 429's Retry-After, a share under way elsewhere) is
 * waited out with a visible countdown and retried once by itself; anything else stops the step.
 */
export function createRun<Step extends string, Progress extends StepsProgress<Step>>(
  clock: Clock,
  start: Progress,
  onProgress: (progress: Progress) => void,
) {
  let progress: Progress = { ...start, failure: undefined, countdown: undefined };
  const update = (change: Partial<Progress>) => {
    progress = { ...progress, ...change, steps: { ...progress.steps, ...change.steps } };
    onProgress(progress);
  };
  const setStep = (step: Step, status: StepStatus) => update({ steps: { ...progress.steps, [step]: status } } as Partial<Progress>);

  async function run(step: Step, work: () => Promise<void>): Promise<void> {
    if (progress.steps[step] === 'done') return;
    setStep(step, 'running');
    for (let attempt = 0; ; attempt += 1) {
      try {
        await work();
        setStep(step, 'done');
        return;
      } catch (thrown) {
        const error = asStepError(thrown);
        const waitSeconds = retryAfterOf(error);
        if (waitSeconds !== undefined && attempt === 0) {
          update({ countdown: { step, until: clock.now() + waitSeconds * 1000 } } as Partial<Progress>);
          await clock.sleep(waitSeconds * 1000);
          update({ countdown: undefined } as Partial<Progress>);
          continue;
        }
        setStep(step, 'failed');
        throw new StepFailure(step, error);
      }
    }
  }

  /** Runs the steps' script; a step failure ends the run with `failure` set, anything else is a bug and throws. */
  async function finish(script: () => Promise<void>): Promise<Progress> {
    try {
      await script();
      update({ finished: true } as Partial<Progress>);
    } catch (failure) {
      if (!(failure instanceof StepFailure)) throw failure;
      update({ failure: { step: failure.step as Step, error: failure.error } } as Partial<Progress>);
    }
    return progress;
  }

  return { run, update, finish, get: () => progress, setStep };
}
