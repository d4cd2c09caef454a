/**
 * `npm run -s slack:preview -- FILE.jsonl` (`-` reads standard input): the Slack post each ticket would get.
 * Input lines are the triage CLI's `{"id","text","via"?,"comments"?}` plus optional `"note"`, `"author_name"`,
 * `"author_handle"`; each output line is the `chat.postMessage` arguments as JSON, in input order. Tweets the triage
 * would not share (no action, or an expert's) are named on standard error instead. Exit codes: scripts/cliExit.ts.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { buildShareMessage, type ShareMessage } from '../src/slack/shareMessage';
import { parseTweetUrl } from '../src/sources/x/tweetUrl';
import { findTweetUrl } from '../src/sources/x/findTweetUrl';
import type { ViaLike } from '../src/triage/types';
import { toneRulesFor } from '../src/triage/guidelines';
import { suggest } from '../src/triage/wholeModel';
import { asksForHelp, EXIT } from './cliExit';

/** The channel the preview posts to; a placeholder, since nothing is sent. */
export const PREVIEW_CHANNEL = 'C_CHANNEL';
const PREVIEW_ZENDESK = 'https://example.zendesk.com/agent/tickets/';
const PREVIEW_SHARED_BY = 'Slack preview';
const USAGE = 'Usage: npm run -s slack:preview -- FILE.jsonl   (- reads standard input)';

interface PreviewLine {
  id: string | number;
  text: string;
  via?: ViaLike;
  comments?: { body?: string; htmlBody?: string }[];
  note?: string;
  author_name?: string;
  author_handle?: string;
}

/**
 * One input line as the Slack post it would become, the triage's decision when it would not be shared, or the
 * reason it cannot be read.
 */
export function previewLine(line: string): { message: ShareMessage } | { notShared: 'skip' | 'expert' } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { error: 'not valid JSON' };
  }
  const problem = invalidReason(value);
  if (problem) return { error: problem };
  const input = value as PreviewLine;
  const comments = (input.comments ?? []).filter((comment) => typeof comment === 'object' && comment !== null);
  const from = input.via?.source?.from;
  const suggestion = suggest({ text: input.text, via: input.via, comments });
  if (suggestion.decision !== 'involve') return { notShared: suggestion.decision };
  const known = input.author_handle ?? from?.username ?? '';
  const found = findTweetUrl({ description: input.text, comments, via: input.via, requesterHandle: known || undefined });
  // Without a handle in the line, the tweet's own URL names its author (`/i/web/status` links name nobody).
  const urlUser = found.url ? parseTweetUrl(found.url)?.user : undefined;
  const handle = known || (urlUser && urlUser !== 'i' ? urlUser : '');
  // A line without a numeric ticket id gets no ticket link (the post would say "Zendesk #?").
  const ticketId = /^\d+$/.test(String(input.id)) ? Number(input.id) : Number.NaN;
  const message = buildShareMessage({
    channel: PREVIEW_CHANNEL,
    post: { platform: 'x', url: found.url ?? '', text: input.text, authorName: input.author_name ?? from?.name ?? '', authorHandle: handle },
    ticket: { id: ticketId, url: `${PREVIEW_ZENDESK}${encodeURIComponent(String(input.id))}` },
    category: suggestion.category,
    reasons: suggestion.reasons.map((reason) => ({ signal: reason.signal, evidence: reason.evidence.map((evidence) => evidence.text) })),
    note: input.note,
    sharedBy: PREVIEW_SHARED_BY,
    toneRules: toneRulesFor(suggestion.category),
  });
  return { message };
}

function invalidReason(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected a JSON object';
  const line = value as Record<string, unknown>;
  if (typeof line.id !== 'string' && typeof line.id !== 'number') return '"id" must be a string or a number';
  if (typeof line.text !== 'string') return '"text" must be a string';
  if (line.comments !== undefined && !Array.isArray(line.comments)) return '"comments" must be an array';
  if (line.via !== undefined && (typeof line.via !== 'object' || line.via === null)) return '"via" must be an object';
  for (const key of ['note', 'author_name', 'author_handle']) {
    if (line[key] !== undefined && typeof line[key] !== 'string') return `"${key}" must be a string`;
  }
  return null;
}

/** Streams the preview: one output line per good input line, bad lines on `err` with their line numbers. */
export async function runSlackPreview(lines: AsyncIterable<string>, out: (text: string) => void, err: (text: string) => void): Promise<number> {
  let lineNumber = 0;
  let bad = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (!line.trim()) continue;
    const result = previewLine(line);
    if ('error' in result) {
      bad += 1;
      err(`line ${lineNumber}: ${result.error}`);
    } else if ('notShared' in result) {
      err(`line ${lineNumber}: not previewed, the triage says ${result.notShared === 'skip' ? 'no action' : 'ask an expert'}`);
    } else {
      out(JSON.stringify(result.message));
    }
  }
  return bad > 0 ? EXIT.problemsFound : EXIT.ok;
}

async function main(argv: string[]): Promise<number> {
  if (asksForHelp(argv)) {
    console.log(USAGE);
    return EXIT.ok;
  }
  const file = argv[0];
  if (!file || argv.length > 1) {
    console.error(USAGE);
    return EXIT.usage;
  }
  const stream = file === '-' ? process.stdin : createReadStream(file, 'utf8');
  stream.on('error', (error: Error) => {
    console.error(`Cannot read ${file}: ${error.message}`);
    process.exit(EXIT.usage);
  });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  return runSlackPreview(lines, (text) => process.stdout.write(`${text}\n`), (text) => console.error(text));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
