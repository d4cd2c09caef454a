/** A worker of the batch CLI: triages the lines it is sent and answers with their results, in the same order. */
import { parentPort, workerData } from 'node:worker_threads';
import { isLineError, triageLine } from '../src/triage/batch';
import type { BatchLineError, TriagedLine } from '../src/triage/batch';
import type { TriageSettings } from '../src/triage/types';

/** The CLI's settings (`--staff-handles`), the same for every line. */
const settings = (workerData ?? {}) as Partial<TriageSettings>;

export interface TriageBatch {
  id: number;
  lines: { number: number; text: string }[];
  /** `output`: answer each line as its JSON output line (cheap to send back); `summary`: the triaged objects. */
  mode: 'output' | 'summary';
}

/** One line's result: its output line, or the triaged object for the summary, or why it was skipped. */
export interface LineResult {
  number: number;
  output?: string;
  triaged?: TriagedLine;
  error?: BatchLineError;
}

parentPort?.on('message', (batch: TriageBatch) => {
  const results = batch.lines.map((line): LineResult => {
    const triaged = triageLine(line.text, settings);
    if (isLineError(triaged)) return { number: line.number, error: triaged };
    return batch.mode === 'output' ? { number: line.number, output: JSON.stringify(triaged.result) } : { number: line.number, triaged };
  });
  parentPort?.postMessage({ id: batch.id, results });
});
