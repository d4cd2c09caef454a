import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { TriageSettings } from '../src/triage/types';
import type { TriageAnswer, TriageBatch } from './triageWorker';

export type { TriageAnswer };

/**
 * Triages batches of lines on worker threads (one per core, at most four) and hands the results back in the
 * order the batches were sent, as soon as the next one in order is ready: the output streams and keeps the
 * input's order.
 */
export function createTriagePool(mode: TriageBatch['mode'], settings: Partial<TriageSettings>, onAnswer: (answer: TriageAnswer) => void) {
  const size = Math.max(1, Math.min(4, availableParallelism()));
  const workers = Array.from({ length: size }, () => new Worker(new URL('./triageWorker.mjs', import.meta.url), { workerData: settings }));
  const done = new Map<number, TriageAnswer>();
  let nextToSend = 0;
  let nextToEmit = 0;
  let pending = 0;
  let drained: (() => void) | null = null;

  const emitReady = () => {
    for (let ready = done.get(nextToEmit); ready; ready = done.get(nextToEmit)) {
      done.delete(nextToEmit);
      nextToEmit += 1;
      onAnswer(ready);
    }
    if (pending === 0) drained?.();
  };
  for (const worker of workers) {
    worker.on('message', (answer: TriageAnswer) => {
      pending -= 1;
      done.set(answer.id, answer);
      emitReady();
    });
  }

  return {
    /** Sends a batch of lines with their numbers in the input; answers come back through `onAnswer` in sending order. */
    send(lines: readonly string[], numbers: readonly number[]): void {
      if (lines.length === 0) return;
      const id = nextToSend;
      nextToSend += 1;
      pending += 1;
      workers[id % size]?.postMessage({ id, text: lines.join('\n'), numbers: Int32Array.from(numbers), mode } satisfies TriageBatch);
    },
    /** Resolves once every batch sent is answered and emitted; then stops the workers. */
    async finish(): Promise<void> {
      if (pending > 0) await new Promise<void>((resolve) => (drained = resolve));
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
