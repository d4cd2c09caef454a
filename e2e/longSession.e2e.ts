/**
 * An advocate keeps a shared ticket open for hours: the status is read again every minute while the app is on
 * screen (useShareActivity). With a fake clock, 200 refreshes (200 minutes) run one after the other, each waited
 * for on the wire; then the app's heap after garbage collection, its DOM event listeners and its ZAF event
 * subscriptions must be where they were after the first twenty.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { CLAIMED_TICKET, panelText, slackCalls } from './loopSupport';
import { browserPerFile, openTicket } from './support';

const browser = browserPerFile();
const WARM_UP_CYCLES = 20;
const CYCLES = 200;
/**
 * How far the heap may move over 180 refreshes. Measured on 2026-12-02: +0.49 MB (about 2.7 kB per refresh; an idle
 * hour with the clock running adds 0.06 MB). Before the adapter removed the npm SDK's request listeners it was
 * +0.68 MB with 720 listeners left behind. The bound catches a leak of a few kB per refresh or more.
 */
const HEAP_BOUND_BYTES = 1024 * 1024;

interface Footprint {
  heapBytes: number;
  domListeners: number;
  /** The app's own `client.on` subscriptions; the npm SDK's per-request `request:N.*` listeners are counted apart. */
  zafEvents: Record<string, number>;
  sdkRequestListeners: number;
}

/** A CDP session on the app's out-of-process iframe. */
async function appSession(context: BrowserContext, page: Page): Promise<CDPSession> {
  const frame = page.frames().find((candidate) => candidate.url().includes('/assets/index.html'));
  if (!frame) throw new Error('app frame not found');
  return context.newCDPSession(frame);
}

async function listenersOn(cdp: CDPSession, expression: string): Promise<number> {
  const { result } = await cdp.send('Runtime.evaluate', { expression });
  if (!result.objectId) throw new Error(`${expression} is not an object`);
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId, depth: -1, pierce: true });
  return listeners.length;
}

async function footprint(cdp: CDPSession, page: Page): Promise<Footprint> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const domListeners = (await listenersOn(cdp, 'window')) + (await listenersOn(cdp, 'document'));
  const subscriptions = (await page.evaluate(() => window.__zafSubscriptions?.() ?? {})) as Record<string, number>;
  const zafEvents = Object.fromEntries(Object.entries(subscriptions).filter(([name]) => !name.startsWith('request:')));
  const sdkRequestListeners = Object.keys(subscriptions).length - Object.keys(zafEvents).length;
  return { heapBytes: usedSize, domListeners, zafEvents, sdkRequestListeners };
}

/** Every `request:N` the app sent has had its answer (the refresh is over, the next one may start). */
async function allRequestsAnswered(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const keys = (window.__zafWire ?? []).map(({ data }) => {
      try {
        return String((typeof data === 'string' ? (JSON.parse(data) as { key?: unknown }) : (data as { key?: unknown })).key ?? '');
      } catch {
        return '';
      }
    });
    const sent = keys.filter((key) => /^request:\d+$/.test(key)).length;
    const answered = keys.filter((key) => /^zaf\.request:\d+\.(done|fail)$/.test(key)).length;
    return sent === answered;
  });
}

/** One minute passes; the refresh it starts is waited for on the wire, never on time. */
async function oneMinute(page: Page): Promise<void> {
  const before = await slackCalls('reactions.get');
  await page.clock.fastForward('01:00');
  await expect.poll(() => slackCalls('reactions.get')).toBe(before + 1);
  await expect.poll(() => allRequestsAnswered(page)).toBe(true);
}

describe('a ticket left open for hours', () => {
  test(`${CYCLES} status refreshes keep heap, DOM listeners and ZAF subscriptions flat`, { timeout: 600_000 }, async () => {
    const context = await browser().newContext({ viewport: { width: 1400, height: 1000 } });
    await context.clock.install();
    const { page, app } = await openTicket(browser(), CLAIMED_TICKET.id, { context });
    try {
      await expect.poll(() => panelText(app, 'claims')).toBe('👀 Taken by 1 volunteer');
      await expect.poll(() => allRequestsAnswered(page)).toBe(true);
      const cdp = await appSession(context, page);
      for (let cycle = 0; cycle < WARM_UP_CYCLES; cycle += 1) await oneMinute(page);
      const early = await footprint(cdp, page);
      for (let cycle = WARM_UP_CYCLES; cycle < CYCLES; cycle += 1) await oneMinute(page);
      const late = await footprint(cdp, page);
      console.log(`long session: heap ${early.heapBytes} → ${late.heapBytes} bytes, DOM listeners ${early.domListeners} → ${late.domListeners}, SDK request listeners ${early.sdkRequestListeners} → ${late.sdkRequestListeners}`);

      expect(await panelText(app, 'claims')).toBe('👀 Taken by 1 volunteer');
      expect(late.zafEvents).toEqual(early.zafEvents);
      expect(late.domListeners).toBe(early.domListeners);
      expect(late.sdkRequestListeners).toBe(early.sdkRequestListeners);
      expect(late.heapBytes - early.heapBytes).toBeLessThan(HEAP_BOUND_BYTES);
    } finally {
      await context.close();
    }
  });
});
