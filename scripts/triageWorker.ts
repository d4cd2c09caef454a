/** A worker of the batch CLI: triages the lines it is sent and answers with their results, in the same order. */
import { parentPort, workerData } from 'node:worker_threads';
import { isLineError, triageLine } from '../src/triage/batch';
import type { BatchLineError, TriagedLine } from '../src/triage/batch';
import type { TriageSettings } from '../src/triage/types';

/** The CLI's settings (`--staff-handles`), the same for every line. */
const settings = (workerData ?? {}) as Partial<TriageSettings>;

/**
 * Lines to triage. They travel as one text and one typed array: copying a single string and a buffer between
 * threads costs far less than thousands of small objects.
 */
export interface TriageBatch {
  id: number;
  /** The lines, joined by `\n` (a line read from the input never contains one). */
  text: string;
  /** Each line's number in the input, in the same order. */
  numbers: Int32Array;
  /** `output`: answer the JSON output lines as one text (cheap to send back); `summary`: the triaged objects. */
  mode: 'output' | 'summary';
}

/** A batch's answer: its output lines (each ending in `\n`) or triaged objects, and the lines skipped, in order. */
export interface TriageAnswer {
  id: number;
  output: string;
  triaged: TriagedLine[];
  errors: { number: number; error: BatchLineError }[];
}

parentPort?.on('message', (batch: TriageBatch) => {
  const answer: TriageAnswer = { id: batch.id, output: '', triaged: [], errors: [] };
  const lines = batch.text.split('\n');
  const parts: string[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const triaged = triageLine(lines[index] ?? '', settings);
    if (isLineError(triaged)) answer.errors.push({ number: batch.numbers[index] ?? 0, error: triaged });
    else if (batch.mode === 'output') parts.push(JSON.stringify(triaged.result));
    else answer.triaged.push(triaged);
  }
  answer.output = parts.length > 0 ? `${parts.join('\n')}\n` : '';
  parentPort?.postMessage(answer);
});
