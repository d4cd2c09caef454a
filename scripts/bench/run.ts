/**
 * `npm run bench`: builds, runs the simulator headless in Chromium, and measures what issue 7 asks for:
 * bytes, time to the card and to the suggestion, ZAF round trips and REST calls per ticket open (cold and
 * warm), the share's wall time and sequential round trips at 80 ms, and the triage CLI's throughput.
 * Writes reports/bench.json and the README's benchmark table.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { startSimulator } from '../../simulator/server/index';
import { CHROMIUM_ARGS as ARGS, CHROMIUM_PATH } from '../ensure-chromium';
import { firstLoad, gzipBytes } from '../firstLoadBytes';
import { exchangesOf, median, sequentialRoundTrips, type WireEntry } from './wire';
import { measureTriageThroughput } from './triageThroughput';

const ROOT = join(import.meta.dirname, '..', '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const TICKET = 101;
/** The calls the share makes itself (a snapshot refresh the host's events trigger meanwhile is not part of it). */
const SHARE_CALLS = /PUT \/api\/v2\/tickets|GET \/api\/v2\/tickets\/\d+\.json$|macros|slack\.com\/api\/(chat|conversations\.history)|invoke:macro/;

function build(): void {
  for (const args of [['vite', 'build', '--logLevel', 'warn'], ['vite', 'build', '--config', 'simulator/vite.config.ts', '--logLevel', 'warn']]) {
    const result = spawnSync('npx', args, { cwd: ROOT, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`npx ${args.join(' ')} failed`);
  }
}

async function control(host: string, path: string, body: unknown = {}): Promise<unknown> {
  const response = await fetch(`${host}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return response.json();
}

interface OpenResult {
  cardMs: number;
  suggestionMs: number;
  rpc: number;
  requests: number;
  rest: number;
  proxy: number;
  bytesToSuggestion: number;
}

/** Opens the ticket in `context` and reads the app's own User Timing marks (from the iframe's navigation start). */
async function openOnce(context: BrowserContext, host: string, app: string): Promise<OpenResult> {
  await control(host, '/__sim/stats/reset');
  const page = await context.newPage();
  const fetched = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === app && url.pathname.startsWith('/assets/') && /\.(js|css)$/.test(url.pathname)) fetched.add(url.pathname.slice('/assets/'.length));
  });
  await page.goto(`${host}/?ticket=${TICKET}`);
  const frame = page.frameLocator('#app-frame');
  await frame.locator('[data-testid="suggestion"]').waitFor({ timeout: 30_000 });
  await page.waitForTimeout(300);
  const appFrame = page.frames().find((candidate) => candidate.url().startsWith(app));
  if (!appFrame) throw new Error('app frame not found');
  const marks = await appFrame.evaluate(() => ({
    card: performance.getEntriesByName('ci:card')[0]?.startTime ?? NaN,
    suggestion: performance.getEntriesByName('ci:suggestion')[0]?.startTime ?? NaN,
  }));
  const wire = (await page.evaluate(() => (window as unknown as { __zafWire?: unknown[] }).__zafWire ?? [])) as WireEntry[];
  const exchanges = exchangesOf(wire);
  const stats = (await (await fetch(`${host}/__sim/stats`)).json()) as { rest: number; proxy: number };
  const bytes = [...fetched].reduce((sum, file) => sum + gzipOf(file), 0);
  await page.close();
  return {
    cardMs: marks.card,
    suggestionMs: marks.suggestion,
    rpc: exchanges.filter((exchange) => exchange.kind === 'rpc').length,
    requests: exchanges.filter((exchange) => exchange.kind === 'request').length,
    rest: stats.rest,
    proxy: stats.proxy,
    bytesToSuggestion: bytes,
  };
}

const gzipCache = new Map<string, number>();
function gzipOf(file: string): number {
  if (!gzipCache.has(file)) gzipCache.set(file, gzipBytes(join(ROOT, 'dist', 'assets', file)));
  return gzipCache.get(file) ?? 0;
}

/**
 * A fresh browser profile as an advocate's everyday browser has it: third-party storage allowed (the app runs
 * in a third-party iframe, and its caches live in localStorage). Playwright's default contexts, like incognito
 * windows, block it; then every open is a cold one.
 */
async function everydayProfile(): Promise<BrowserContext> {
  const dir = mkdtempSync(join(tmpdir(), 'ci-bench-profile-'));
  mkdirSync(join(dir, 'Default'), { recursive: true });
  writeFileSync(join(dir, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0, block_third_party_cookies: false } }));
  return chromium.launchPersistentContext(dir, { executablePath: CHROMIUM_PATH, headless: true, args: ARGS });
}

async function measureOpens(host: string, app: string, latencyMs: number) {
  await control(host, '/__sim/reset');
  await control(host, '/__sim/latency', { ms: latencyMs });
  const cold: OpenResult[] = [];
  const warm: OpenResult[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const context = await everydayProfile();
    cold.push(await openOnce(context, host, app));
    warm.push(await openOnce(context, host, app));
    await context.close();
  }
  return { cold, warm };
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

function summarise(results: OpenResult[]) {
  return {
    cardMs: Math.round(median(results.map((result) => result.cardMs))),
    suggestionMs: Math.round(median(results.map((result) => result.suggestionMs))),
    zafRoundTrips: median(results.map((result) => result.rpc + result.requests)),
    restCalls: median(results.map((result) => result.rest)),
    slackCalls: median(results.map((result) => result.proxy)),
    bytesToSuggestion: median(results.map((result) => result.bytesToSuggestion)),
  };
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) build();
  const assets = join(ROOT, 'dist', 'assets');
  const bytes = firstLoad(assets, readdirSync(assets));
  const simulator = await startSimulator({ port: 0, quiet: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ARGS });
  try {
    const at0 = await measureOpens(simulator.hostOrigin, simulator.appOrigin, 0);
    const at80 = await measureOpens(simulator.hostOrigin, simulator.appOrigin, 80);
    const share = await measureShare(browser, simulator.hostOrigin, 80);
    const triage = await measureTriageThroughput(ROOT, 100_000);
    const report = {
      date: new Date().toISOString(),
      runs: RUNS,
      machine: `${process.platform} ${process.arch}, Node ${process.version}, Chromium (Debian) headless`,
      bytes: { firstLoadGzip: bytes.gzipBytes, firstLoadFiles: bytes.files, totalGzip: bytes.totalGzipBytes },
      open: {
        latency0: { cold: summarise(at0.cold), warm: summarise(at0.warm) },
        latency80: { cold: summarise(at80.cold), warm: summarise(at80.warm) },
      },
      share80: share,
      triage,
    };
    mkdirSync(join(ROOT, 'reports'), { recursive: true });
    writeFileSync(join(ROOT, 'reports', 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeReadmeTable(report);
    console.log(JSON.stringify(report, null, 2));
  } finally {
    await browser.close();
    await simulator.close();
  }
}

type Report = {
  date: string;
  runs: number;
  machine: string;
  bytes: { firstLoadGzip: number; totalGzip: number };
  open: Record<'latency0' | 'latency80', Record<'cold' | 'warm', ReturnType<typeof summarise>>>;
  share80: { wallMs: number; sequentialRoundTrips: number };
  triage: { lines: number; cliSeconds: number; cliTweetsPerSecond: number; inProcessTweetsPerSecond: number };
};

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** Replaces the table between the README's bench markers. */
function writeReadmeTable(report: Report): void {
  const readmePath = join(ROOT, 'README.md');
  let readme: string;
  try {
    readme = readFileSync(readmePath, 'utf8');
  } catch {
    return;
  }
  const { latency0, latency80 } = report.open;
  const rows = [
    '| measure | budget | result |',
    '|---|---|---|',
    `| JS + CSS before the panel is interactive (gzip) | ≤ 90 kB | **${kB(report.bytes.firstLoadGzip)}** |`,
    `| … up to the suggestion, cold (gzip) | — | ${kB(latency0.cold.bytesToSuggestion)} |`,
    `| all chunks of the build (gzip) | — | ${kB(report.bytes.totalGzip)} |`,
    `| tweet card after iframe navigation start, 0 ms / 80 ms per round trip (cold) | — | ${latency0.cold.cardMs} ms / ${latency80.cold.cardMs} ms |`,
    `| suggestion after iframe navigation start, 0 ms / 80 ms (cold) | — | ${latency0.cold.suggestionMs} ms / ${latency80.cold.suggestionMs} ms |`,
    `| same, warm caches, 0 ms / 80 ms | — | card ${latency0.warm.cardMs} / ${latency80.warm.cardMs} ms, suggestion ${latency0.warm.suggestionMs} / ${latency80.warm.suggestionMs} ms |`,
    `| ZAF round trips per ticket open, cold / warm | — | ${latency0.cold.zafRoundTrips} / ${latency0.warm.zafRoundTrips} |`,
    `| Zendesk REST calls per ticket open, cold / warm | ≤ 1 warm | ${latency0.cold.restCalls} / **${latency0.warm.restCalls}** |`,
    `| Slack calls (proxy) per ticket open, cold / warm | — | ${latency0.cold.slackCalls} / ${latency0.warm.slackCalls} |`,
    `| share at 80 ms per round trip: wall time | — | ${Math.round(report.share80.wallMs)} ms |`,
    `| share: sequential round trips | ≤ 4 | **${report.share80.sequentialRoundTrips}** |`,
    `| triage CLI, ${report.triage.lines.toLocaleString('en')} lines | ≥ 8,000 tweets/s | **${Math.round(report.triage.cliTweetsPerSecond).toLocaleString('en')} tweets/s** (${report.triage.cliSeconds.toFixed(2)} s; in-process ${Math.round(report.triage.inProcessTweetsPerSecond).toLocaleString('en')}/s) |`,
  ];
  const table = `<!-- bench:start -->\nMedians of ${report.runs} runs, ${report.date.slice(0, 10)}, ${report.machine}.\n\n${rows.join('\n')}\n<!-- bench:end -->`;
  const updated = readme.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, table);
  if (updated !== readme) writeFileSync(readmePath, updated);
}

await main();
