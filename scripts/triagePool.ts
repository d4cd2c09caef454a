import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { TriageSettings } from '../src/triage/types';
import type { TriageAnswer, TriageBatch, TriageWorkerData } from './triageWorker';
import { triageWorkerScript, TSX_WORKER } from './triageBundles.mjs';

export type { TriageAnswer };

/**
 * The worker's bundle, when this code runs as the CLI's bundle: `triageBundles.mjs` defines it as it builds both, and
 * `triage.mjs` loads the CLI's only once both are fresh. Undefined when the source runs (tsx, tests).
 */
declare const TRIAGE_WORKER_BUNDLE: string | undefined;

/** Batches a worker holds at once: one it triages and one ready for when it is done. */
const IN_FLIGHT = 2;
/** Output memory kept for the workers to write into again: one per batch in flight is enough. */
const MAX_SPARE_OUTPUTS = 8;
/**
 * Batches read ahead of the workers, waiting for one: reading the bench's 40 MB took ~0.3 s against ~4 s to triage
 * it, so without a bound the whole input was read into fresh memory before the first batch's memory came back.
 */
const MAX_WAITING = 2;

/**
 * Triages batches of lines on worker threads (one per core, at most four) and hands the results back in the
 * order the batches were sent, as soon as the next one in order is ready: the output streams and keeps the
 * input's order.
 */
export function createTriagePool(mode: TriageBatch['mode'], settings: Partial<TriageSettings>, onAnswer: (answer: TriageAnswer) => void) {
  const size = Math.max(1, Math.min(4, availableParallelism()));
  // V8 runs a regular expression's first matches through an interpreter, then compiles it again to machine code:
  // for the batch's few large patterns, used on every tweet, compiling straight to machine code costs a worker
  // ~0.1 CPU s less at start. The flag is the process's, read as each pattern is compiled: set before the workers start.
  setFlagsFromString('--no-regexp-tier-up');
  const script = typeof TRIAGE_WORKER_BUNDLE === 'string' ? new URL(TRIAGE_WORKER_BUNDLE) : triageWorkerScript();
  // The bundle's directory keeps the starts index's trees too; the TypeScript worker (no bundle) builds them.
  const workerData: TriageWorkerData = { settings, trees: script.href === TSX_WORKER.href ? null : dirname(fileURLToPath(script)) };
  const workers = Array.from({ length: size }, () => ({ thread: new Worker(script, { workerData }), pending: 0 }));
  const done = new Map<number, TriageAnswer>();
  // Batches read but not yet given to a worker: each worker holds at most IN_FLIGHT, so on a shared machine a
  // worker that gets more of a core takes more of the input instead of waiting for one that gets less.
  const waiting: TriageBatch[] = [];
  // Memory given back, used again instead of fresh memory: each fresh 256 kB cost 64 page faults (~10 us each on
  // this virtual machine) and zeroing. Inputs come back with their answers; outputs once the caller wrote them out.
  const spareInputs: ArrayBuffer[] = [];
  const spareOutputs: ArrayBuffer[] = [];
  let nextToSend = 0;
  let nextToEmit = 0;
  let pending = 0;
  let drained: (() => void) | null = null;
  let roomMade: (() => void) | null = null;

  const emitReady = () => {
    for (let ready = done.get(nextToEmit); ready; ready = done.get(nextToEmit)) {
      done.delete(nextToEmit);
      nextToEmit += 1;
      onAnswer(ready);
    }
    if (pending === 0) drained?.();
  };
  const dispatch = () => {
    for (const worker of workers) {
      let batch: TriageBatch | undefined;
      while (worker.pending < IN_FLIGHT && (batch = waiting.shift()) !== undefined) {
        worker.pending += 1;
        const spare = mode === 'output' ? spareOutputs.pop() : undefined;
        if (spare) worker.thread.postMessage({ ...batch, spare }, [batch.bytes.buffer, spare]);
        else worker.thread.postMessage(batch, [batch.bytes.buffer]);
      }
    }
    if (waiting.length < MAX_WAITING && roomMade) {
      const resolve = roomMade;
      roomMade = null;
      resolve();
    }
  };
  for (const worker of workers) {
    worker.thread.on('message', (answer: TriageAnswer) => {
      spareInputs.push(answer.input);
      pending -= 1;
      worker.pending -= 1;
      dispatch();
      done.set(answer.id, answer);
      emitReady();
    });
  }

  return {
    /**
     * Sends whole lines of the input, as bytes of their own (they move to the worker: do not touch them after);
     * answers come back through `onAnswer` in sending order.
     */
    send(bytes: Uint8Array<ArrayBuffer>): void {
      if (bytes.byteLength === 0) return;
      const id = nextToSend;
      nextToSend += 1;
      pending += 1;
      waiting.push({ id, bytes, mode });
      dispatch();
    },
    /** Resolves once fewer than a few batches wait for a worker: read the next one then. */
    async room(): Promise<void> {
      if (waiting.length >= MAX_WAITING) await new Promise<void>((resolve) => (roomMade = resolve));
    },
    /** Memory of at least `size` bytes that a batch came in, to read another into; undefined when none is free. */
    spareInput(size: number): ArrayBuffer | undefined {
      const at = spareInputs.findIndex((memory) => memory.byteLength >= size);
      return at < 0 ? undefined : spareInputs.splice(at, 1)[0];
    },
    /** An answer's output memory, once written out: a later batch's output is written into it. */
    recycleOutput(memory: ArrayBuffer): void {
      if (spareOutputs.length < MAX_SPARE_OUTPUTS) spareOutputs.push(memory);
    },
    /** Resolves once every batch sent is answered and emitted; then stops the workers. */
    async finish(): Promise<void> {
      if (pending > 0) await new Promise<void>((resolve) => (drained = resolve));
      await Promise.all(workers.map((worker) => worker.thread.terminate()));
    },
  };
}
