import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { triageLine } from '../../src/triage/batch';

/** Tweets per second of the batch CLI (a real process, start-up included) and of the triage in-process. */
export async function measureTriageThroughput(root: string, lines: number) {
  const labelled = readFileSync(join(root, 'data', 'triage', 'labelled.jsonl'), 'utf8').split('\n').filter(Boolean);
  const input = Array.from({ length: lines }, (_, index) => {
    const tweet = JSON.parse(labelled[index % labelled.length] ?? '{}') as Record<string, unknown>;
    return JSON.stringify({ ...tweet, id: `bench-${index}` });
  });
  mkdirSync(join(root, 'tmp'), { recursive: true });
  const file = join(root, 'tmp', 'bench-triage.jsonl');
  writeFileSync(file, `${input.join('\n')}\n`);

  const started = process.hrtime.bigint();
  const cli = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'triage.ts'), file], {
    cwd: root,
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  const cliSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (cli.status !== 0) throw new Error(`triage CLI failed: ${cli.stderr}`);
  const outputLines = cli.stdout.split('\n').filter(Boolean).length;
  if (outputLines !== lines) throw new Error(`triage CLI wrote ${outputLines} lines for ${lines}`);

  const inProcessStart = process.hrtime.bigint();
  for (const line of input) triageLine(line);
  const inProcessSeconds = Number(process.hrtime.bigint() - inProcessStart) / 1e9;
  return { lines, cliSeconds, cliTweetsPerSecond: lines / cliSeconds, inProcessTweetsPerSecond: lines / inProcessSeconds };
}
