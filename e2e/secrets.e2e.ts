import { expect, test } from 'vitest';
import type { ConsoleMessage } from 'playwright-core';
import { praiseTicket } from './fixtures';
import { everyText, openTicket, sim, simHost, browserPerFile, press } from './support';

/** A Slack token of any kind (bot, user, app, refresh…), as Slack formats them. */
const SLACK_TOKEN = /xox[abposre]-[A-Za-z0-9-]+/;

const browser = browserPerFile();

test('the Slack token never reaches the frames: not in the wire, the DOM, the console or the metadata', async () => {
  const ticket = praiseTicket();
  const { page, app, context } = await openTicket(browser(), ticket.id);
  const consoleLines: string[] = [];
  page.on('console', (message: ConsoleMessage) => consoleLines.push(message.text()));
  try {
    await press(app.getByTestId('share-button'));
    await app.getByTestId('share-result').waitFor();

    const entries = await page.evaluate(() => (window as unknown as { __zafWire: { data: unknown }[] }).__zafWire);
    const wire = entries.map((entry) => (typeof entry.data === 'string' ? entry.data : JSON.stringify(entry.data))).join('\n');
    // The app asked the proxy to insert the token: the placeholder crossed the frame, the value did not.
    expect(wire).toContain('Bearer {{setting.slack_bot_token}}');
    expect(wire).toContain('"secure":true');
    expect(wire).not.toMatch(SLACK_TOKEN);

    const registered = wire.match(/zaf\.app\.registered[^]*?"settings":\{[^}]*\}/)?.[0] ?? '';
    expect(registered).toContain('slack_channel_id');
    expect(registered).not.toContain('slack_bot_token');

    expect(await everyText(page)).not.toMatch(SLACK_TOKEN);
    expect(consoleLines.join('\n')).not.toMatch(SLACK_TOKEN);

    // The proxy did substitute (Slack accepted the post), and its own log keeps the value out too.
    const log = await (await fetch(`${simHost()}/__sim/proxy-log`)).text();
    expect(log).toContain('"substituted":true');
    expect(log).not.toMatch(SLACK_TOKEN);
    expect((await sim.messages()).filter((message) => message.metadata?.event_payload.ticket_id === ticket.id)).toHaveLength(1);
  } finally {
    await context.close();
  }
});
