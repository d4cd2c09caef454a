import { describe, expect, test } from 'vitest';
import type { FrameLocator, Page } from 'playwright-core';
import { praiseTicket } from './fixtures';
import { browserPerFile, openTicket, sim, press } from './support';

const browser = browserPerFile();
const TICKET = praiseTicket();

/** The height the app last asked for with `invoke('resize')`, from the host's record of the ZAF traffic. */
async function requestedHeight(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const wire = (window as unknown as { __zafWire: { dir: string; data: unknown }[] }).__zafWire;
    const asked = wire
      .filter((entry) => entry.dir === 'in' && typeof entry.data === 'string' && entry.data.includes('"resize"'))
      .map((entry) => (JSON.parse(entry.data as string) as { params?: { resize?: [{ height?: string }] } }).params?.resize?.[0]?.height)
      .filter((height): height is string => typeof height === 'string');
    const last = asked.at(-1);
    return last === undefined ? null : Number.parseFloat(last);
  });
}

const frameHeight = (page: Page) => page.evaluate(() => document.querySelector('#app-frame')?.getBoundingClientRect().height ?? 0);

/** The element lies inside the frame's box (nothing to scroll inside the app), and the page's sidebar column scrolls to it. */
async function visibleWithoutInnerScroll(page: Page, app: FrameLocator, testId: string): Promise<void> {
  const asked = (await requestedHeight(page)) ?? 0;
  const element = app.getByTestId(testId);
  const box = await element.evaluate((node) => node.getBoundingClientRect());
  expect(box.top, testId).toBeGreaterThanOrEqual(0);
  expect(box.bottom, testId).toBeLessThanOrEqual(asked);
  await element.scrollIntoViewIfNeeded();
  const onPage = await element.boundingBox();
  expect(onPage?.y ?? -1, testId).toBeGreaterThanOrEqual(0);
  expect((onPage?.y ?? Infinity) + (onPage?.height ?? 0), testId).toBeLessThanOrEqual(900);
}

/**
 * Once the panel settles, the app has asked for its height and the frame is that tall; nothing scrolls inside the app.
 * A section that has just appeared may still be growing (its strings, its step list), and the app asks once the
 * height holds for a few frames: the check waits for the three heights to agree, not for a moment.
 */
async function frameFollowsApp(page: Page, app: FrameLocator): Promise<void> {
  const heights = async () => {
    const panel = await app.getByTestId('panel').evaluate((element) => Math.ceil(element.getBoundingClientRect().height));
    const asked = await requestedHeight(page);
    return { askedIsPanel: asked === panel, frameIsAsked: Math.abs((await frameHeight(page)) - (asked ?? -1)) < 1 };
  };
  // The ceiling is for a hang only.
  await expect.poll(heights, { timeout: 15_000 }).toEqual({ askedIsPanel: true, frameIsAsked: true });
  const inside = await app.locator('html').evaluate((html) => ({ scroll: html.scrollHeight, client: html.clientHeight }));
  expect(inside.scroll).toBeLessThanOrEqual(inside.client);
}

describe('the sidebar grows with the app (issue 15, item 9)', () => {
  test('at 1440×900 the iframe is as tall as the app asks: steps, the error, Retry and the result show without a scroll box inside the app', async () => {
    const context = await browser().newContext({ viewport: { width: 1440, height: 900 } });
    try {
      await sim.fault({ match: 'slack:chat.postMessage', slackError: 'not_in_channel' });
      const { page, app } = await openTicket(browser(), TICKET.id, { context });
      await app.getByTestId('suggestion').waitFor();
      await press(app.getByTestId('share-button'));
      await app.getByTestId('share-failure').waitFor({ timeout: 40_000 });

      await frameFollowsApp(page, app);
      // The squeeze this guards against: the frame was as tall as asked, but the apps tray held it in a ~435 px
      // scroll box of its own. Now the tray is as tall as the frame and only the page's sidebar column scrolls.
      expect(await frameHeight(page)).toBeGreaterThan(900);
      const tray = await page.locator('[aria-label="Apps"]').evaluate((node) => ({ scroll: node.scrollHeight, client: node.clientHeight }));
      expect(tray.scroll).toBeLessThanOrEqual(tray.client);
      for (const testId of ['step-list', 'share-failure', 'retry-button']) await visibleWithoutInnerScroll(page, app, testId);

      await press(app.getByTestId('retry-button'));
      await app.getByTestId('share-result').waitFor({ timeout: 60_000 });
      await frameFollowsApp(page, app);
      await visibleWithoutInnerScroll(page, app, 'share-result');
    } finally {
      await context.close();
    }
  });
});
