/**
 * Batch triage for team leads calibrating on past tickets.
 *   npm run -s triage -- FILE.jsonl [--summary]     (FILE may be `-` for standard input)
 * Each input line: {"id": string, "text": string, "via"?: object, "comments"?: [{"body": string}]}.
 * Each output line: {"id","decision","category","sentiment","tweet_url","reasons"}, in input order, as it goes.
 * --summary prints counts per decision and category instead, plus accuracy and a confusion matrix for labelled lines.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { isLineError, triageLine } from '../src/triage/batch';
import { BatchSummary } from '../src/triage/batchSummary';

const USAGE = 'usage: npm run -s triage -- FILE.jsonl|- [--summary]';
/** Writing per line costs more than the triage itself: write per input chunk, or sooner when this much is waiting. */
const FLUSH_BYTES = 1 << 16;

function parseArgs(argv: string[]): { file: string; summary: boolean } | null {
  const summary = argv.includes('--summary');
  const files = argv.filter((arg) => arg !== '--summary');
  if (files.length !== 1 || (files[0] ?? '').startsWith('--')) return null;
  return { file: files[0] ?? '-', summary };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (!args) {
    console.error(USAGE);
    return 2;
  }
  const input = args.file === '-' ? process.stdin : createReadStream(args.file);
  const opened = new Promise<void>((resolve, reject) => {
    input.once('error', reject);
    input.once('readable', resolve);
    input.once('end', resolve);
  });
  try {
    await opened;
  } catch (error) {
    console.error(`triage: cannot read ${args.file}: ${(error as Error).message}`);
    return 1;
  }
  const summary = new BatchSummary();
  let buffer = '';
  let flushScheduled = false;
  const flush = () => {
    flushScheduled = false;
    if (buffer !== '') process.stdout.write(buffer);
    buffer = '';
  };
  let lineNumber = 0;
  let bad = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    const triaged = triageLine(line);
    if (isLineError(triaged)) {
      bad += 1;
      console.error(`line ${lineNumber}: ${triaged.message}; skipped`);
      continue;
    }
    if (args.summary) summary.add(triaged);
    else buffer += `${JSON.stringify(triaged.result)}\n`;
    if (buffer.length >= FLUSH_BYTES) flush();
    else if (buffer !== '' && !flushScheduled) {
      // Runs once readline has handed over the lines of the current chunk, so output streams as input arrives.
      flushScheduled = true;
      setImmediate(flush);
    }
  }
  if (args.summary) buffer += `${summary.format().join('\n')}\n`;
  flush();
  if (bad > 0) console.error(`${bad} line(s) skipped`);
  return 0;
}

main().then((code) => {
  process.exitCode = code;
});
