/**
 * `npm run bench`: builds the app and a floor (scripts/bench/floor: the least a Garden + ZAF sidebar does before
 * it shows anything), opens both through the simulator in headless Chromium, interleaved, and reports our bytes
 * and times next to the floor's and as ratios to it; then ZAF round trips and REST calls per open, the share's
 * round trips, the dashboard's bytes and time to first rows with 2,000 shares, and the triage CLI's throughput. Writes reports/bench.json and the README's table, and exits
 * non-zero when a budget (budgets.ts) is missed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS as ARGS, CHROMIUM_PATH, ensureChromium } from '../ensure-chromium';
import { describeBudget, missedBudgets, type Budget } from './budgets';
import { dashboardChunks, measureDashboard } from './dashboard';
import { buildFloor } from './floor';
import { control, measurePairedOpens, type OpenResult, type PairedOpens, type Target } from './opens';
import { writeReadmeTable, type Report } from './readme';
import { startSimulatorProcess } from './simulatorProcess';
import { measureTriageThroughput } from './triageThroughput';
import { exchangesOf, median, sequentialRoundTrips, type WireEntry } from './wire';

const ROOT = join(import.meta.dirname, '..', '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const TICKET = 101;
/** The calls the share makes itself (a snapshot refresh the host's events trigger meanwhile is not part of it). */
const SHARE_CALLS = /PUT \/api\/v2\/tickets|GET \/api\/v2\/tickets\/\d+\.json$|macros|slack\.com\/api\/(chat|conversations\.history)|invoke:macro/;

function buildApp(): void {
  for (const args of [['vite', 'build', '--logLevel', 'warn'], ['vite', 'build', '--config', 'simulator/vite.config.ts', '--logLevel', 'warn']]) {
    const result = spawnSync('npx', args, { cwd: ROOT, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`npx ${args.join(' ')} failed`);
  }
}

async function measureShare(browser: Browser, host: string, latencyMs: number) {
  const walls: number[] = [];
  const trips: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    await control(host, '/__sim/reset');
    await control(host, '/__sim/latency', { ms: latencyMs });
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${host}/?ticket=${TICKET}`);
    const frame = page.frameLocator('#app-frame');
    const button = frame.locator('[data-testid="share-button"]');
    await frame.locator('[data-testid="suggestion"]').waitFor({ timeout: 30_000 });
    // A warm share: the first click of the day also downloads the share code; the setup check has run.
    await page.waitForTimeout(1500);
    const clickedAt = await page.evaluate(() => performance.now());
    await button.click();
    await frame.locator('[data-testid="share-result"]').waitFor({ timeout: 60_000 });
    const doneAt = await page.evaluate(() => performance.now());
    const wire = (await page.evaluate(() => (window as unknown as { __zafWire?: unknown[] }).__zafWire ?? [])) as WireEntry[];
    const shareCalls = exchangesOf(wire).filter((exchange) => exchange.sentAt >= clickedAt && exchange.sentAt <= doneAt && SHARE_CALLS.test(exchange.name));
    walls.push(doneAt - clickedAt);
    trips.push(sequentialRoundTrips(shareCalls));
    await context.close();
  }
  return { wallMs: median(walls), sequentialRoundTrips: median(trips) };
}

const medianOf = (results: readonly OpenResult[], pick: (result: OpenResult) => number) => median(results.map(pick));

function summarise(results: readonly OpenResult[]) {
  return {
    firstPaintMs: Math.round(medianOf(results, (result) => result.firstPaintMs)),
    cardMs: Math.round(medianOf(results, (result) => result.cardMs)),
    suggestionMs: Math.round(medianOf(results, (result) => result.suggestionMs)),
    bytesBeforeCard: medianOf(results, (result) => result.bytesBeforeCard),
    bytesToSuggestion: medianOf(results, (result) => result.bytesToSuggestion),
    zafRoundTrips: medianOf(results, (result) => result.rpc + result.requests),
    restCalls: medianOf(results, (result) => result.rest),
    slackCalls: medianOf(results, (result) => result.proxy),
  };
}

/**
 * Each run's app open over the floor open beside it, then the median: a pair shares the same browser and the
 * same moment of machine load, so the ratio is steadier than a ratio of two medians.
 */
function ratios({ floor, cold }: PairedOpens) {
  const paired = (ours: (result: OpenResult) => number, theirs: (result: OpenResult) => number) =>
    Number(median(cold.map((result, run) => ours(result) / theirs(floor[run] as OpenResult))).toFixed(2));
  return {
    bytesBeforeCard: paired((result) => result.bytesBeforeCard, (result) => result.bytesBeforeCard),
    firstPaint: paired((result) => result.firstPaintMs, (result) => result.firstPaintMs),
    card: paired((result) => result.cardMs, (result) => result.cardMs),
    suggestion: paired((result) => result.suggestionMs, (result) => result.cardMs),
  };
}

function budgetsOf(report: Report): Budget[] {
  const { cold, ratios: ratio } = report.open.latency0;
  return [
    { measure: 'JS + CSS fetched before the card (gzip bytes)', kind: 'max', limit: 79_000, actual: cold.bytesBeforeCard },
    { measure: 'JS + CSS fetched up to the suggestion, cold (gzip bytes)', kind: 'max', limit: 150_000, actual: cold.bytesToSuggestion },
    { measure: 'card time / floor line time', kind: 'max', limit: 1.3, actual: ratio.card },
    { measure: 'suggestion time / floor line time', kind: 'max', limit: 1.6, actual: ratio.suggestion },
    { measure: 'Zendesk REST calls per warm open', kind: 'max', limit: 1, actual: report.open.latency0.warm.restCalls },
    { measure: 'share: sequential round trips', kind: 'max', limit: 4, actual: report.share80.sequentialRoundTrips },
    { measure: 'dashboard: data to first rows, slowest run (ms)', kind: 'max', limit: 1000, actual: report.dashboard.dataToRowsMaxMs },
    { measure: "dashboard chunks in the sidebar's first load", kind: 'max', limit: 0, actual: dashboardChunks(report.filesBeforeCard).length },
    { measure: 'triage CLI, tweets/s', kind: 'min', limit: 20_000, actual: report.triage.cliTweetsPerSecond },
    { measure: 'triage in-process, tweets/s', kind: 'min', limit: 12_000, actual: report.triage.inProcessTweetsPerSecond },
  ];
}

async function main(): Promise<void> {
  ensureChromium();
  if (!process.argv.includes('--no-build')) buildApp();
  const floorDist = await buildFloor();
  const appSim = await startSimulatorProcess();
  const floorSim = await startSimulatorProcess(floorDist);
  const app: Target = { host: appSim.hostOrigin, app: appSim.appOrigin, assetsDir: join(ROOT, 'dist', 'assets'), hasSuggestion: true };
  const floor: Target = { host: floorSim.hostOrigin, app: floorSim.appOrigin, assetsDir: join(floorDist, 'assets'), hasSuggestion: false };
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ARGS });
  try {
    const at0 = await measurePairedOpens(floor, app, 0, RUNS);
    const at80 = await measurePairedOpens(floor, app, 80, RUNS);
    const share = await measureShare(browser, appSim.hostOrigin, 80);
    const dashboard = await measureDashboard(floor, app, RUNS);
    const triage = await measureTriageThroughput(ROOT, 100_000);
    const opens = (paired: PairedOpens) => ({
      floor: summarise(paired.floor),
      cold: summarise(paired.cold),
      warm: summarise(paired.warm),
      ratios: ratios(paired),
    });
    const report: Report = {
      date: new Date().toISOString(),
      runs: RUNS,
      machine: `${process.platform} ${process.arch}, ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, Chromium (Debian) headless`,
      filesBeforeCard: at0.cold[0]?.filesBeforeCard ?? [],
      open: { latency0: opens(at0), latency80: opens(at80) },
      share80: share,
      dashboard,
      triage,
      budgets: [],
    };
    report.budgets = budgetsOf(report);
    mkdirSync(join(ROOT, 'reports'), { recursive: true });
    writeFileSync(join(ROOT, 'reports', 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeReadmeTable(join(ROOT, 'README.md'), report);
    console.log(JSON.stringify(report, null, 2));
    const missed = missedBudgets(report.budgets);
    for (const budget of report.budgets) console.log(`${missed.includes(budget) ? '✗' : '✓'} ${describeBudget(budget)}`);
    if (missed.length > 0) process.exitCode = 1;
  } finally {
    await browser.close();
    await appSim.close();
    await floorSim.close();
    rmSync(floorDist, { recursive: true, force: true });
  }
}

await main();
