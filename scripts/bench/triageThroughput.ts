import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { triageLine } from '../../src/triage/batch';
import { keepStartsTrees } from '../../src/triage/wholePatterns';
import { startsTreeFiles } from '../startsTreeFiles';
import { triageCacheDirectory } from '../triageBundles.mjs';

/**
 * CPU seconds used by this process's finished children (Linux: /proc reports them in 1/100 s), or null elsewhere.
 * On a shared machine the wall time says how busy it was as much as how fast the CLI is; CPU time does not.
 */
function childCpuSeconds(): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
  // Fields 16 and 17 of stat(5), cutime and cstime; the split starts at field 3.
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

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

  const loadAverage = loadavg()[0] ?? 0;
  const childCpuBefore = childCpuSeconds();
  const started = process.hrtime.bigint();
  const cli = spawnSync(process.execPath, [join(root, 'scripts', 'triage.mjs'), file], {
    cwd: root,
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  const cliSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const childCpuAfter = childCpuSeconds();
  const cliCpuSeconds = childCpuBefore === null || childCpuAfter === null ? null : childCpuAfter - childCpuBefore;
  if (cli.status !== 0) throw new Error(`triage CLI failed: ${cli.stderr}`);
  const outputLines = cli.stdout.split('\n').filter(Boolean).length;
  if (outputLines !== lines) throw new Error(`triage CLI wrote ${outputLines} lines for ${lines}`);

  // The starts index's trees the CLI's workers keep (read only when they index the same terms), as each worker
  // reads them: building them again here is start-up work (~0.25 s), not the triage this figure measures.
  keepStartsTrees(startsTreeFiles(triageCacheDirectory(root)));
  const inProcessStart = process.hrtime.bigint();
  const inProcessCpuStart = process.cpuUsage();
  for (const line of input) triageLine(line);
  const inProcessSeconds = Number(process.hrtime.bigint() - inProcessStart) / 1e9;
  const inProcessCpu = process.cpuUsage(inProcessCpuStart);
  const inProcessCpuSeconds = (inProcessCpu.user + inProcessCpu.system) / 1e6;
  return {
    lines,
    cliSeconds,
    cliTweetsPerSecond: lines / cliSeconds,
    inProcessTweetsPerSecond: lines / inProcessSeconds,
    /** Worker threads the CLI runs on (one per core, at most four) and the machine's load when it started. */
    cores: availableParallelism(),
    loadAverage,
    /** CPU seconds the CLI used, all threads, start-up included; its tweets per CPU second are what an idle core gives. */
    cliCpuSeconds,
    inProcessTweetsPerCpuSecond: lines / inProcessCpuSeconds,
  };
}
