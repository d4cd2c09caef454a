import { describe, expect, test } from 'vitest';
import { expectedAuthor, TICKETS } from './fixtures';
import { openTicket, browserPerFile } from './support';

const DECISION_LABEL = { involve: 'Involve community', expert: 'Needs an expert', skip: 'No action' } as const;

const browser = browserPerFile();

describe.each(['light', 'dark'] as const)('every sample ticket shows its tweet card (%s)', (theme) => {
  test.each(TICKETS.map((ticket) => [ticket.id, ticket.subject.slice(0, 40), ticket] as const))('ticket %i: %s', async (_id, _subject, ticket) => {
    const { app, context } = await openTicket(browser(), ticket.id, { theme });
    try {
      const author = expectedAuthor(ticket);
      await expect.poll(() => app.getByTestId('tweet-author').textContent()).toBe(author.name);
      if (author.handle) expect(await app.getByTestId('tweet-handle').textContent()).toContain(`@${author.handle}`);
      const firstLine = (ticket.comments[0]?.body ?? '').split('\n')[0]?.slice(0, 30) ?? '';
      expect(await app.getByTestId('tweet-text').textContent()).toContain(firstLine);
      const channel = await app.getByTestId('tweet-channel').textContent();
      const privateLabel = ticket.via.channel === 'facebook' ? 'Page message (private)' : 'Direct message (private)';
      expect(channel).toBe(ticket.expected.isDirectMessage ? privateLabel : 'Public post');
      const postUrl = ticket.expected.postUrl ?? ticket.expected.tweetUrl;
      if (postUrl) {
        await expect.poll(() => app.getByTestId('tweet-url').getAttribute('href')).toBe(postUrl);
      } else {
        // A private message has no address to paste; a public post without one asks for it.
        await expect.poll(() => app.getByTestId('tweet-url-input').count()).toBe(ticket.expected.isDirectMessage ? 0 : 1);
      }
      if (ticket.tags.includes('ci_shared')) {
        // A shared tweet shows its status instead of a suggestion.
        await app.getByTestId('share-status').waitFor();
      } else {
        // The suggestion a seasoned advocate would make (the fixture's label).
        const label = ticket.expected.uncertain ? 'Could be either: involve or expert' : DECISION_LABEL[ticket.expected.decision];
        await expect.poll(() => app.getByTestId('suggested-decision').textContent(), { timeout: 10_000 }).toBe(label);
      }
      const background = await app.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor);
      const [red = 0] = (background.match(/\d+/g) ?? []).map(Number);
      expect(theme === 'dark' ? red < 80 : red > 200).toBe(true);
    } finally {
      await context.close();
    }
  });
});
