import { describe, expect, test } from 'vitest';
import { TICKETS } from './fixtures';
import { browserPerFile, openTicket, sim, press } from './support';

const browser = browserPerFile();

function fixture(id: number) {
  const ticket = TICKETS.find((candidate) => candidate.id === id);
  if (!ticket) throw new Error(`No sample ticket ${id}`);
  return ticket;
}

/** What the share post must say for each platform (its header and the label of the link to the post). */
const SHARED = [
  { id: 201, platform: 'hacker_news', name: 'Hacker News', header: 'A Hacker News post worth a reply', link: 'Open on Hacker News', answer: 'Answer on Hacker News from your own account' },
  { id: 202, platform: 'reddit', name: 'Reddit', header: 'A Reddit post worth a reply', link: 'Open on Reddit', answer: 'Answer on Reddit from your own account' },
  { id: 204, platform: 'facebook', name: 'Facebook', header: 'A Facebook post worth a reply', link: 'Open on Facebook', answer: 'Answer on Facebook from your own account' },
] as const;

describe.each(['light', 'dark'] as const)('posts from other sources (%s)', (theme) => {
  test.each(SHARED.map((expected) => [expected.name, expected] as const))('a %s post is shared end to end, named and linked in Slack', async (_name, expected) => {
    const ticket = fixture(expected.id);
    const opened = await openTicket(browser(), ticket.id, { theme });
    const { app, page } = opened;
    await expect.poll(() => app.getByTestId('post-platform').textContent()).toBe(expected.name);
    expect(await app.getByTestId('tweet-channel').textContent()).toBe('Public post');
    expect(await app.getByTestId('tweet-url').getAttribute('href')).toBe(ticket.expected.postUrl);
    await app.getByTestId('suggestion').waitFor();
    await press(app.getByTestId('share-button'));
    await app.getByTestId('share-result').waitFor({ timeout: 60_000 });

    const posts = (await sim.messages()).filter((message) => !message.thread_ts && message.metadata?.event_payload.ticket_id === ticket.id);
    expect(posts).toHaveLength(1);
    const blocks = JSON.stringify(posts[0]?.blocks);
    expect(blocks).toContain(expected.header);
    expect(blocks).toContain(`<${ticket.expected.postUrl}|${expected.link}>`);
    expect(blocks).toContain(expected.answer);
    expect(posts[0]?.metadata?.event_payload).toMatchObject({ post_url: ticket.expected.postUrl, platform: expected.platform });
    await expect.poll(() => page.locator(`#slack-pane [data-slack-ts="${posts[0]?.ts}"]`).textContent()).toContain(expected.header);
    expect((await sim.ticket(ticket.id)).tags).toContain('ci_shared');
  });

  test('a Facebook page message is private: Share is off and says why, nothing is posted', async () => {
    const ticket = fixture(205);
    const opened = await openTicket(browser(), ticket.id, { theme });
    const { app } = opened;
    await expect.poll(() => app.getByTestId('tweet-channel').textContent()).toBe('Page message (private)');
    await app.getByTestId('suggestion').waitFor();
    expect(await app.getByTestId('share-button').isDisabled()).toBe(true);
    expect(await app.getByTestId('share-blocked-reason').textContent()).toBe('This is a private Facebook message: private messages are never shared with volunteers.');
    expect((await sim.messages()).filter((message) => message.metadata?.event_payload.ticket_id === ticket.id)).toEqual([]);
  });
});
