import type { BrowserContext } from 'playwright-core';
import { DATA_MARK, ROWS_MARK } from '../../src/ui/dashboard/marks';
import { control, inFreshProfile, openOnce, ownFiles, weigh, type Requested, type Target } from './opens';
import { median } from './wire';

/** Issue 13: the nav bar page with this many generated shares on top of the fixture's. */
export const GENERATED_SHARES = 2000;

/** One cold open of the nav bar page beside the floor's sidebar in the same profile. */
export interface DashboardOpen {
  /** `ci:dashboard:data`: the range's posts are in, from the frame's navigation start. */
  dataMs: number;
  /** `ci:dashboard:rows`: the first rows of that read are on screen. */
  rowsMs: number;
  /** The floor's first contentful paint in the same profile, just before or after. */
  floorFirstPaintMs: number;
  /** JS and CSS of the app the page requested up to its rows. */
  files: string[];
  bytes: number;
}

export interface DashboardSummary {
  shares: number;
  runs: number;
  /** gzip -9 bytes of the JS + CSS the page fetched up to its first rows. */
  bytes: number;
  files: string[];
  /** From the data to the first rows: median and the slowest run (the budget is on the slowest). */
  dataToRowsMs: number;
  dataToRowsMaxMs: number;
  /** Medians: the page's first rows from its navigation start, the floor's first paint beside it. */
  rowsMs: number;
  floorFirstPaintMs: number;
  /** First rows from navigation start over the floor's first paint, each run paired, then the median. */
  rowsToFloorFirstPaint: number;
}

/**
 * The dashboard's own chunks (its entry and its locale strings, which Rollup names after their modules) among a
 * list of files: the sidebar's files before its card must hold none, or the dashboard made the sidebar heavier.
 */
export function dashboardChunks(files: readonly string[]): string[] {
  return files.filter((file) => /(^|-)dashboard[-.]/.test(file));
}

export function summariseDashboard(opens: readonly DashboardOpen[], shares: number): DashboardSummary {
  const gaps = opens.map((open) => open.rowsMs - open.dataMs);
  return {
    shares,
    runs: opens.length,
    bytes: median(opens.map((open) => open.bytes)),
    files: opens[0]?.files ?? [],
    dataToRowsMs: Math.round(median(gaps)),
    dataToRowsMaxMs: Math.round(opens.length > 0 ? Math.max(...gaps) : Number.NaN),
    rowsMs: Math.round(median(opens.map((open) => open.rowsMs))),
    floorFirstPaintMs: Math.round(median(opens.map((open) => open.floorFirstPaintMs))),
    rowsToFloorFirstPaint: Number(median(opens.map((open) => open.rowsMs / open.floorFirstPaintMs)).toFixed(2)),
  };
}

async function openDashboardOnce(context: BrowserContext, target: Target): Promise<Omit<DashboardOpen, 'floorFirstPaintMs'>> {
  const page = await context.newPage();
  await page.goto(`${target.host}/?view=dashboard`);
  const frame = await page.waitForSelector('#dashboard-frame').then((element) => element.contentFrame());
  if (!frame) throw new Error('dashboard frame not found');
  // Reading 2,000 shares through the simulator on a shared machine: the ceiling is for a hang.
  await frame.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, ROWS_MARK, { timeout: 180_000 });
  const times = await frame.evaluate(
    ([data, rows]) => ({
      data: performance.getEntriesByName(data)[0]?.startTime ?? NaN,
      rows: performance.getEntriesByName(rows)[0]?.startTime ?? NaN,
      resources: performance.getEntriesByType('resource').map((entry): { name: string; startTime: number } => ({ name: entry.name, startTime: entry.startTime })),
    }),
    [DATA_MARK, ROWS_MARK] as const,
  );
  await page.close();
  const requested: Requested[] = times.resources;
  const files = [...new Set(ownFiles(target, requested).filter((entry) => entry.startTime < times.rows).map((entry) => entry.file))].sort();
  return { dataMs: times.data, rowsMs: times.rows, files, bytes: weigh(target, files) };
}

/**
 * Generates the shares in the app's simulator, then `runs` times: the floor's sidebar and the nav bar page open cold,
 * each as the first page of its own fresh profile (in one profile the second open is faster whichever it is), one
 * after the other (which goes first alternates), so the page's time is read against a first paint taken at the same
 * moment of machine load. The simulator is reset afterwards.
 */
export async function measureDashboard(floor: Target, app: Target, runs: number): Promise<DashboardSummary> {
  for (const target of [floor, app]) {
    await control(target.host, '/__sim/reset');
    await control(target.host, '/__sim/latency', { ms: 0 });
  }
  await control(app.host, '/__sim/dashboard/generate', { count: GENERATED_SHARES });
  const opens: DashboardOpen[] = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      let floorFirstPaintMs = NaN;
      let page: Omit<DashboardOpen, 'floorFirstPaintMs'> | undefined;
      const openFloor = () => inFreshProfile(async (context) => void (floorFirstPaintMs = (await openOnce(context, floor)).firstPaintMs));
      const openPage = () => inFreshProfile(async (context) => void (page = await openDashboardOnce(context, app)));
      for (const open of run % 2 === 0 ? [openFloor, openPage] : [openPage, openFloor]) await open();
      if (page) opens.push({ ...page, floorFirstPaintMs });
    }
  } finally {
    await control(app.host, '/__sim/reset');
  }
  return summariseDashboard(opens, GENERATED_SHARES);
}
