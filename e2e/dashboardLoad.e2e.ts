import { describe, expect, test } from 'vitest';
import { appFrame } from './axe';
import { generateShares } from '../simulator/fixtures/dashboard';
import { listedRows, openDashboard } from './dashboardSupport';
import { browserPerFile, sim, simHost } from './support';

const browser = browserPerFile();

const GENERATED = 2000;
/** Support shares in the fixture's last 14 days, counted by hand (e2e/dashboard.e2e.ts): 1002, 1007, 1012, 1017. */
const FIXTURE_SUPPORT = 4;

/** "Shares (shown of total)" as the list's heading says it, in English digits. */
async function listCounts(dash: Awaited<ReturnType<typeof openDashboard>>['dash']): Promise<{ shown: number; total: number }> {
  const heading = (await dash.locator('#list-title').textContent()) ?? '';
  const [, shown, total] = /\(([\d,]+) of ([\d,]+)\)/.exec(heading) ?? [];
  return { shown: Number(shown?.replaceAll(',', '')), total: Number(total?.replaceAll(',', '')) };
}

describe('the dashboard with 2,000 shares', () => {
  // Reading 2,000 shares through the simulator takes a while on a loaded machine: the ceiling is for a hang.
  test('shows its first rows, counts every share, and a filter still answers', { timeout: 300_000 }, async () => {
    // The range's count before: the fixture's own shares and those other fixtures hold.
    const before = await openDashboard(browser());
    const { total: fixtureTotal } = await listCounts(before.dash);
    await before.context.close();
    expect(fixtureTotal).toBeGreaterThanOrEqual(21);

    const { firstId } = await sim.call<{ count: number; firstId: number }>('/__sim/dashboard/generate', { count: GENERATED });
    // A fresh context: no cached read of the range, as an advocate opening the page the first time. The rows show
    // once the posts are in; the threads (claim times) are still being read meanwhile, so no wait for the end.
    const context = await browser().newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await page.goto(`${simHost()}/?view=dashboard`);
    const dash = page.frameLocator('#dashboard-frame');
    await dash.getByTestId('share-row').first().waitFor({ timeout: 120_000 });
    const frame = await appFrame(page, '#dashboard-frame');
    try {
      expect(await listCounts(dash)).toEqual({ shown: fixtureTotal + GENERATED, total: fixtureTotal + GENERATED });
      // A page of rows, not 2,000 of them.
      expect(await listedRows(dash)).toHaveLength(25);
      expect(await dash.getByTestId('page-status').textContent()).toBe(`1–25 of ${(fixtureTotal + GENERATED).toLocaleString('en')}`);
      expect(await frame.evaluate(() => ['ci:dashboard:data', 'ci:dashboard:rows'].map((mark) => performance.getEntriesByName(mark).length))).toEqual([1, 1]);

      const support = FIXTURE_SUPPORT + generateShares(GENERATED, firstId).filter((share) => share.kind === 'share' && share.category === 'support').length;
      await dash.getByTestId('filter-category').selectOption('support');
      await expect.poll(() => listCounts(dash)).toEqual({ shown: support, total: support });
      expect((await listedRows(dash)).length).toBe(Math.min(25, support));
      await dash.getByTestId('page-next').click();
      await expect.poll(() => dash.getByTestId('page-status').textContent()).toBe(`26–${Math.min(50, support)} of ${support.toLocaleString('en')}`);
    } finally {
      await context.close();
    }
  });
});
