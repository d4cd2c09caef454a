import { describe, expect, test } from 'vitest';
import { CI_QUESTION, finished, OUTAGE, readyToAsk, requestsFor, VERIFY_EXPERTS, withExpertPanel as withPanelIn, EXPERT_EVENT } from './expertSupport';
import { browserPerFile, sim, type OpenTicket, press } from './support';

const browser = browserPerFile();
const withExpertPanel = (ticketId: number, run: (opened: OpenTicket) => Promise<void>) => withPanelIn(browser(), ticketId, run);

describe('routing a post to the right experts', () => {
  test('an outage mentioning the status account goes to the incident channel, with the words that decided it', async () => {
    await withExpertPanel(OUTAGE, async ({ app }) => {
      expect(await app.getByTestId('expert-area').inputValue()).toBe('availability');
      expect(await app.getByTestId('expert-area-evidence').textContent()).toContain('@gitlabstatus');
      await app.getByTestId('expert-incident-hint').waitFor();
      await readyToAsk(app, '#incident-management');
      await press(app.getByTestId('expert-ask'));
      expect(await finished(app)).toContain('Asked in #incident-management');
      const [request] = await requestsFor(OUTAGE);
      expect(request?.channel).toBe('C0INCIDENT');
      expect(request?.metadata?.event_payload).toMatchObject({ area: 'availability', expert: '', status: 'open' });
    });
  });

  test('a CI question goes to Verify with the expert asked least recently, and says why', async () => {
    await withExpertPanel(CI_QUESTION, async ({ app }) => {
      expect(await app.getByTestId('expert-area').inputValue()).toBe('verify');
      await readyToAsk(app, '#s_verify');
      expect(await app.getByTestId('expert-pick').inputValue()).toBe('U0PRIYA');
      // Named as Slack knows them (users.info), not by their user ids.
      await expect.poll(() => app.getByTestId('expert-reason').textContent()).toBe('Priya Raman: never asked; 0 open');
      expect(await app.getByTestId('expert-pick').locator('option').first().textContent()).toBe('Priya Raman · never asked; 0 open');
      await press(app.getByTestId('expert-ask'));
      expect(await finished(app)).toContain('Asked in #s_verify');
      const [request] = await requestsFor(CI_QUESTION);
      expect(request?.channel).toBe('C0SVERIFY');
      const text = JSON.stringify(request?.blocks);
      expect(text).toContain('<@U0PRIYA>');
      expect(text).toContain('Please answer using your personal account.');
      expect(text).toContain('rules: keeps confusing me');
      const ticket = await sim.ticket(CI_QUESTION);
      expect(ticket.tags).toEqual(expect.arrayContaining(['ci_expert_asked', 'ci_expert_slack_c0sverify', 'ci_expert_area_verify', 'ci_expert_user_u0priya']));
      // The macro is saved with the record: its tag and status are on the ticket without a Submit.
      expect(ticket.tags).toContain('expert_involved');
      expect(ticket.status).toBe('pending');
    });
  });

  test('without the users:read scope the experts are shown by their Slack ids, and asking still works', async () => {
    await sim.slackConfig({ scopes: ['chat:write', 'channels:read', 'channels:history', 'reactions:read'] });
    await withExpertPanel(CI_QUESTION, async ({ app }) => {
      await readyToAsk(app, '#s_verify');
      await expect.poll(async () => (await sim.call<{ entries: { url: string }[] }>('/__sim/proxy-log')).entries.filter((entry) => entry.url.endsWith('users.info')).length).toBe(3);
      expect(await app.getByTestId('expert-reason').textContent()).toBe('U0PRIYA: never asked; 0 open');
      expect(await app.getByTestId('setup-banner').count()).toBe(0);
      await press(app.getByTestId('expert-ask'));
      expect(await finished(app)).toContain('Asked in #s_verify');
    });
  });

  test('a rotation across several tickets spreads requests over every expert of the area', async () => {
    const asked: string[] = [];
    for (const ticketId of [301, 303, 304]) {
      await withExpertPanel(ticketId, async ({ app }) => {
        await app.getByTestId('expert-area').selectOption('verify');
        await readyToAsk(app, '#s_verify');
        await expect.poll(() => app.getByTestId('expert-pick').inputValue()).not.toBe('');
        asked.push(await app.getByTestId('expert-pick').inputValue());
        await press(app.getByTestId('expert-ask'));
        await finished(app);
      });
    }
    expect([...asked].sort()).toEqual([...VERIFY_EXPERTS].sort());
    // The dashboard's fixture holds past expert requests too: only this test's tickets count.
    const tickets = new Set([301, 303, 304]);
    const experts = (await sim.messages())
      .filter((message) => message.metadata?.event_type === EXPERT_EVENT && tickets.has(Number(message.metadata.event_payload.ticket_id)))
      .map((message) => message.metadata?.event_payload.expert);
    expect(experts).toEqual(asked);
  });
});

describe('closing the loop', () => {
  test('the expert answers in the thread and on X; Mark as responded updates the post; the ticket is tagged', async () => {
    await withExpertPanel(CI_QUESTION, async ({ app }) => {
      await readyToAsk(app, '#s_verify');
      await press(app.getByTestId('expert-ask'));
      await finished(app);
    });
    const [request] = await requestsFor(CI_QUESTION);
    await sim.threadReply(request?.ts ?? '', 'U0PRIYA', 'On it, replying from my account.');
    await sim.xReply(CI_QUESTION, { name: 'Priya Raman', handle: 'priya_dev', body: '@devops_dana use rules: if: $CI_MERGE_REQUEST_TARGET_BRANCH_NAME == "main" 👍' });
    await withExpertPanel(CI_QUESTION, async ({ app }) => {
      await app.getByTestId('expert-status').waitFor({ timeout: 20_000 });
      await expect.poll(() => app.getByTestId('expert-status').textContent(), { timeout: 20_000 }).toContain('1 reply in the Slack thread');
      await app.getByTestId('expert-reply-detected').waitFor();
      await press(app.getByTestId('mark-responded'));
      await app.getByTestId('expert-responded').waitFor({ timeout: 30_000 });
      expect(await app.getByTestId('expert-responded').textContent()).toContain('Involving Experts::Expert Responded');
    });
    const [updated] = await requestsFor(CI_QUESTION);
    expect(updated?.metadata?.event_payload.status).toBe('responded');
    expect(JSON.stringify(updated?.blocks)).toContain('@priya_dev');
    expect((await sim.ticket(CI_QUESTION)).tags).toEqual(expect.arrayContaining(['ci_responded', 'expert_responded']));
  });

  test('withdraw: the post says so, the expert tags leave the ticket', async () => {
    await withExpertPanel(CI_QUESTION, async ({ page, app }) => {
      await readyToAsk(app, '#s_verify');
      await press(app.getByTestId('expert-ask'));
      await finished(app);
      // The agent submits the ticket: in the same panel, the request's status with Withdraw replaces the result.
      await page.locator('#submit-ticket').click();
      await press(app.getByTestId('expert-withdraw'));
      await press(app.getByTestId('withdraw-confirm'));
      await app.getByTestId('expert-withdrawn').waitFor({ timeout: 30_000 });
      // The save's ticket refresh brings the request form back, with the confirmation (it once took the whole section away).
      await app.getByTestId('expert-ask').waitFor({ timeout: 20_000 });
      expect(await app.getByTestId('expert-withdrawn').textContent()).toBe('The expert request was withdrawn: the Slack post says so.');
    });
    const [withdrawn] = await requestsFor(CI_QUESTION);
    expect(withdrawn?.metadata?.event_payload.status).toBe('withdrawn');
    expect(JSON.stringify(withdrawn?.blocks)).not.toContain('rules: keeps confusing me');
    const ticket = await sim.ticket(CI_QUESTION);
    expect(ticket.tags.filter((tag) => tag.startsWith('ci_expert_'))).toEqual(['ci_expert_withdrawn']);
  });
});

describe('bad settings', () => {
  test('a malformed routing line and an archived channel are named in the banner, and nothing is posted for that area', async () => {
    await sim.settings({ expert_routing: 'verify s_verify U0PRIYA\nplan C0SDEPLOYOLD\nfallback C0QUESTIONS' });
    await withExpertPanel(CI_QUESTION, async ({ app }) => {
      const banner = app.getByTestId('setup-banner');
      await banner.waitFor({ timeout: 20_000 });
      const text = (await banner.textContent()) ?? '';
      expect(text).toContain('Expert routing, line 1: “s_verify” is a channel name.');
      expect(text).toContain('Expert routing, line 2: #s_deploy-2021 is archived.');
    });
    expect(await requestsFor(CI_QUESTION)).toHaveLength(0);
  });
});
