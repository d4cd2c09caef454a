import { describe, expect, test } from 'vitest';
import { browserPerFile, openTicket, sim, type SimTicket, press } from './support';

const browser = browserPerFile();

describe('a ticket from your own tweet (issue 15, item 13)', () => {
  test('the host page form makes a ticket (#901), listed in the switcher; the panel suggests it and shares it', async () => {
    const { page, app, context } = await openTicket(browser(), 101);
    try {
      await page.locator('#new-ticket summary').click();
      await page.locator('#new-ticket-name').fill('Dana Lee');
      await page.locator('#new-ticket-handle').fill('@dana_ships');
      await page.locator('#new-ticket-text').fill('Moved our whole CI to @gitlab today and the pipelines are 3x faster. Love it!');
      await page.locator('#new-ticket-url').fill('https://x.com/dana_ships/status/1870000000000000001');
      await page.locator('#new-ticket-create').click();

      await page.waitForURL(/ticket=901/);
      await expect.poll(() => page.locator('#ticket-switcher').inputValue()).toBe('901');
      expect(await page.locator('#ticket-switcher option[value="901"]').textContent()).toBe('#901 Mention of @gitlab by @dana_ships');

      await app.getByTestId('suggestion').waitFor();
      expect(await app.getByTestId('tweet-url').textContent()).toContain('x.com/dana_ships/status/1870000000000000001');
      await press(app.getByTestId('share-button'));
      await app.getByTestId('share-result').waitFor({ timeout: 60_000 });
      const posts = (await sim.messages()).filter((message) => !message.thread_ts && message.metadata?.event_payload.ticket_id === 901);
      expect(posts).toHaveLength(1);
      expect((await sim.call<SimTicket>('/__sim/tickets/901')).tags).toContain('ci_shared');
    } finally {
      await context.close();
    }
  });

  test('a bad handle is refused with what to fix, and nothing is created', async () => {
    const { page, context } = await openTicket(browser(), 101);
    try {
      await page.locator('#new-ticket summary').click();
      await page.locator('#new-ticket-handle').fill('not a handle');
      await page.locator('#new-ticket-text').fill('Hello @gitlab');
      await page.locator('#new-ticket-create').click();
      expect(await page.locator('#new-ticket-error').textContent()).toContain('handle');
      expect(await page.locator('#ticket-switcher option[value="901"]').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
