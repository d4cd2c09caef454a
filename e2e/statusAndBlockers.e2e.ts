import { describe, expect, test } from 'vitest';
import { browserPerFile, openTicket, sim, press } from './support';
import { CLAIMED_TICKET, panelText } from './loopSupport';

const browser = browserPerFile();

/** Ticket 122: a mention that was closed as no action. */
const CLOSED_TICKET = 122;

describe('what a new user found (issue 15)', () => {
  test('a closed ticket: choosing Involve leaves Share off, with the reason, before anything is tried', async () => {
    const { app, context } = await openTicket(browser(), CLOSED_TICKET);
    try {
      await app.getByTestId('suggestion').waitFor({ timeout: 15_000 });
      await app.getByTestId('decision-select').selectOption('involve');
      await expect.poll(() => panelText(app, 'share-blocked-reason')).toContain('This ticket is closed');
      expect(await app.getByTestId('share-button').isDisabled()).toBe(true);
    } finally {
      await context.close();
    }
  });

  test('Refresh shows a volunteer’s 👀 at once, without waiting for the minute or switching tabs', async () => {
    const { app, context } = await openTicket(browser(), CLAIMED_TICKET.id);
    try {
      await expect.poll(() => panelText(app, 'claims'), { timeout: 15_000 }).toBe('👀 Taken by 1 volunteer');
      await sim.react(CLAIMED_TICKET.ts, 'eyes', 'U0AISHA');
      await press(app.getByTestId('refresh-status'));
      await expect.poll(() => panelText(app, 'claims'), { timeout: 10_000 }).toBe('👀 Taken by 2 volunteers');
    } finally {
      await context.close();
    }
  });

  test('right after a team member’s reply the panel says it in the past tense, never "in 5 seconds"', async () => {
    const { page, app, context } = await openTicket(browser(), CLAIMED_TICKET.id);
    try {
      await expect.poll(() => panelText(app, 'no-reply'), { timeout: 15_000 }).toContain('No reply on the ticket yet');
      // Several saves in one second push Zendesk's stamps ahead of the browser's clock, as in the issue.
      await sim.xReply(CLAIMED_TICKET.id, { name: 'Jane Park', handle: 'janepark_dev', body: '@oss_ollie congrats on the move!' });
      await page.locator('#team-reply-text').fill('@oss_ollie and welcome!');
      await page.locator('#team-reply').click();
      await expect.poll(() => panelText(app, 'reply-detected'), { timeout: 10_000 }).toMatch(/^Jane Park \(@janepark_dev\) replied on X (now|\d+ seconds? ago)\.$/);
      expect(await panelText(app, 'reply-detected')).not.toMatch(/ in \d/);
    } finally {
      await context.close();
    }
  });
});
