import type { FrameLocator, Page } from 'playwright-core';
import { sim, type SlackMessage } from './support';

/** The simulator's `community-involvement` channel, where every share of the sample tickets went. */
export const COMMUNITY_CHANNEL = 'C0COMMUNITY';

/** Ticket 120: shared by Alex Advocate, one volunteer (Miguel) took it with 👀, nobody replied yet. */
export const CLAIMED_TICKET = { id: 120, ts: '1795190607.318400', sharedBy: 'Alex Advocate' } as const;

/** Ticket 121: shared, then Jane Park (@jane_ships_it) answered the tweet from X and the ticket reopened. */
export const REPLIED_TICKET = { id: 121, ts: '1795204201.120900', responder: 'Jane Park', handle: 'jane_ships_it' } as const;

/** The link Slack gives a message in the simulated workspace. */
export function permalinkOf(channel: string, ts: string): string {
  return `https://gitlab-sim.slack.com/archives/${channel}/p${ts.replace('.', '')}`;
}

interface ProxyLogEntry {
  method: string;
  url: string;
}

/** How many times the app called a Slack method through the Zendesk proxy since the last reset. */
export async function slackCalls(method: string): Promise<number> {
  const { entries } = await sim.call<{ entries: ProxyLogEntry[] }>('/__sim/proxy-log');
  return entries.filter((entry) => entry.url.split('?')[0] === `https://slack.com/api/${method}`).length;
}

/** The agent opens another ticket tab and comes back: Zendesk fires `app.deactivated` then `app.activated`. */
export async function switchAwayAndBack(page: Page): Promise<void> {
  const toggle = page.locator('#switch-tab');
  await toggle.click();
  await page.getByText('App in a background tab').waitFor();
  await toggle.click();
  await page.getByText('App active').waitFor();
}

/** A volunteer picked in the Slack pane's "as" list clicks a reaction button under the post. */
export async function reactInSlackPane(page: Page, ts: string, volunteerId: string, reaction: 'eyes' | 'white_check_mark'): Promise<void> {
  await page.locator('#slack-volunteer').selectOption(volunteerId);
  await page.locator(`#slack-pane [data-slack-ts="${ts}"] [data-react="${reaction}"]`).click();
}

/** A volunteer answers in the post's thread from the Slack pane. */
export async function replyInSlackPane(page: Page, ts: string, volunteerId: string, text: string): Promise<void> {
  await page.locator('#slack-volunteer').selectOption(volunteerId);
  const post = page.locator(`#slack-pane [data-slack-ts="${ts}"]`);
  await post.getByLabel('Reply in thread').fill(text);
  await post.locator('[data-thread-reply="true"]').click();
}

/** The text of one element of the panel, or '' while it is not shown. */
export async function panelText(app: FrameLocator, testId: string): Promise<string> {
  const element = app.getByTestId(testId);
  return (await element.count()) === 0 ? '' : ((await element.first().textContent()) ?? '');
}

/** The top-level message with this `ts` as Slack now has it. */
export async function slackMessage(ts: string): Promise<SlackMessage | undefined> {
  return (await sim.messages()).find((message) => message.ts === ts && (message.thread_ts === undefined || message.thread_ts === ts));
}

/** Replies in the thread of the message with this `ts`. */
export async function threadReplies(ts: string): Promise<SlackMessage[]> {
  return (await sim.messages()).filter((message) => message.thread_ts === ts && message.ts !== ts);
}

/** Every piece of text in a message's blocks, for checks on what volunteers read. */
export function blockText(message: SlackMessage | undefined): string {
  return JSON.stringify(message?.blocks ?? []);
}

/** Alerts in the panel other than the confirmations of a finished step (those are alerts too, for screen readers). */
export function errorsShown(app: FrameLocator): Promise<number> {
  return app.locator('[role="alert"]:not([data-testid="responded"]):not([data-testid="withdrawn"])').count();
}
