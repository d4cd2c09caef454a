import { describe, expect, test } from 'vitest';
import { CI_QUESTION, readyToAsk, showExpertPart } from './expertSupport';
import { browserPerFile, openTicket, sim } from './support';

const browser = browserPerFile();

interface Stats {
  rest: number;
  proxy: number;
}

/** The Slack methods the app called through the proxy since the last reset, sorted. */
async function slackMethods(): Promise<string[]> {
  const { entries } = await sim.call<{ entries: { url: string }[] }>('/__sim/proxy-log');
  return entries.map((entry) => entry.url.split('?')[0]?.replace('https://slack.com/api/', '') ?? '').sort();
}

/**
 * Each Zendesk REST and Slack call a ticket open makes, counted by the simulator (issue 16). A browser context of
 * its own blocks the iframe's storage, so every open here is a cold one: nothing cached.
 */
describe('the calls a ticket open makes', () => {
  test('a community ticket: its comments, the macros and the Slack setup, nothing of the expert path', async () => {
    await sim.call('/__sim/stats/reset', {});
    const { app } = await openTicket(browser(), 101);
    await app.getByTestId('suggestion').waitFor();
    await app.locator('[data-testid="panel"][data-setup="done"]').waitFor();
    // Ticket comments, and the two macros the share uses; not the expert macro.
    expect((await sim.call<Stats>('/__sim/stats')).rest).toBe(3);
    // The token and the share's channel; not the routing's channels, their history or the experts' names.
    expect(await slackMethods()).toEqual(['auth.test', 'conversations.info']);
  });

  test('an expert ticket: the routing channels once each, one history read for the area, one name per expert', async () => {
    const { app } = await openTicket(browser(), CI_QUESTION);
    await app.locator('[data-testid="panel"][data-setup="done"]').waitFor();
    await showExpertPart(app);
    await readyToAsk(app, '#s_verify');
    await expect.poll(() => app.getByTestId('expert-reason').textContent()).toBe('Priya Raman: never asked; 0 open');
    await expect.poll(async () => (await slackMethods()).filter((method) => method === 'users.info').length).toBe(3);
    const methods = await slackMethods();
    // The share's channel, then the fixture's five routing channels once each (the rotation names its channel from that check).
    expect(methods.filter((method) => method === 'conversations.info')).toHaveLength(6);
    expect(methods.filter((method) => method === 'conversations.history')).toHaveLength(1);
    expect(methods.filter((method) => method === 'auth.test')).toHaveLength(1);
  });
});
