import { describe, expect, test } from 'vitest';
import { browserPerFile, openTicket, sim, press } from './support';

const browser = browserPerFile();
/** The simulator's Hacker News ticket: a comment at https://news.ycombinator.com/item?id=21113096. */
const HN_TICKET = 201;
const HN_POST = 'https://news.ycombinator.com/item?id=21113096';
const HN_REPLY = 'https://news.ycombinator.com/item?id=21113555';

describe.each(['light', 'dark'] as const)('Mark as responded with the reply’s link (%s)', (theme) => {
  test('a Hacker News reply is asked for by link: a wrong link is refused and records nothing, the reply’s link is recorded', async () => {
    const opened = await openTicket(browser(), HN_TICKET, { theme });
    const { app, page } = opened;
    await app.getByTestId('suggestion').waitFor();
    await press(app.getByTestId('share-button'));
    await app.getByTestId('share-result').waitFor({ timeout: 60_000 });
    const [post] = (await sim.messages()).filter((message) => !message.thread_ts && message.metadata?.event_payload.ticket_id === HN_TICKET);
    expect(post).toBeDefined();
    // The advocate comes back to the ticket later, when the team has replied on Hacker News.
    await page.reload();
    await app.getByTestId('share-status').waitFor();

    // Replies on HN never come back into Zendesk: no handle field, the reply's link instead.
    const field = app.getByLabel("Link to the team's reply on Hacker News");
    await field.waitFor();
    expect(await app.getByTestId('responder-handle').count()).toBe(0);

    await field.fill('https://www.reddit.com/r/gitlab/comments/1abcde/comment/k9x0yz/');
    await field.press('Enter');
    await expect.poll(() => app.getByTestId('reply-link-error').textContent()).toBe('This link is not on Hacker News. Paste the link to the reply on Hacker News, where the post is.');
    await field.fill(`${HN_POST}&utm_source=hn`);
    await press(app.getByTestId('mark-responded-link'));
    await expect.poll(() => app.getByTestId('reply-link-error').textContent()).toBe("This is the post's own link. Paste the link to the team's reply under it.");
    const untouched = await sim.ticket(HN_TICKET);
    expect(untouched.tags).not.toContain('ci_responded');
    const unchanged = (await sim.messages()).find((message) => message.ts === post?.ts);
    expect(unchanged?.edited).toBeUndefined();
    expect(unchanged?.blocks).toEqual(post?.blocks);

    await field.fill(HN_REPLY);
    await press(app.getByTestId('mark-responded-link'));
    await expect.poll(() => app.getByTestId('responded').textContent(), { timeout: 60_000 }).toContain('Marked as responded: the team replied on Hacker News.');

    const ticket = await sim.ticket(HN_TICKET);
    expect(ticket.tags).toContain('ci_responded');
    expect(ticket.comments.some((comment) => !comment.public && comment.body.includes(`the team replied on Hacker News: ${HN_REPLY}`))).toBe(true);
    const messages = await sim.messages();
    const updated = messages.find((message) => message.ts === post?.ts);
    expect(updated?.metadata?.event_payload.status).toBe('responded');
    const blocks = JSON.stringify(updated?.blocks);
    expect(blocks).toContain('Responded: a Hacker News post from the community');
    expect(blocks).toContain('*Responded on Hacker News*');
    expect(blocks).toContain(`<${HN_REPLY}|View reply>`);
    expect(blocks).not.toContain('tweet');
    const threadReplies = messages.filter((message) => message.thread_ts === post?.ts && message.text.includes(HN_REPLY));
    expect(threadReplies.map((message) => message.text)).toEqual([`Responded on Hacker News · <${HN_REPLY}|View reply>`]);
    await expect.poll(() => page.locator(`#slack-pane [data-slack-ts="${post?.ts}"]`).textContent()).toContain('Responded on Hacker News');
  });
});
