/**
 * A simulator in a process of its own, for the bench. Run in the bench's process, the simulator's answers waited
 * while Playwright's client handled the browser's events on the same event loop: the ticket's comments took
 * 63–140 ms to come back through the host page at 0 ms latency, 23–33 ms from a simulator of its own (2026-12-03).
 * A Zendesk's servers are not in the agent's browser driver either.
 *
 * As a script (`tsx simulatorProcess.ts [APP_DIST]`) it starts the simulator on a free port and prints its
 * origins as one JSON line; it stops when its standard input closes (the bench ended, however it ended).
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface SimulatorProcess {
  hostOrigin: string;
  appOrigin: string;
  close(): Promise<void>;
}

const ROOT = join(import.meta.dirname, '..', '..');

/** Starts `simulatorProcess.ts` as a child process serving `appDist` (the app's `dist/` by default). */
export function startSimulatorProcess(appDist?: string): Promise<SimulatorProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), ...(appDist ? [appDist] : [])], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const closed = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the simulator process ended (${code}) before it started`)));
    createInterface({ input: child.stdout }).once('line', (line) => {
      const { hostOrigin, appOrigin } = JSON.parse(line) as { hostOrigin: string; appOrigin: string };
      resolve({
        hostOrigin,
        appOrigin,
        close: () => {
          child.stdin.end();
          return closed;
        },
      });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { startSimulator } = await import('../../simulator/server/index');
  const simulator = await startSimulator({ port: 0, quiet: true, ...(process.argv[2] ? { appDist: process.argv[2] } : {}) });
  process.stdout.write(`${JSON.stringify({ hostOrigin: simulator.hostOrigin, appOrigin: simulator.appOrigin })}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => void simulator.close().then(() => process.exit(0)));
}
