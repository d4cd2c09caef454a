import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS as ARGS, CHROMIUM_PATH } from '../ensure-chromium';
import { gzipBytes } from '../firstLoadBytes';
import { exchangesOf, type WireEntry } from './wire';

const TICKET = 101;

/** A sidebar the bench opens: the app or the floor, each served by its own simulator. */
export interface Target {
  /** `http://localhost:PORT`: the host page and `/__sim/*`. */
  host: string;
  /** `http://127.0.0.1:PORT`: where the sidebar's files come from. */
  app: string;
  /** The built `assets/` folder, to weigh what was fetched. */
  assetsDir: string;
  /** The floor has no suggestion. */
  hasSuggestion: boolean;
}

/** One cold or warm open, times from the iframe's navigation start. */
export interface OpenResult {
  /** The browser's first contentful paint in the iframe. */
  firstPaintMs: number;
  /** `ci:card`: the tweet card (the floor: its one line) is committed. */
  cardMs: number;
  /** `ci:suggestion` (NaN for the floor). */
  suggestionMs: number;
  /** JS and CSS of the sidebar requested before the card mark, gzip. */
  bytesBeforeCard: number;
  /** … before the suggestion mark (the floor: before its line). */
  bytesToSuggestion: number;
  /** Files requested before the card mark. */
  filesBeforeCard: string[];
  rpc: number;
  requests: number;
  rest: number;
  proxy: number;
}

export async function control(host: string, path: string, body: unknown = {}): Promise<unknown> {
  const response = await fetch(`${host}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return response.json();
}

const gzipCache = new Map<string, number>();
function gzipOf(assetsDir: string, file: string): number {
  const path = join(assetsDir, file);
  if (!gzipCache.has(path)) gzipCache.set(path, gzipBytes(path));
  return gzipCache.get(path) ?? 0;
}

/** A file the page requested (Resource Timing), when, from its frame's navigation start. */
export interface Requested {
  name: string;
  startTime: number;
}

/** The JS and CSS files of the target's own `assets/` among what a frame requested, as `assets/` names. */
export function ownFiles(target: Target, resources: readonly Requested[]): { file: string; startTime: number }[] {
  const assets = `${target.app}/assets/`;
  return resources
    .filter((entry) => entry.name.startsWith(assets) && /\.(js|css)$/.test(new URL(entry.name).pathname))
    .map((entry) => ({ file: new URL(entry.name).pathname.slice('/assets/'.length), startTime: entry.startTime }));
}

/** The files' gzip -9 bytes, as the browser would download them compressed. */
export function weigh(target: Target, files: readonly string[]): number {
  return files.reduce((sum, file) => sum + gzipOf(target.assetsDir, file), 0);
}

interface FrameTimes {
  firstPaint: number;
  card: number;
  suggestion: number;
  resources: Requested[];
}

/**
 * Opens the ticket and reads, inside the sidebar's frame, its User Timing marks, its first contentful paint and
 * every file it requested with when (Resource Timing): what the browser actually fetched before the card, dynamic
 * imports and modulepreloads included, not only what the entry imports statically.
 */
export async function openOnce(context: BrowserContext, target: Target): Promise<OpenResult> {
  await control(target.host, '/__sim/stats/reset');
  const page = await context.newPage();
  await page.goto(`${target.host}/?ticket=${TICKET}`);
  const done = target.hasSuggestion ? 'ci:suggestion' : 'ci:card';
  const frame = await page.waitForSelector('#app-frame').then((element) => element.contentFrame());
  if (!frame) throw new Error('app frame not found');
  await frame.waitForFunction(
    (mark) => performance.getEntriesByName(mark).length > 0 && performance.getEntriesByName('first-contentful-paint').length > 0,
    done,
    // The mark keeps its own time; polling every frame only spent the frame's main thread (~3 % of an open).
    { timeout: 30_000, polling: 100 },
  );
  const times: FrameTimes = await frame.evaluate(() => ({
    firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    card: performance.getEntriesByName('ci:card')[0]?.startTime ?? NaN,
    suggestion: performance.getEntriesByName('ci:suggestion')[0]?.startTime ?? NaN,
    resources: performance.getEntriesByType('resource').map((entry) => ({ name: entry.name, startTime: entry.startTime })),
  }));
  // The calls of an open include the setup check, which starts only once the suggestion is on screen.
  if (target.hasSuggestion) await frame.waitForSelector('[data-testid="panel"]:not([data-setup="checking"])', { timeout: 30_000 });
  const wire = (await page.evaluate(() => (window as unknown as { __zafWire?: unknown[] }).__zafWire ?? [])) as WireEntry[];
  const exchanges = exchangesOf(wire);
  const stats = (await (await fetch(`${target.host}/__sim/stats`)).json()) as { rest: number; proxy: number };
  await page.close();

  const requested = ownFiles(target, times.resources);
  const filesBefore = (ms: number) => [...new Set(requested.filter((entry) => entry.startTime < ms).map((entry) => entry.file))];
  const suggestionOrCard = target.hasSuggestion ? times.suggestion : times.card;
  return {
    firstPaintMs: times.firstPaint,
    cardMs: times.card,
    suggestionMs: times.suggestion,
    bytesBeforeCard: weigh(target, filesBefore(times.card)),
    bytesToSuggestion: weigh(target, filesBefore(suggestionOrCard)),
    filesBeforeCard: filesBefore(times.card).sort(),
    rpc: exchanges.filter((exchange) => exchange.kind === 'rpc').length,
    requests: exchanges.filter((exchange) => exchange.kind === 'request').length,
    rest: stats.rest,
    proxy: stats.proxy,
  };
}

/**
 * A fresh browser profile as an advocate's everyday browser has it: third-party storage allowed (the app runs
 * in a third-party iframe, and its caches live in localStorage). Playwright's default contexts, like incognito
 * windows, block it; then every open is a cold one.
 */
export async function everydayProfile(): Promise<BrowserContext> {
  const dir = mkdtempSync(join(tmpdir(), 'ci-bench-profile-'));
  mkdirSync(join(dir, 'Default'), { recursive: true });
  writeFileSync(join(dir, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0, block_third_party_cookies: false } }));
  return chromium.launchPersistentContext(dir, { executablePath: CHROMIUM_PATH, headless: true, args: ARGS });
}

/** Runs `open` in a fresh everyday profile, closed afterwards whatever happened. */
export async function inFreshProfile(open: (context: BrowserContext) => Promise<void>): Promise<void> {
  const context = await everydayProfile();
  try {
    await open(context);
  } finally {
    await context.close();
  }
}

export interface PairedOpens {
  floor: OpenResult[];
  cold: OpenResult[];
  warm: OpenResult[];
}

/**
 * `runs` times: the floor cold in a fresh profile of its own, and the app cold in another, then once more warm in
 * that profile; which goes first alternates, so machine drift hits both alike. Each cold open is the first page of
 * its browser: when both opened in one profile, the second was faster whichever it was (the browser's processes
 * and caches were already up), and the ratio of a run depended on its order (1.1 to 2.6 for the same build).
 */
export async function measurePairedOpens(floor: Target, app: Target, latencyMs: number, runs: number): Promise<PairedOpens> {
  for (const target of [floor, app]) {
    await control(target.host, '/__sim/reset');
    await control(target.host, '/__sim/latency', { ms: latencyMs });
  }
  const result: PairedOpens = { floor: [], cold: [], warm: [] };
  const openFloor = () =>
    inFreshProfile(async (context) => {
      result.floor.push(await openOnce(context, floor));
    });
  const openApp = () =>
    inFreshProfile(async (context) => {
      result.cold.push(await openOnce(context, app));
      result.warm.push(await openOnce(context, app));
    });
  for (let run = 0; run < runs; run += 1) {
    if (run % 2 === 0) {
      await openFloor();
      await openApp();
    } else {
      await openApp();
      await openFloor();
    }
  }
  return result;
}
