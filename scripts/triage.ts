/**
 * Batch triage for team leads calibrating on past tickets.
 *   npm run -s triage -- FILE.jsonl [--summary] [--staff-handles ana,bo]     (FILE may be `-` for standard input)
 * Each input line: {"id": string, "text": string, "via"?: object, "comments"?: [{"body": string}], "platform"?: "hacker_news" | "reddit" | "forum" | "facebook" | "x", "brand"?: string}.
 * Each output line: {"id","decision","category","sentiment","source","post_url","tweet_url","reasons"}, in input order, as it goes
 * (`source`: x, hacker_news, reddit, facebook or forum; `post_url`: the canonical link; `tweet_url`: the same link on X, else null).
 * --summary prints counts per decision and category instead, plus accuracy and a confusion matrix for labelled lines.
 * --staff-handles takes the app's `staff_handles` setting (the team's personal X handles): their tweets are No action.
 */
import { createReadStream } from 'node:fs';
import { BatchSummary } from '../src/triage/batchSummary';
import { asksForHelp, EXIT } from './cliExit';
import { staffHandlesFrom } from '../src/triage/settings';
import { createTriagePool } from './triagePool';

const USAGE = 'usage: npm run -s triage -- FILE.jsonl|- [--summary] [--staff-handles ana,bo]';
/** Bytes read at a time from a file, each read one message to a worker: ~650 lines, large enough that messaging costs little. */
const READ_BYTES = 256 * 1024;
const LINE_FEED = 0x0a;

/** Memory a batch is copied into when none comes back from a worker: room for a read and the start of a line before it. */
const BATCH_MEMORY = READ_BYTES + 64 * 1024;

/**
 * The pieces joined into bytes of their own: they move to a worker thread, and a Buffer may share its memory with
 * others (Node's pool for small ones), which moving would take from them. The memory is one a worker gave back
 * with an earlier answer when one is free (`spare`), else new: fresh memory costs a page fault per 4 kB and
 * zeroing, more than the copy. Each piece is copied as a plain `Uint8Array` view of its memory: `Uint8Array.set`
 * given the Buffer itself copied element by element (46–162 ms for the bench's 40 MB in a micro-benchmark), given
 * the view it copies the memory (4–8 ms).
 */
function bytesOf(pieces: readonly Buffer[], spare: (size: number) => ArrayBuffer | undefined): Uint8Array<ArrayBuffer> {
  const size = pieces.reduce((total, piece) => total + piece.byteLength, 0);
  const bytes = new Uint8Array(spare(size) ?? new ArrayBuffer(Math.max(size, BATCH_MEMORY)), 0, size);
  let at = 0;
  for (const piece of pieces) {
    bytes.set(new Uint8Array(piece.buffer, piece.byteOffset, piece.byteLength), at);
    at += piece.byteLength;
  }
  return bytes;
}

function parseArgs(argv: string[]): { file: string; summary: boolean; staffHandles: string[] } | null {
  const summary = argv.includes('--summary');
  const at = argv.indexOf('--staff-handles');
  const list = at >= 0 ? argv[at + 1] : undefined;
  if (at >= 0 && (list === undefined || list.startsWith('--'))) return null;
  const files = argv.filter((arg, index) => arg !== '--summary' && (at < 0 || (index !== at && index !== at + 1)));
  if (files.length !== 1 || (files[0] ?? '').startsWith('--')) return null;
  return { file: files[0] ?? '-', summary, staffHandles: staffHandlesFrom(list) };
}

async function main(): Promise<number> {
  if (asksForHelp(process.argv.slice(2))) {
    console.log(USAGE);
    return EXIT.ok;
  }
  const args = parseArgs(process.argv.slice(2));
  if (!args) {
    console.error(USAGE);
    return EXIT.usage;
  }
  const input = args.file === '-' ? process.stdin : createReadStream(args.file, { highWaterMark: READ_BYTES });
  const opened = new Promise<void>((resolve, reject) => {
    input.once('error', reject);
    input.once('readable', resolve);
    input.once('end', resolve);
  });
  try {
    await opened;
  } catch (error) {
    console.error(`triage: cannot read ${args.file}: ${(error as Error).message}`);
    return EXIT.usage;
  }
  const summary = new BatchSummary();
  let bad = 0;
  // Lines already answered, blank ones included: a batch's first line is the one after them.
  let linesBefore = 0;
  const pool = createTriagePool(args.summary ? 'summary' : 'output', { staffHandles: args.staffHandles }, ({ output, triaged, errors, lines }) => {
    for (const { line, error } of errors) {
      bad += 1;
      console.error(`line ${linesBefore + line}: ${error.message}; skipped`);
    }
    linesBefore += lines;
    for (const line of triaged) summary.add(line);
    // Once written out, the output's memory goes back to the workers to write into.
    if (output.byteLength > 0) process.stdout.write(output, () => pool.recycleOutput(output.buffer));
  });

  // Each chunk read goes to a worker at once, cut after its last line break (the rest waits for the next chunk):
  // output streams as input arrives, and this thread never decodes a line.
  let rest: Buffer[] = [];
  for await (const chunk of input as AsyncIterable<Buffer>) {
    const end = chunk.lastIndexOf(LINE_FEED) + 1;
    if (end === 0) {
      rest.push(chunk);
      continue;
    }
    pool.send(bytesOf([...rest, chunk.subarray(0, end)], pool.spareInput));
    rest = end < chunk.length ? [chunk.subarray(end)] : [];
    // Read on when a worker is about to need it, into the memory of a batch it is done with.
    await pool.room();
  }
  pool.send(bytesOf(rest, pool.spareInput));
  await pool.finish();
  if (args.summary) process.stdout.write(`${summary.format().join('\n')}\n`);
  if (bad > 0) console.error(`${bad} line(s) skipped`);
  return bad > 0 ? EXIT.problemsFound : EXIT.ok;
}

main().then((code) => {
  process.exitCode = code;
});
