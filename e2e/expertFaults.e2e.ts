import { describe, expect, test } from 'vitest';
import { APP_WAITS, CI_QUESTION, failureOf, finished, openExpertPanel, readyToAsk, requestsFor, showExpertPart, VERIFY_CHANNEL, withExpertPanel } from './expertSupport';
import type { FrameLocator, Page } from 'playwright-core';
import { browserPerFile, openTicket, sim, type OpenTicket, frameFits, press } from './support';

const browser = browserPerFile();
const PUT_TICKET = `zendesk:PUT /api/v2/tickets/${CI_QUESTION}.json`;

/** Opens #301 (a CI question routed to #s_verify) once the rotation has proposed someone. */
async function withVerifyPanel(run: (opened: OpenTicket) => Promise<void>): Promise<void> {
  await withExpertPanel(browser(), CI_QUESTION, async (opened) => {
    await readyToAsk(opened.app, '#s_verify');
    await run(opened);
  });
}

/**
 * Exactly once, as the channel and the ticket show it: one request in #s_verify for the ticket, recorded on the
 * ticket with its ts, the pending marker gone, one internal note with its link. Returns the request.
 */
async function expectOneRecordedRequest() {
  const requests = await requestsFor(CI_QUESTION);
  expect(requests).toHaveLength(1);
  const [request] = requests;
  expect(request?.channel).toBe(VERIFY_CHANNEL);
  const ticket = await sim.ticket(CI_QUESTION);
  expect(ticket.tags).toEqual(expect.arrayContaining(['ci_expert_asked', 'ci_expert_slack_c0sverify', `ci_expert_ts_${request?.ts.replace('.', '_')}`]));
  expect(ticket.tags.filter((tag) => tag.startsWith('ci_expert_pending'))).toEqual([]);
  expect(ticket.tags.filter((tag) => tag.startsWith('ci_expert_ts_'))).toHaveLength(1);
  const notes = ticket.comments.filter((comment) => !comment.public && comment.body.includes('slack.com/archives/'));
  expect(notes).toHaveLength(1);
  return { request, ticket };
}

/**
 * Asks (with chat.getPermalink hanging), waits until the request is in the channel and the permalink was asked
 * for, reloads the page between the post and the record, and returns the reopened panel ready to resume.
 */
async function reloadAfterThePost(page: Page, app: FrameLocator): Promise<FrameLocator> {
  await press(app.getByTestId('expert-ask'));
  await expect.poll(async () => (await requestsFor(CI_QUESTION)).length).toBe(1);
  await expect.poll(async () => (await sim.call<{ entries: { url: string }[] }>('/__sim/proxy-log')).entries.some((entry) => entry.url.endsWith('chat.getPermalink'))).toBe(true);
  await page.reload();
  const reopened = page.frameLocator('#app-frame');
  await reopened.locator('[data-testid="panel"]').waitFor();
  await showExpertPart(reopened);
  await reopened.getByTestId('expert-pending').waitFor({ timeout: 20_000 });
  await readyToAsk(reopened, '#s_verify');
  return reopened;
}

describe('the expert request is posted once', () => {
  test('a double click asks once', async () => {
    await withVerifyPanel(async ({ app }) => {
      await frameFits(app.getByTestId('expert-ask'));
      await app.getByTestId('expert-ask').dblclick();
      expect(await finished(app)).toContain('Asked in #s_verify');
      await expectOneRecordedRequest();
    });
  });

  test('two tabs on the same ticket clicking together: one request and one note, whichever tab gets there first', APP_WAITS, async () => {
    await sim.latency(100);
    // Two windows (contexts), so neither tab is a throttled background page.
    const first = await openExpertPanel(browser(), CI_QUESTION);
    const second = await openExpertPanel(browser(), CI_QUESTION);
    try {
      await Promise.all([readyToAsk(first.app, '#s_verify'), readyToAsk(second.app, '#s_verify')]);
      await Promise.all([press(first.app.getByTestId('expert-ask')), press(second.app.getByTestId('expert-ask'))]);
      await Promise.all([finished(first.app), finished(second.app)]);
      await expectOneRecordedRequest();
    } finally {
      await first.context.close();
      await second.context.close();
    }
  });

  test('a reload between the post and the record: the panel resumes with the expert the post mentions, and posts nothing new', APP_WAITS, async () => {
    await sim.fault({ match: 'slack:chat.getPermalink', hang: true });
    await withVerifyPanel(async ({ page, app }) => {
      expect(await app.getByTestId('expert-pick').inputValue()).toBe('U0PRIYA');
      const reopened = await reloadAfterThePost(page, app);
      // The rotation now sees Priya's open request; the resumed request still belongs to her.
      expect(await reopened.getByTestId('expert-pick').inputValue()).toBe('U0PRIYA');
      await press(reopened.getByTestId('expert-ask'));
      await finished(reopened);
    });
    const { request, ticket } = await expectOneRecordedRequest();
    expect(request?.metadata?.event_payload.expert).toBe('U0PRIYA');
    expect(ticket.tags.filter((tag) => tag.startsWith('ci_expert_user_'))).toEqual(['ci_expert_user_u0priya']);
  });

  test('a reload between the post and the record, then another area picked: the request is found where it went and recorded there, nothing posted in the new channel', APP_WAITS, async () => {
    await sim.fault({ match: 'slack:chat.getPermalink', hang: true });
    await withVerifyPanel(async ({ page, app }) => {
      const reopened = await reloadAfterThePost(page, app);
      // The advocate thinks better of it: the question is about planning.
      await reopened.getByTestId('expert-area').selectOption('plan');
      await readyToAsk(reopened, '#s_plan');
      await press(reopened.getByTestId('expert-ask'));
      await finished(reopened);
    });
    await expectOneRecordedRequest();
    expect((await sim.messages()).filter((message) => message.channel === 'C0SPLAN' && !message.thread_ts)).toEqual([]);
  });

  test('Slack answers 429 with Retry-After: the countdown shows, then the request goes out once by itself', async () => {
    await sim.fault({ match: 'slack:chat.postMessage', status: 429, retryAfter: 2 });
    await withVerifyPanel(async ({ app }) => {
      await press(app.getByTestId('expert-ask'));
      await expect.poll(() => app.getByTestId('countdown').textContent().catch(() => '')).toMatch(/Waiting \d seconds?, then trying again by itself/);
      await finished(app);
      await expectOneRecordedRequest();
    });
  });

  test('Zendesk answers 409 on the ticket update: re-read, decided again, one request', async () => {
    await sim.fault({ match: PUT_TICKET, status: 409 });
    await withVerifyPanel(async ({ app }) => {
      await press(app.getByTestId('expert-ask'));
      await finished(app);
      await expectOneRecordedRequest();
    });
  });

  test('Slack posts but its answer is dropped: Retry finds the request in the channel instead of asking again', APP_WAITS, async () => {
    await sim.fault({ match: 'slack:chat.postMessage', drop: true });
    await withVerifyPanel(async ({ app }) => {
      await press(app.getByTestId('expert-ask'));
      expect((await failureOf(app)).key).toBe('errors.slack.timeout');
      expect(await requestsFor(CI_QUESTION)).toHaveLength(1);
      await press(app.getByTestId('retry-button'));
      await finished(app);
      await expectOneRecordedRequest();
    });
  });

  test('Zendesk saves the record but its answer is dropped: Retry saves the macro once and asks nothing new', APP_WAITS, async () => {
    await sim.latency(600);
    await withVerifyPanel(async ({ app }) => {
      await press(app.getByTestId('expert-ask'));
      // Once the ticket is marked pending, the next save is the record: Zendesk saves it, the answer never comes.
      await expect.poll(async () => (await sim.ticket(CI_QUESTION)).tags).toContain('ci_expert_pending');
      await sim.fault({ match: PUT_TICKET, drop: true });
      expect((await failureOf(app)).key).toBe('errors.zendesk.timeout');
      await press(app.getByTestId('retry-button'));
      await finished(app);
      const { ticket } = await expectOneRecordedRequest();
      expect(ticket.tags.filter((tag) => tag === 'expert_involved')).toHaveLength(1);
    });
  });
});

describe('asking the next expert when the first has not answered for a day', () => {
  const DAY_AND_AN_HOUR_MS = 25 * 60 * 60 * 1000;

  test('"no answer yet", and a double click on "Ask the next expert" posts ONE thread reply mentioning them, not a second request', APP_WAITS, async () => {
    await withVerifyPanel(async ({ app }) => {
      await press(app.getByTestId('expert-ask'));
      await finished(app);
    });
    const [request] = await requestsFor(CI_QUESTION);
    expect(request?.metadata?.event_payload.expert).toBe('U0PRIYA');

    // A day later, in the app's browser: Date is fixed 25 hours on, timers keep running.
    const context = await browser().newContext({ viewport: { width: 1400, height: 1000 } });
    await context.clock.setFixedTime(Date.now() + DAY_AND_AN_HOUR_MS);
    const { app } = await openTicket(browser(), CI_QUESTION, { context });
    try {
      await showExpertPart(app);
      await app.getByTestId('expert-no-answer').waitFor({ timeout: 20_000 });
      expect(await app.getByTestId('expert-no-answer').textContent()).toBe('No answer yet.');
      const askNext = app.getByTestId('expert-ask-next');
      await expect.poll(() => askNext.textContent(), { timeout: 20_000 }).toBe('Ask Tomás Ribeiro in the thread');
      await frameFits(askNext);
      await askNext.dblclick();
      await app.getByTestId('expert-reasked').waitFor({ timeout: 30_000 });
    } finally {
      await context.close();
    }

    const requests = await requestsFor(CI_QUESTION);
    expect(requests).toHaveLength(1);
    const replies = (await sim.messages()).filter((message) => message.thread_ts === request?.ts && message.text.includes('<@U0TOMAS>'));
    expect(replies).toHaveLength(1);
    const asked = requests[0]?.metadata?.event_payload.asked as { expert: string }[];
    expect(asked.map((entry) => entry.expert)).toEqual(['U0PRIYA', 'U0TOMAS']);
  });
});
