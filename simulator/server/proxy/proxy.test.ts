import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { startForTest, slackCall, type SimulatorUnderTest } from '../testSupport';
import { botTokenForTests } from '../testingAccess';

let sut: SimulatorUnderTest;
beforeEach(async () => {
  sut ??= await startForTest();
  await sut.post('/__sim/reset');
});
afterAll(() => sut?.simulator.close());

const everythingVisible = async () =>
  JSON.stringify([
    await sut.get('/__sim/proxy-log'),
    await sut.get('/__sim/state?ticket=101'),
    await sut.get('/__sim/slack/messages'),
    await sut.get('/__sim/slack/view'),
  ]);

describe('Zendesk proxy', () => {
  it('substitutes the bot token for a secure request to slack.com and logs only that it did', async () => {
    const answer = await sut.zafRequest(slackCall('auth.test', {}));
    expect(answer).toMatchObject({ kind: 'done', body: { ok: true, user_id: 'U0BOT' } });
    const log = await sut.get<{ entries: unknown[] }>('/__sim/proxy-log');
    expect(log.entries).toEqual([
      expect.objectContaining({ method: 'POST', url: 'https://slack.com/api/auth.test', secure: true, substituted: true, settings: ['slack_bot_token'] }),
    ]);
  });

  it('refuses a placeholder without secure: true with 403 and sends nothing to Slack', async () => {
    const answer = await sut.zafRequest({ ...slackCall('chat.postMessage', { channel: 'C0COMMUNITY', text: 'hello' }), secure: false });
    expect(answer).toMatchObject({ kind: 'fail', status: 403, responseText: 'Proxy error: Invalid request' });
    const { messages } = await sut.get<{ messages: { text: string }[] }>('/__sim/slack/messages');
    expect(messages.map((message) => message.text)).not.toContain('hello');
  });

  it('refuses to send the token to a host outside domainWhitelist', async () => {
    const answer = await sut.zafRequest({ ...slackCall('auth.test', {}), url: 'https://slack.com.evil.example/api/auth.test' });
    expect(answer).toMatchObject({ kind: 'fail', status: 403 });
  });

  it('puts the token only where the manifest scopes allow it (header), never into the body', async () => {
    const answer = await sut.zafRequest({ ...slackCall('chat.postMessage', { channel: 'C0COMMUNITY', text: '{{setting.slack_bot_token}}' }) });
    expect(answer).toMatchObject({ kind: 'fail', status: 403 });
  });

  it('fails like a browser CORS error for cors: true, and like a network error for unknown hosts', async () => {
    expect(await sut.zafRequest({ ...slackCall('auth.test', {}), cors: true })).toMatchObject({ kind: 'fail', status: 0 });
    expect(await sut.zafRequest({ url: 'https://api.twitter.com/2/tweets/1859203847561029632' })).toMatchObject({ kind: 'fail', status: 0 });
  });

  it('never lets the token value reach an answer, the log, the host page state or the Slack pane', async () => {
    const token = botTokenForTests(sut.simulator);
    const answers = [
      await sut.zafRequest(slackCall('auth.test', {})),
      await sut.zafRequest(slackCall('chat.postMessage', { channel: 'C0COMMUNITY', text: 'New tweet from @sarah_codes' })),
      await sut.zafRequest({ ...slackCall('auth.test', {}), secure: false }),
      await sut.zafRequest({ ...slackCall('auth.test', {}), url: 'https://hooks.example.com/api/auth.test' }),
    ];
    expect(JSON.stringify(answers)).not.toContain(token);
    expect(await everythingVisible()).not.toContain(token);
    expect(JSON.stringify(await sut.get('/__sim/state?ticket=101'))).not.toContain('slack_bot_token');
  });

  it('counts REST and proxy calls separately until stats are reset', async () => {
    await sut.zafRequest({ url: '/api/v2/tickets/101.json' });
    await sut.zafRequest(slackCall('auth.test', {}));
    expect(await sut.get('/__sim/stats')).toEqual({ rest: 1, proxy: 1, rpc: 0 });
    await sut.post('/__sim/stats/reset');
    expect(await sut.get('/__sim/stats')).toEqual({ rest: 0, proxy: 0, rpc: 0 });
  });
});
