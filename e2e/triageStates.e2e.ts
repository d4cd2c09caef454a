import { describe, expect, test } from 'vitest';
import { expectedAuthor, ticketWhere } from './fixtures';
import { browserPerFile, openTicket, sim } from './support';

const browser = browserPerFile();

/** A tweet the model cannot call between involve and expert. */
const UNCERTAIN = ticketWhere((ticket) => ticket.expected.uncertain === true, 'an uncertain suggestion');
/** A hostile tweet: no action, and the panel says why. */
const HOSTILE = ticketWhere((ticket) => ticket.expected.skipReason === 'hostile', 'a hostile tweet');
/** A warm public tweet by a person: the staff test names its writer as one of the team. */
const PRAISE = ticketWhere((ticket) => ticket.expected.decision === 'involve' && ticket.via.channel === 'twitter' && expectedAuthor(ticket).handle !== undefined && ticket.expected.uncertain !== true, 'a praise tweet with a handle');
/** A thank-you after an event, with a hashtag and a picture link, as real tweets are. */
const EVENT_THANKS = ticketWhere((ticket) => /pic\.twitter\.com/.test(ticket.comments[0]?.body ?? '') && ticket.expected.decision === 'involve', 'a thank-you with a picture link');

describe.each(['light', 'dark'] as const)('the suggestion says what it knows (%s)', (theme) => {
  test('too close to call: both sides with their evidence, no decision pre-filled, Share asks to choose', async () => {
    const { app, context } = await openTicket(browser(), UNCERTAIN.id, { theme });
    try {
      const tag = app.getByTestId('suggested-decision');
      await expect.poll(() => tag.textContent(), { timeout: 15_000 }).toBe('Could be either: involve or expert');
      expect(await app.getByTestId('uncertain-hint').textContent()).toContain('choose your decision');
      expect(await app.getByTestId('reasons-involve').locator('li').count()).toBeGreaterThan(0);
      expect(await app.getByTestId('reasons-expert').locator('li').count()).toBeGreaterThan(0);
      // The advocate's choice starts empty: no guess to inherit.
      expect(await app.getByTestId('decision-select').inputValue()).toBe('');
      expect(await app.getByTestId('share-button').isDisabled()).toBe(true);
      expect(await app.getByTestId('share-blocked-reason').textContent()).toBe('Choose your decision above to share: the suggestion could be either.');
      // Choosing involve opens the share.
      await app.getByTestId('decision-select').selectOption('involve');
      await expect.poll(() => app.getByTestId('share-button').isDisabled()).toBe(false);
    } finally {
      await context.close();
    }
  });

  test('No action names its reason, and the tone rules say to step away rather than thank', async () => {
    const { app, context } = await openTicket(browser(), HOSTILE.id, { theme });
    try {
      await expect.poll(() => app.getByTestId('suggested-decision').textContent(), { timeout: 15_000 }).toBe('No action');
      expect(await app.getByTestId('skip-reason').textContent()).toBe('No action because it is hostile to a person.');
      const rules = await app.getByTestId('tone-rules').textContent();
      expect(rules).not.toMatch(/thank/i);
      expect(await app.getByTestId('decision-select').inputValue()).toBe('skip');
    } finally {
      await context.close();
    }
  });

  test('a tweet by someone the staff handles setting names is No action, and the panel says it is our own', async () => {
    const handle = expectedAuthor(PRAISE).handle ?? '';
    await sim.settings({ staff_handles: `@${handle.toUpperCase()}, someone_else` });
    const { app, context } = await openTicket(browser(), PRAISE.id, { theme });
    try {
      await expect.poll(() => app.getByTestId('suggested-decision').textContent(), { timeout: 15_000 }).toBe('No action');
      expect(await app.getByTestId('skip-reason').textContent()).toBe('No action because it is our own post or our staff’s announcement.');
      expect(await app.getByTestId('reasons').textContent()).toContain('Posted by a team member (staff handles setting)');
      expect(await app.getByTestId('decision-select').inputValue()).toBe('skip');
    } finally {
      await context.close();
      await sim.reset();
    }
  });

  test('a thank-you after an event with a picture link is for the community', async () => {
    const { app, context } = await openTicket(browser(), EVENT_THANKS.id, { theme });
    try {
      await expect.poll(() => app.getByTestId('suggested-decision').textContent(), { timeout: 15_000 }).toBe('Involve community');
      expect(await app.getByTestId('skip-reason').count()).toBe(0);
      expect(await app.getByTestId('reasons').textContent()).toMatch(/thank/i);
      expect(await app.getByTestId('category-select').inputValue()).toBe('positive_feedback');
      expect(await app.getByTestId('share-button').isDisabled()).toBe(false);
    } finally {
      await context.close();
    }
  });
});
