import { describe, expect, test } from 'vitest';
import { browserPerFile, openTicket, press } from './support';

const browser = browserPerFile();
const AHMED = 118;
const PRAISE = 101;

describe('the post URL guards the share (issue 15, item 7)', () => {
  test("on @ahmed_writes_go's ticket a link to someone else's post is flagged, and Share waits for the advocate's confirmation", async () => {
    const { app, context } = await openTicket(browser(), AHMED);
    try {
      const input = app.getByTestId('tweet-url-input');
      await input.fill('https://x.com/someone_else/status/1859203847561029999');
      await input.press('Enter');
      const warning = app.getByTestId('url-other-author');
      await warning.waitFor();
      expect(await warning.textContent()).toContain('This link is by @someone_else, but the ticket is from @ahmed_writes_go.');
      const share = app.getByTestId('share-button');
      expect(await share.isDisabled()).toBe(true);
      expect(await app.getByTestId('share-blocked-reason').textContent()).toContain('it is by someone other than the ticket');

      await press(app.getByText('It is the right post: share it anyway'));
      await expect.poll(() => share.isDisabled()).toBe(false);
    } finally {
      await context.close();
    }
  });

  test('in Change mode an invalid entry turns Share off; Escape keeps the old link and Share comes back', async () => {
    const { app, context } = await openTicket(browser(), PRAISE);
    try {
      await app.getByTestId('suggestion').waitFor();
      const share = app.getByTestId('share-button');
      expect(await share.isDisabled()).toBe(false);
      await press(app.getByTestId('change-url'));
      const input = app.getByTestId('tweet-url-input');
      await input.fill('https://x.com/sarah_codes');
      await expect.poll(() => share.isDisabled()).toBe(true);
      expect(await app.getByTestId('share-blocked-reason').textContent()).toBe("Fix the post's link above, or press Escape to keep the one before.");

      await input.press('Escape');
      await app.getByTestId('tweet-url').waitFor();
      await expect.poll(() => share.isDisabled()).toBe(false);
    } finally {
      await context.close();
    }
  });
});
