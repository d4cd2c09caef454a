import { chromium, type Browser, type BrowserContext, type FrameLocator, type Locator, type Page } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/ensure-chromium';

export { CHROMIUM_ARGS };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/**
 * One Chromium for the test file, the simulator back to its fixtures before each test, and every window a test
 * opened closed after it, even when it failed or timed out. Returns the browser (call it inside tests).
 *
 * The closing is what keeps one test from breaking the next: the simulator is shared, and a test that times out
 * keeps running in the background. Its panel went on with its share (a Retry, a countdown) after the next test had
 * reset the simulator and armed a fault for its own first Slack post: the old panel's post took the fault, the new
 * panel's post went through, and the new test waited in vain for its alert (`channel_not_found`, seen on a loaded
 * CI machine).
 */
export function browserPerFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    await sim.reset();
  });
  afterEach(async ({ task }) => {
    const contexts = browser?.contexts() ?? [];
    if (task.result?.state === 'fail') await keepWhatFailed(task.name, contexts);
    await Promise.all(contexts.map((context) => context.close()));
  });
  return () => {
    if (!browser) throw new Error('The browser is not running: call browserPerFile() at the top of the file.');
    return browser;
  };
}

/**
 * A failed test leaves what its windows showed in `reports/e2e-failures/`: a screenshot of each page, and the
 * text and state attributes of each app frame, so a failure that does not come back can still be read.
 */
async function keepWhatFailed(name: string, contexts: BrowserContext[]): Promise<void> {
  const folder = join('reports', 'e2e-failures');
  mkdirSync(folder, { recursive: true });
  const base = name.replace(/[^a-z0-9]+/gi, '-').slice(0, 80);
  const pages = contexts.flatMap((context) => context.pages());
  await Promise.all(
    pages.map(async (page, index) => {
      const stem = join(folder, `${base}-${index}`);
      await page.screenshot({ path: `${stem}.png`, fullPage: true }).catch(() => undefined);
      const frames = await Promise.all(
        page.frames().map((frame) =>
          frame
            .evaluate(() => {
              const states = [...document.querySelectorAll('[data-testid]')].map((element) => {
                const data = Object.entries((element as HTMLElement).dataset).map(([key, value]) => `${key}=${value ?? ''}`);
                const disabled = (element as HTMLButtonElement).disabled ? ' disabled' : '';
                return `${data.join(' ')}${disabled}`;
              });
              return `${location.href}\nscroll ${scrollY}/${document.documentElement.scrollHeight} in ${innerHeight}\n${states.join('\n')}\n\n${document.body.innerText}`;
            })
            .catch((error: unknown) => String(error)),
        ),
      );
      writeFileSync(`${stem}.txt`, frames.join('\n\n----\n\n'));
    }),
  );
}

export function simHost(): string {
  return inject('simHost');
}

/** The simulator's control endpoints (simulator/CONTRACT.md). */
export const sim = {
  async call<T = unknown>(path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${simHost()}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  },
  reset: () => sim.call('/__sim/reset', {}),
  fault: (fault: Record<string, unknown>) => sim.call('/__sim/faults', fault),
  latency: (ms: number) => sim.call('/__sim/latency', { ms }),
  settings: (settings: Record<string, unknown>) => sim.call('/__sim/settings', { settings }),
  slackConfig: (config: Record<string, unknown>) => sim.call('/__sim/slack/config', config),
  messages: async () => (await sim.call<{ messages: SlackMessage[] }>('/__sim/slack/messages')).messages,
  ticket: (id: number) => sim.call<SimTicket>(`/__sim/tickets/${id}`),
  react: (ts: string, name: string, user: string) => sim.call('/__sim/slack/reactions', { ts, name, user }),
  threadReply: (threadTs: string, user: string, text: string) => sim.call('/__sim/slack/replies', { thread_ts: threadTs, user, text }),
  xReply: (id: number, reply: { name: string; handle: string; body: string }) => sim.call(`/__sim/tickets/${id}/replies`, reply),
};

export interface SlackMessage {
  channel: string;
  ts: string;
  text: string;
  blocks?: { type: string; [key: string]: unknown }[];
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  thread_ts?: string;
  reactions?: { name: string; users: string[]; count: number }[];
  edited?: { user: string; ts: string };
}

export interface SimTicket {
  id: number;
  status: string;
  tags: string[];
  updated_at: string;
  comments: { id: number; author_id: number; author_name: string; body: string; html_body: string; public: boolean; created_at: string }[];
  macros_applied: { id: number; title: string }[];
}

export interface OpenTicket {
  page: Page;
  context: BrowserContext;
  /** The app's iframe (another site than the host page). */
  app: FrameLocator;
}

/** Opens the host page on a ticket in a fresh context and waits until the panel shows it. */
export async function openTicket(
  browser: Browser,
  ticketId: number,
  options: { theme?: 'light' | 'dark'; locale?: string; context?: BrowserContext } = {},
): Promise<OpenTicket> {
  const context = options.context ?? (await browser.newContext({ viewport: { width: 1400, height: 1000 } }));
  const page = await context.newPage();
  const query = new URLSearchParams({ ticket: String(ticketId), theme: options.theme ?? 'light' });
  if (options.locale) query.set('locale', options.locale);
  await page.goto(`${simHost()}/?${query.toString()}`);
  const app = page.frameLocator('#app-frame');
  await app.locator('[data-testid="panel"]').waitFor();
  return { page, context, app };
}

/** Every text node and attribute value of the app frame and the host page, for the secret checks. */
export async function everyText(page: Page): Promise<string> {
  const frames = page.frames();
  const texts = await Promise.all(frames.map((frame) => frame.evaluate(() => document.documentElement.outerHTML).catch(() => '')));
  return texts.join('\n');
}

/**
 * Clicks a control in the app's iframe once the iframe is exactly as tall as the panel, in two checks in a row.
 *
 * Playwright aims a click at page coordinates. While the panel has grown and the host has not yet answered its
 * resize, the panel's lower part sits below the iframe's edge, and moving focus there (the share's progress takes
 * the focus) scrolls the iframe's own page; when the frame grows, that scroll goes back to 0 and every control
 * below moves up (seen: Retry 67 px), under a click already aimed. While the panel has shrunk and the host has not
 * yet answered, the host's column is still as tall as before; its answer can scroll the column and move the whole
 * frame. Either way the click lands where the control was: the action never starts and the test waits out its
 * timeout (about one browser test per full run did, in a different test each time).
 */
export async function press(control: Locator): Promise<void> {
  await frameFits(control);
  await control.click();
}

/** Waits until the iframe around `control` is exactly as tall as its panel, in two checks 16 ms apart (see `press`). */
export async function frameFits(control: Locator): Promise<void> {
  await control.waitFor();
  await control.evaluate(
    (element) =>
      new Promise<void>((resolve) => {
        const page = element.ownerDocument;
        const view = page.defaultView ?? window;
        let steadyChecks = 0;
        // Polled on a timer, not on animation frames: layout is read without a frame being painted, and a frame that
        // stops painting under load (seen once in a loaded CI run) must not stall the wait.
        const check = () => {
          const panel = page.querySelector('[data-testid="panel"]');
          const height = panel ? Math.ceil(panel.getBoundingClientRect().height) : page.documentElement.scrollHeight;
          const fits = Math.abs(height - view.innerHeight) <= 1 && page.documentElement.scrollHeight <= view.innerHeight;
          steadyChecks = fits ? steadyChecks + 1 : 0;
          if (steadyChecks >= 2) resolve();
          else view.setTimeout(check, 16);
        };
        check();
      }),
  );
}
