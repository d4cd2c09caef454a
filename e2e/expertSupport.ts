import { expect } from 'vitest';
import type { Browser, FrameLocator } from 'playwright-core';
import { openTicket, sim, type OpenTicket, type SlackMessage } from './support';

/** The Slack metadata `event_type` of an expert request (docs/design/round-2.md). */
export const EXPERT_EVENT = 'community_involvement_expert_request';
/** #301: a CI question the panel routes to Verify (`C0SVERIFY`, experts Priya, Tomás, Hannah). */
export const CI_QUESTION = 301;
/** #302: an outage mentioning @gitlabstatus, routed to the incident channel. */
export const OUTAGE = 302;
export const VERIFY_CHANNEL = 'C0SVERIFY';
export const VERIFY_EXPERTS = ['U0PRIYA', 'U0TOMAS', 'U0HANNAH'];

/** Expert requests the app posted for a ticket (thread replies left out). */
export async function requestsFor(ticketId: number): Promise<SlackMessage[]> {
  return (await sim.messages()).filter((message) => !message.thread_ts && message.metadata?.event_type === EXPERT_EVENT && message.metadata.event_payload.ticket_id === ticketId);
}

/** Opens a ticket with the decision set to "Needs an expert" and waits for the expert section or its status. */
export async function openExpertPanel(browser: Browser, ticketId: number): Promise<OpenTicket> {
  const opened = await openTicket(browser, ticketId);
  await showExpertPart(opened.app);
  return opened;
}

/** Waits for the panel's suggestion and, where the triage decided otherwise, chooses "Needs an expert". */
export async function showExpertPart(app: FrameLocator): Promise<void> {
  await app.getByTestId('suggestion').waitFor();
  const expertPart = app.locator('[data-testid="expert-section"], [data-testid="expert-status"]');
  if ((await expertPart.count()) === 0 && (await app.getByTestId('decision-select').count()) > 0) {
    await app.getByTestId('decision-select').selectOption('expert');
  }
  await expertPart.first().waitFor({ timeout: 20_000 });
}

/** Opens the expert panel in a fresh window, runs the test's steps, and closes the window whatever happens. */
export async function withExpertPanel(browser: Browser, ticketId: number, run: (opened: OpenTicket) => Promise<void>): Promise<void> {
  const opened = await openExpertPanel(browser, ticketId);
  try {
    await run(opened);
  } finally {
    await opened.context.close();
  }
}

/** Waits until the rotation has read the channel and the button names the channel. */
export async function readyToAsk(app: FrameLocator, channel: string): Promise<void> {
  await expect.poll(() => app.getByTestId('expert-ask').textContent(), { timeout: 20_000 }).toBe(`Ask in ${channel}`);
}

/** The request's result (asked, or asked already elsewhere) once the run finished. */
export async function finished(app: FrameLocator): Promise<string> {
  const result = app.getByTestId('expert-result');
  await result.waitFor({ timeout: 60_000 });
  return (await result.textContent()) ?? '';
}

/** The failure the run stopped at: its translation key and text. */
export async function failureOf(app: FrameLocator): Promise<{ key: string | null; text: string }> {
  const failure = app.getByTestId('share-failure');
  await failure.waitFor({ timeout: 40_000 });
  return { key: await failure.getAttribute('data-error-key'), text: (await failure.textContent()) ?? '' };
}

/**
 * For tests where the app itself waits: 20 s for an answer that never comes, up to 30 s after another run's pending
 * mark (involve.ts PENDING_GRACE_MS). Above the suite's 45 s, so a loaded machine fails on what it waited for.
 */
export const APP_WAITS = { timeout: 150_000 };
