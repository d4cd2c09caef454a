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
import { createInterface } from 'node:readline';
import { BatchSummary } from '../src/triage/batchSummary';
import { asksForHelp, EXIT } from './cliExit';
import { staffHandlesFrom } from '../src/triage/settings';
import { createTriagePool } from './triagePool';

const USAGE = 'usage: npm run -s triage -- FILE.jsonl|- [--summary] [--staff-handles ana,bo]';
/** Lines per message to a worker: large enough that messaging costs little next to the triage itself. */
const BATCH_LINES = 2000;

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
    return EXIT.usage;
  }
  const summary = new BatchSummary();
  let buffer = '';
  const flush = () => {
    if (buffer !== '') process.stdout.write(buffer);
    buffer = '';
  };
  let bad = 0;
  const pool = createTriagePool(args.summary ? 'summary' : 'output', { staffHandles: args.staffHandles }, ({ output, triaged, errors }) => {
    for (const { number, error } of errors) {
      bad += 1;
      console.error(`line ${number}: ${error.message}; skipped`);
    }
    for (const line of triaged) summary.add(line);
    buffer += output;
    flush();
  });

  // Lines go to the workers in batches: a full one at once, a partial one as soon as readline has handed over
  // the lines of the current chunk, so output streams as input arrives.
  let lines: string[] = [];
  let numbers: number[] = [];
  let sendScheduled = false;
  const send = () => {
    sendScheduled = false;
    pool.send(lines, numbers);
    [lines, numbers] = [[], []];
  };
  let lineNumber = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    lines.push(line);
    numbers.push(lineNumber);
    if (lines.length >= BATCH_LINES) send();
    else if (!sendScheduled) {
      sendScheduled = true;
      setImmediate(send);
    }
  }
  send();
  await pool.finish();
  if (args.summary) buffer += `${summary.format().join('\n')}\n`;
  flush();
  if (bad > 0) console.error(`${bad} line(s) skipped`);
  return bad > 0 ? EXIT.problemsFound : EXIT.ok;
}

main().then((code) => {
  process.exitCode = code;
});
