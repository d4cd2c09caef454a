import { describe, expect, test } from 'vitest';
import { openTicket, sim, browserPerFile, frameFits, press } from './support';
import { blockText, CLAIMED_TICKET, COMMUNITY_CHANNEL, errorsShown, panelText, permalinkOf, reactInSlackPane, REPLIED_TICKET, replyInSlackPane, slackCalls, slackMessage, switchAwayAndBack, threadReplies } from './loopSupport';

const browser = browserPerFile();

describe('the status of a shared tweet', () => {
  test('ticket 120 says who shared it and when, links the Slack post and counts the volunteer who took it', async () => {
    const { app, context } = await openTicket(browser(), CLAIMED_TICKET.id);
    try {
      await expect.poll(() => panelText(app, 'shared-by')).toMatch(/^Shared by Alex Advocate (?:\d+ (?:minutes|hours|days|weeks|months) ago|yesterday|last week|last month)\.$/);
      expect(await app.getByTestId('view-in-slack').getAttribute('href')).toBe(permalinkOf(COMMUNITY_CHANNEL, CLAIMED_TICKET.ts));
      await expect.poll(() => panelText(app, 'claims')).toBe('👀 Taken by 1 volunteer');
      expect(await panelText(app, 'thread-replies')).toBe('0 replies in the Slack thread');
      expect(await app.getByTestId('done-marks').count()).toBe(0);
      expect(await app.getByTestId('missing-scopes').count()).toBe(0);
      expect(await app.getByTestId('no-reply').count()).toBe(1);
    } finally {
      await context.close();
    }
  });

  test('volunteers react 👀 and ✅ in Slack: after switching back the panel counts them, one Slack call per method', async () => {
    const { page, app, context } = await openTicket(browser(), CLAIMED_TICKET.id);
    try {
      await expect.poll(() => panelText(app, 'claims')).toBe('👀 Taken by 1 volunteer');
      await reactInSlackPane(page, CLAIMED_TICKET.ts, 'U0AISHA', 'eyes');
      await expect.poll(() => page.locator(`[data-slack-ts="${CLAIMED_TICKET.ts}"] [data-reaction="eyes"]`).textContent()).toContain('2');
      await reactInSlackPane(page, CLAIMED_TICKET.ts, 'U0MIGUEL', 'white_check_mark');
      await expect.poll(() => page.locator(`[data-slack-ts="${CLAIMED_TICKET.ts}"] [data-reaction="white_check_mark"]`).count()).toBe(1);

      // Opening the ticket was one refresh: one read of each kind.
      const before = { reactions: await slackCalls('reactions.get'), replies: await slackCalls('conversations.replies') };
      expect(before).toEqual({ reactions: 1, replies: 1 });
      await switchAwayAndBack(page);
      await expect.poll(() => panelText(app, 'claims')).toBe('👀 Taken by 2 volunteers');
      await expect.poll(() => panelText(app, 'done-marks')).toBe('✅ Marked replied by 1 volunteer');
      expect(await slackCalls('reactions.get')).toBe(before.reactions + 1);
      expect(await slackCalls('conversations.replies')).toBe(before.replies + 1);
    } finally {
      await context.close();
    }
  });

  test('a volunteer answers in the Slack thread: after switching back the panel counts the reply', async () => {
    const { page, app, context } = await openTicket(browser(), CLAIMED_TICKET.id);
    try {
      await expect.poll(() => panelText(app, 'thread-replies')).toBe('0 replies in the Slack thread');
      await replyInSlackPane(page, CLAIMED_TICKET.ts, 'U0AISHA', "I'll take this one, we did the same migration last spring 🙌");
      await expect.poll(() => page.locator(`[data-slack-ts="${CLAIMED_TICKET.ts}"] [data-slack-reply-ts]`).count()).toBe(1);
      await switchAwayAndBack(page);
      await expect.poll(() => panelText(app, 'thread-replies')).toBe('1 reply in the Slack thread');
    } finally {
      await context.close();
    }
  });
});

const JANE_FROM_X = { name: 'Jane Park', handle: 'janepark_dev' };
const RESPONDED_MACRO = 'Involving Experts::Expert Responded';
const OLLIE_TWEET_START = '@movingtogitlab we finally moved all 400 repos over the weekend';

describe('who took it', () => {
  // Slack puts the poster's profile on the thread messages of conversations.replies; Jane took ticket 121 (👀),
  // marked it done (✅) and said so in the thread, so the panel can name her without users:read.
  test('the volunteer who took ticket 121 and answered in the thread is named', async () => {
    const { app, context } = await openTicket(browser(), REPLIED_TICKET.id);
    try {
      await expect.poll(() => panelText(app, 'claims')).toBe('👀 Taken by 1 volunteer (Jane Park)');
      expect(await panelText(app, 'done-marks')).toBe('✅ Marked replied by 1 volunteer (Jane Park)');
    } finally {
      await context.close();
    }
  });
});

describe('refreshing on a timer', () => {
  test('the status is read again once a minute while the ticket is on screen, and not while the agent is on another tab', async () => {
    const context = await browser().newContext({ viewport: { width: 1400, height: 1000 } });
    await context.clock.install();
    const { page, app } = await openTicket(browser(), CLAIMED_TICKET.id, { context });
    try {
      await expect.poll(() => panelText(app, 'claims')).toBe('👀 Taken by 1 volunteer');
      await sim.react(CLAIMED_TICKET.ts, 'eyes', 'U0AISHA');
      await page.clock.fastForward('01:01');
      await expect.poll(() => panelText(app, 'claims')).toBe('👀 Taken by 2 volunteers');
      expect(await slackCalls('reactions.get')).toBe(2);

      await page.locator('#switch-tab').click();
      await page.getByText('App in a background tab').waitFor();
      const away = await slackCalls('reactions.get');
      // Zendesk hides a background ticket's app without changing document.visibilityState; app.deactivated says so.
      await page.clock.fastForward('05:00');
      await page.clock.runFor(1000);
      expect(await slackCalls('reactions.get')).toBe(away);

      await page.locator('#switch-tab').click();
      await expect.poll(() => slackCalls('reactions.get')).toBe(away + 1);
    } finally {
      await context.close();
    }
  });
});

describe('a reply comes back on the ticket', () => {
  test('ticket 121 names the team member who replied on X', async () => {
    const { app, context } = await openTicket(browser(), REPLIED_TICKET.id);
    try {
      await expect.poll(() => panelText(app, 'reply-detected')).toMatch(/^Jane Park \(@jane_ships_it\) replied on X (?:\d+ (?:minutes|hours|days|weeks|months) ago|yesterday|last week|last month)\.$/);
      expect(await app.getByTestId('mark-responded').isEnabled()).toBe(true);
      expect(await app.getByTestId('responder-handle').count()).toBe(0);
      await expect.poll(() => panelText(app, 'claims')).toBe('👀 Taken by 1 volunteer (Jane Park)');
      expect(await panelText(app, 'done-marks')).toBe('✅ Marked replied by 1 volunteer (Jane Park)');
      expect(await panelText(app, 'thread-replies')).toBe('1 reply in the Slack thread');
    } finally {
      await context.close();
    }
  });

  test('Jane replies from X while the ticket is open; Mark as responded updates Slack once, records it and applies the macro', async () => {
    const { page, app, context } = await openTicket(browser(), CLAIMED_TICKET.id);
    try {
      await expect.poll(() => panelText(app, 'no-reply')).toContain('No reply on the ticket yet');
      expect(await page.locator('#team-reply-text').inputValue()).toBe('@oss_ollie ');
      expect(await page.locator('#team-reply').isDisabled()).toBe(true);
      await page.locator('#team-reply-text').fill('@oss_ollie welcome aboard, glad the move went well!');
      await page.locator('#team-reply').click();
      await expect.poll(() => panelText(app, 'reply-detected')).toMatch(/^Jane Park \(@janepark_dev\) replied on X .+\.$/);

      await press(app.getByTestId('mark-responded'));
      await expect.poll(() => panelText(app, 'responded')).toContain('Marked as responded: @janepark_dev replied to the tweet.');

      const post = await slackMessage(CLAIMED_TICKET.ts);
      expect(post?.edited).toBeDefined();
      expect(post?.metadata?.event_payload.status).toBe('responded');
      expect(blockText(post)).toContain('✅ Responded');
      expect(blockText(post)).toContain('@janepark_dev');
      expect(blockText(post)).toContain(OLLIE_TWEET_START);
      const replies = await threadReplies(CLAIMED_TICKET.ts);
      expect(replies.map((reply) => reply.text)).toEqual([expect.stringContaining('Responded by @janepark_dev')]);

      const ticket = await sim.ticket(CLAIMED_TICKET.id);
      expect(ticket.tags).toContain('ci_responded');
      expect(ticket.tags).toContain('ci_shared');
      const notes = ticket.comments.filter((comment) => !comment.public);
      expect(notes.at(-1)?.body).toBe('Marked as responded by Alex Advocate: @janepark_dev replied to the tweet.');

      expect(await panelText(app, 'responded')).toContain(`The macro “${RESPONDED_MACRO}” is saved on the ticket.`);
      expect(ticket.tags).toContain('expert_responded');
      expect(ticket.status).toBe('solved');

      // Submitting afterwards (or reloading) changes nothing: the panel still says who responded.
      await page.locator('#submit-ticket').click();
      await page.reload();
      await expect.poll(() => panelText(app, 'responded'), { timeout: 15_000 }).toContain('Marked as responded: @janepark_dev replied to the tweet.');
      expect((await sim.ticket(CLAIMED_TICKET.id)).status).toBe('solved');

      await page.reload();
      await expect.poll(() => panelText(app, 'responded')).toContain('Marked as responded');
      expect(await app.getByTestId('mark-responded').count()).toBe(0);
      expect(await threadReplies(CLAIMED_TICKET.ts)).toHaveLength(1);
    } finally {
      await context.close();
    }
  });

  test('a double click on Mark as responded replies in the thread once', async () => {
    await sim.xReply(CLAIMED_TICKET.id, { ...JANE_FROM_X, body: `@oss_ollie 400 repos in a weekend is amazing, thank you for telling us! 🧡` });
    const { app, context } = await openTicket(browser(), CLAIMED_TICKET.id);
    try {
      await expect.poll(() => panelText(app, 'reply-detected')).toContain('Jane Park (@janepark_dev) replied on X');
      await frameFits(app.getByTestId('mark-responded'));
      await app.getByTestId('mark-responded').dblclick();
      await expect.poll(() => panelText(app, 'responded')).toContain('Marked as responded');
      expect(await threadReplies(CLAIMED_TICKET.ts)).toHaveLength(1);
      expect(await slackCalls('chat.update')).toBe(1);
      expect((await sim.ticket(CLAIMED_TICKET.id)).comments.filter((comment) => !comment.public)).toHaveLength(2);
    } finally {
      await context.close();
    }
  });

  test('the thread reply went out but its answer was lost: Try again finishes without a second reply', async () => {
    await sim.fault({ match: 'slack:chat.postMessage', drop: true });
    const { app, context } = await openTicket(browser(), REPLIED_TICKET.id);
    try {
      await expect.poll(() => app.getByTestId('mark-responded').count()).toBe(1);
      await press(app.getByTestId('mark-responded'));
      await expect.poll(() => app.getByTestId('retry-button').count(), { timeout: 30_000, interval: 1000 }).toBe(1);
      const botReplies = async () => (await threadReplies(REPLIED_TICKET.ts)).filter((reply) => reply.text.includes('Responded by @jane_ships_it'));
      expect(await botReplies()).toHaveLength(1);

      await press(app.getByTestId('retry-button'));
      await expect.poll(() => panelText(app, 'responded'), { timeout: 10_000 }).toContain('Marked as responded');
      expect(await botReplies()).toHaveLength(1);
      expect((await sim.ticket(REPLIED_TICKET.id)).tags).toContain('ci_responded');
    } finally {
      await context.close();
    }
  }, 60_000);

  test('the Slack post links the reply when its tweet is known (ticket 121)', async () => {
    const { app, context } = await openTicket(browser(), REPLIED_TICKET.id);
    try {
      await expect.poll(() => app.getByTestId('mark-responded').count()).toBe(1);
      await press(app.getByTestId('mark-responded'));
      await expect.poll(() => panelText(app, 'responded')).toContain('Marked as responded');
      const post = await slackMessage(REPLIED_TICKET.ts);
      expect(blockText(post)).toContain('@jane_ships_it');
      // The reply's link, in its canonical form, as the panel keeps every tweet link.
      expect(blockText(post)).toContain('<https://x.com/jane_ships_it/status/1859819410220339200|View reply>');
    } finally {
      await context.close();
    }
  });
});

describe('marking it responded by hand', () => {
  test('an invalid handle shows the error; a typed handle marks it responded', async () => {
    const { app, context } = await openTicket(browser(), CLAIMED_TICKET.id);
    try {
      const handle = app.getByTestId('responder-handle');
      await handle.fill('@miguel builds!');
      await expect.poll(() => app.getByText('An X handle has up to 15 letters, digits or underscores').count()).toBe(1);
      expect(await app.getByTestId('mark-responded-manual').isDisabled()).toBe(true);

      await handle.fill('@miguel_builds');
      expect(await app.getByText('An X handle has up to 15 letters').count()).toBe(0);
      await press(app.getByTestId('mark-responded-manual'));
      await expect.poll(() => panelText(app, 'responded')).toContain('Marked as responded');

      expect(blockText(await slackMessage(CLAIMED_TICKET.ts))).toContain('@miguel_builds');
      expect((await threadReplies(CLAIMED_TICKET.ts)).map((reply) => reply.text)).toEqual([expect.stringContaining('Responded by @miguel_builds')]);
      const ticket = await sim.ticket(CLAIMED_TICKET.id);
      expect(ticket.tags).toContain('ci_responded');
      expect(ticket.comments.at(-1)?.body).toBe('Marked as responded by Alex Advocate: @miguel_builds replied to the tweet.');
    } finally {
      await context.close();
    }
  });
});

describe('a Slack app without reactions:read and channels:history', () => {
  test('the status says what the admin can add, nothing errors, and Mark as responded still works', async () => {
    await sim.slackConfig({ scopes: ['chat:write', 'channels:read'] });
    const { app, context } = await openTicket(browser(), REPLIED_TICKET.id);
    try {
      await expect.poll(() => panelText(app, 'missing-scopes')).toContain('an admin can add');
      const advice = await panelText(app, 'missing-scopes');
      expect(advice).toContain('reactions:read');
      expect(advice).toContain('channels:history');
      expect(await app.getByTestId('claims').count()).toBe(0);
      expect(await app.getByTestId('thread-replies').count()).toBe(0);
      expect(await panelText(app, 'shared-by')).toMatch(/^Shared by Alex Advocate/);
      expect(await errorsShown(app)).toBe(0);

      await press(app.getByTestId('mark-responded'));
      await expect.poll(() => panelText(app, 'responded')).toContain('Marked as responded');
      expect(await errorsShown(app)).toBe(0);
      const post = await slackMessage(REPLIED_TICKET.ts);
      expect(post?.metadata?.event_payload.status).toBe('responded');
      expect(blockText(post)).toContain('merge trains for MRs from forks');
      const replies = (await threadReplies(REPLIED_TICKET.ts)).map((reply) => reply.text);
      expect(replies).toEqual([expect.stringContaining('Replied from my account'), expect.stringContaining('Responded by @jane_ships_it')]);
      expect((await sim.ticket(REPLIED_TICKET.id)).tags).toEqual(expect.arrayContaining(['ci_responded', 'expert_responded']));
    } finally {
      await context.close();
    }
  });
});
