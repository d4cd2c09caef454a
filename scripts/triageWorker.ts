/** A worker of the batch CLI: triages the lines it is sent and answers with their results, in the same order. */
import { parentPort, workerData } from 'node:worker_threads';
import { isLineError, triageLine } from '../src/triage/batch';
import type { BatchLineError, TriagedLine } from '../src/triage/batch';
import type { TriageSettings } from '../src/triage/types';
import { keepStartsTrees } from '../src/triage/wholePatterns';
import { BatchLines } from './batchLines';
import { startsTreeFiles } from './startsTreeFiles';

/** What a worker is started with. */
export interface TriageWorkerData {
  /** The CLI's settings (`--staff-handles`), the same for every line. */
  settings: Partial<TriageSettings>;
  /** Where the starts index's trees are kept between runs (beside the bundle), or null. */
  trees: string | null;
}

const { settings, trees } = workerData as TriageWorkerData;
if (trees !== null) keepStartsTrees(startsTreeFiles(trees));

/**
 * Lines to triage, as the input's bytes: the main thread cuts the input after a line break and hands the piece
 * over without reading it, so decoding and splitting happen here, on as many threads as there are workers.
 */
export interface TriageBatch {
  id: number;
  /** Whole lines of UTF-8, each ending in a line break; the input's last line may have none. */
  bytes: Uint8Array<ArrayBuffer>;
  /** `output`: answer the JSON output lines as UTF-8 (cheap to send back); `summary`: the triaged objects. */
  mode: 'output' | 'summary';
  /** Memory of an earlier answer's output, written out: the output is written into it again (fresh memory costs page faults). */
  spare?: ArrayBuffer;
}

/** A batch's answer: its output lines (each ending in `\n`) or triaged objects, and the lines skipped, in order. */
export interface TriageAnswer {
  id: number;
  /** The output lines, UTF-8, each ending in `\n`. */
  output: Uint8Array<ArrayBuffer>;
  triaged: TriagedLine[];
  /** The lines skipped; `line` counts from 1 at the batch's first line. */
  errors: { line: number; error: BatchLineError }[];
  /** How many lines the batch held, blank ones included: the next batch's first line follows them. */
  lines: number;
  /** The memory the batch's bytes came in, given back for the next batch to be read into. */
  input: ArrayBuffer;
}

const encoder = new TextEncoder();
const LINE_FEED = 0x0a;
/** UTF-8 bytes a UTF-16 code unit can take at most (a pair of surrogates, two units, takes four). */
const MAX_BYTES_PER_UNIT = 3;

/**
 * A batch's output lines as UTF-8, each encoded into one growing buffer as its result is ready. Joining the lines
 * into one string and encoding that took ~5 µs a line (the joined text is mostly UTF-16, some tweets being Japanese
 * or having emoji); encoding each line into place takes ~1.5 µs, and no line outlives its tweet.
 */
class OutputLines {
  private bytes = new Uint8Array(0);
  private length = 0;

  /** `expectedBytes`: how large the output will likely be, allocated at the first line unless `spare` memory is given. */
  constructor(private readonly expectedBytes: number, spare?: ArrayBuffer) {
    if (spare) this.bytes = new Uint8Array(spare);
  }

  add(line: string): void {
    const most = line.length * MAX_BYTES_PER_UNIT + 1;
    if (this.bytes.length - this.length < most) {
      const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + most, this.expectedBytes));
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    this.length += encoder.encodeInto(line, this.bytes.subarray(this.length)).written;
    this.bytes[this.length] = LINE_FEED;
    this.length += 1;
  }

  /** The lines written, in a buffer of their own (it moves to the main thread); empty when there are none. */
  written(): Uint8Array<ArrayBuffer> {
    return this.length === 0 ? new Uint8Array(0) : this.bytes.subarray(0, this.length);
  }
}

parentPort?.on('message', (batch: TriageBatch) => {
  // Each line decoded as its turn comes, so that it dies young with its tweet (see `BatchLines`).
  const lines = new BatchLines(batch.bytes);
  const answer: TriageAnswer = { id: batch.id, output: new Uint8Array(0), triaged: [], errors: [], lines: 0, input: batch.bytes.buffer };
  // The output is a little smaller than the input: each result's line is shorter than its tweet's.
  const output = new OutputLines(batch.bytes.byteLength, batch.spare);
  for (let line = lines.next(); line !== null; line = lines.next()) {
    if (line.trim() === '') continue;
    const triaged = triageLine(line, settings);
    if (isLineError(triaged)) answer.errors.push({ line: lines.count, error: triaged });
    else if (batch.mode === 'output') output.add(JSON.stringify(triaged.result));
    else answer.triaged.push(triaged);
  }
  answer.lines = lines.count;
  answer.output = output.written();
  parentPort?.postMessage(answer, [answer.output.buffer, answer.input]);
});
