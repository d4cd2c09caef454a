/**
 * The one test command (`npm test`): lint, type-check, build the app and the simulator, then every Vitest
 * suite (unit, jsdom, browser). Ends with one `N passed, N failed` line over all of them.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium';

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

const tally: Tally = { passed: 0, failed: 0, skipped: 0 };

function step(name: string, command: string, args: string[]): boolean {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const ok = result.status === 0;
  console.log(ok ? `✓ ${name}` : `✗ ${name} (exit ${result.status ?? result.signal})`);
  return ok;
}

/** A check that is not made of test cases (lint, types, build) counts as one test. */
function check(name: string, command: string, args: string[]): boolean {
  const ok = step(name, command, args);
  if (ok) tally.passed += 1;
  else tally.failed += 1;
  return ok;
}

try {
  ensureChromium();
  tally.passed += 1;
} catch (error) {
  console.error(`✗ chromium: ${error instanceof Error ? error.message : String(error)}`);
  tally.failed += 1;
}

check('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
check('types', 'npx', ['tsc', '--noEmit', '-p', '.']);
const built = check('build app', 'npx', ['vite', 'build', '--logLevel', 'warn']) && check('build simulator', 'npx', ['vite', 'build', '--config', 'simulator/vite.config.ts', '--logLevel', 'warn']);

mkdirSync('reports', { recursive: true });
rmSync('reports/vitest.json', { force: true });
const projects = built ? [] : ['--project', 'unit', '--project', 'dom'];
step('tests', 'npx', ['vitest', 'run', ...projects, '--reporter=default', '--reporter=json', '--outputFile.json=reports/vitest.json']);
try {
  const report = JSON.parse(readFileSync('reports/vitest.json', 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    testResults: { status: string; assertionResults: unknown[]; name: string }[];
  };
  tally.passed += report.numPassedTests;
  tally.failed += report.numFailedTests;
  tally.skipped += report.numPendingTests + report.numTodoTests;
  // A test file that fails to load has no test results; count it so it cannot pass silently.
  const brokenFiles = report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0);
  for (const file of brokenFiles) console.error(`✗ could not run ${file.name}`);
  tally.failed += brokenFiles.length;
} catch {
  console.error('✗ tests: no report was written');
  tally.failed += 1;
}

console.log(`\n${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ''}`);
process.exit(tally.failed === 0 ? 0 : 1);
