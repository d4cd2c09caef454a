import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { isLineError, triageLine } from '../src/triage/batch';

// Through tsx, as a developer runs the CLI's source; `triage.test.ts` runs the launcher `npm run triage` uses.
const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');

test('the CLI keeps the input order across many batches on several workers, and reports bad lines by number', { timeout: 180_000 }, () => {
  const labelled = readFileSync(join(process.cwd(), 'data', 'triage', 'labelled.jsonl'), 'utf8').split('\n').filter(Boolean);
  const lines = Array.from({ length: 9_000 }, (_, index) =>
    index === 4_321 ? '{ not json' : JSON.stringify({ ...(JSON.parse(labelled[index % labelled.length] ?? '{}') as object), id: `t${index}` }),
  );
  const file = join(mkdtempSync(join(tmpdir(), 'triage-pool-')), 'tweets.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);

  const run = spawnSync(TSX, [join(process.cwd(), 'scripts', 'triage.ts'), file], { encoding: 'utf8', maxBuffer: 1 << 28 });
  // One bad line is a problem found in the input: exit 1 (scripts/cliExit.ts), after every good line is answered.
  expect(run.status).toBe(1);
  const ids = run.stdout.split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { id: string }).id);
  const expected = lines.map((_, index) => `t${index}`).filter((id) => id !== 't4321');
  expect(ids).toEqual(expected);
  expect(run.stderr).toContain('line 4322:');
  // Byte for byte what triaging each line in this thread writes: batches are read into, and answers written into,
  // memory that earlier batches used, and nothing of theirs may show.
  const triaged = lines.map((line) => triageLine(line)).flatMap((result) => (isLineError(result) ? [] : [`${JSON.stringify(result.result)}\n`]));
  expect(run.stdout).toBe(triaged.join(''));
});

test('lines from standard input end at \\n, \\r\\n or a lone \\r, and bad ones are reported by their line number', () => {
  const labelled = readFileSync(join(process.cwd(), 'data', 'triage', 'labelled.jsonl'), 'utf8').split('\n').filter(Boolean);
  const tweet = (id: string) => JSON.stringify({ ...(JSON.parse(labelled[0] ?? '{}') as object), id });
  const input = `${tweet('a')}\r\n\r\n${tweet('b')}\r{ not json\n   \n${tweet('c')}`;

  const run = spawnSync(TSX, [join(process.cwd(), 'scripts', 'triage.ts'), '-'], { input, encoding: 'utf8' });
  expect(run.status).toBe(1);
  expect(run.stdout.split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(['a', 'b', 'c']);
  expect(run.stderr).toContain('line 4: not valid JSON; skipped');
});
