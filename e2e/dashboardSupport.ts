import type { Browser, BrowserContext, Frame, FrameLocator, Page } from 'playwright-core';
import { appFrame } from './axe';
import { sim, simHost, type SlackMessage } from './support';

/** The dashboard's past shares start here (docs/design/round-2.md); other tests' tickets are below. */
export const FIRST_PAST_SHARE = 1001;

export interface OpenDashboard {
  page: Page;
  context: BrowserContext;
  /** The nav bar page's iframe. */
  dash: FrameLocator;
  frame: Frame;
}

/** Opens the simulator's nav bar page in a fresh context and waits until the list is read completely. */
export async function openDashboard(browser: Browser, options: { theme?: 'light' | 'dark'; locale?: string } = {}): Promise<OpenDashboard> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, colorScheme: options.theme ?? 'light' });
  const page = await context.newPage();
  const query = new URLSearchParams({ view: 'dashboard', theme: options.theme ?? 'light' });
  if (options.locale) query.set('locale', options.locale);
  await page.goto(`${simHost()}/?${query.toString()}`);
  const dash = page.frameLocator('#dashboard-frame');
  await listSettled(dash);
  return { page, context, dash, frame: await appFrame(page, '#dashboard-frame') };
}

/** The list is on screen and no read is running (threads included: they decide claim times). */
export async function listSettled(dash: FrameLocator, timeout = 30_000): Promise<void> {
  await dash.locator('[data-testid="dashboard"][aria-busy="false"]').waitFor({ timeout });
  await dash.getByTestId('share-list').waitFor({ timeout });
}

export interface ListedRow {
  ticketId: number;
  state: string;
  /** `unclaimed`, `claimed_no_reply` or '' (does not need attention). */
  attention: string;
}

/** The rows on the current page of the list, top to bottom. */
export async function listedRows(dash: FrameLocator): Promise<ListedRow[]> {
  return dash.getByTestId('share-row').evaluateAll((rows) =>
    rows.map((row) => ({
      ticketId: Number(row.getAttribute('data-ticket-id')),
      state: row.getAttribute('data-state') ?? '',
      attention: row.getAttribute('data-attention') ?? '',
    })),
  );
}

/** Only the dashboard's own past shares, so tickets other tests share never change a count. */
export async function pastShareRows(dash: FrameLocator): Promise<ListedRow[]> {
  return (await listedRows(dash)).filter((row) => row.ticketId >= FIRST_PAST_SHARE);
}

export function row(dash: FrameLocator, ticketId: number) {
  return dash.locator(`[data-testid="share-row"][data-ticket-id="${ticketId}"]`);
}

/** The bot's post about a ticket (top level), as the Slack emulator holds it now. */
export async function postAbout(ticketId: number): Promise<SlackMessage> {
  const post = (await sim.messages()).find((message) => (message.thread_ts === undefined || message.thread_ts === message.ts) && message.metadata?.event_payload.ticket_id === ticketId);
  if (!post) throw new Error(`No Slack post about ticket ${ticketId}`);
  return post;
}

/** The replies in a post's thread, oldest first. */
export async function threadOf(ts: string): Promise<SlackMessage[]> {
  return (await sim.messages()).filter((message) => message.thread_ts === ts && message.ts !== ts);
}
