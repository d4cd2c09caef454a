import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { startForTest, slackCall, type SimulatorUnderTest } from './testSupport';

let sut: SimulatorUnderTest;
beforeEach(async () => {
  sut ??= await startForTest();
  await sut.post('/__sim/reset');
});
afterAll(() => sut?.simulator.close());

const postTweet = (text: string) => sut.zafRequest(slackCall('chat.postMessage', { channel: 'C0COMMUNITY', text }));
const texts = async () => (await sut.get<{ messages: { text: string }[] }>('/__sim/slack/messages')).messages.map((m) => m.text);

describe('faults', () => {
  it('hits as many calls as `times` says, then the call works again', async () => {
    await sut.post('/__sim/faults', { match: 'slack:chat.postMessage', status: 429, retryAfter: 2, times: 2 });
    const first = await postTweet('one');
    expect(first).toMatchObject({ kind: 'fail', status: 429, responseJSON: { ok: false, error: 'ratelimited' }, headers: { 'retry-after': '2' } });
    expect(await postTweet('two')).toMatchObject({ status: 429 });
    expect(await postTweet('three')).toMatchObject({ kind: 'done', body: { ok: true } });
    expect(await texts()).not.toContain('one');
    expect(await texts()).toContain('three');
  });

  it('lets `skip` matching calls through before it hits', async () => {
    await sut.post('/__sim/faults', { match: 'slack:chat.postMessage', slackError: 'channel_not_found', skip: 1 });
    expect(await postTweet('first goes through')).toMatchObject({ kind: 'done', body: { ok: true } });
    expect(await postTweet('second is refused')).toMatchObject({ kind: 'done', body: { ok: false, error: 'channel_not_found' } });
    expect(await postTweet('third goes through')).toMatchObject({ kind: 'done', body: { ok: true } });
    expect(await texts()).toEqual(expect.arrayContaining(['first goes through', 'third goes through']));
    expect(await texts()).not.toContain('second is refused');
  });

  it('keeps a times: 0 fault until reset', async () => {
    await sut.post('/__sim/faults', { match: 'zendesk:GET /api/v2/tickets/101', status: 503, times: 0 });
    for (let i = 0; i < 3; i += 1) expect(await sut.zafRequest({ url: '/api/v2/tickets/101.json' })).toMatchObject({ status: 503 });
    await sut.post('/__sim/reset');
    expect(await sut.zafRequest({ url: '/api/v2/tickets/101.json' })).toMatchObject({ kind: 'done' });
  });

  it('drop carries the call out but never answers; hang does neither', async () => {
    await sut.post('/__sim/faults', { match: 'slack:chat.postMessage', drop: true });
    expect(await postTweet('dropped but posted')).toEqual({ kind: 'drop' });
    await sut.post('/__sim/faults', { match: 'slack:chat.postMessage', hang: true });
    expect(await postTweet('hung, never posted')).toEqual({ kind: 'drop' });
    expect(await texts()).toContain('dropped but posted');
    expect(await texts()).not.toContain('hung, never posted');
  });

  it('network fails with status 0 and changes nothing', async () => {
    await sut.post('/__sim/faults', { match: 'zendesk:PUT /api/v2/tickets/101.json', network: true });
    const answer = await sut.zafRequest({ url: '/api/v2/tickets/101.json', type: 'PUT', data: JSON.stringify({ ticket: { additional_tags: ['x1'] } }) });
    expect(answer).toMatchObject({ kind: 'fail', status: 0 });
    expect((await sut.get<{ tags: string[] }>('/__sim/tickets/101')).tags).not.toContain('x1');
  });

  it('answers a Slack error as HTTP 200 ok:false, with needed for missing_scope', async () => {
    await sut.post('/__sim/faults', { match: 'slack:chat.postMessage', slackError: 'missing_scope', needed: 'chat:write' });
    expect(await postTweet('nope')).toMatchObject({ kind: 'done', status: 200, body: { ok: false, error: 'missing_scope', needed: 'chat:write' } });
  });

  it('adds latency to request round trips and streams fault changes over /__sim/events', async () => {
    const events: string[] = [];
    const controller = new AbortController();
    const stream = await fetch(`${sut.simulator.hostOrigin}/__sim/events`, { signal: controller.signal });
    const reader = stream.body!.getReader();
    const reading = (async () => {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        events.push(new TextDecoder().decode(value));
      }
    })().catch(() => undefined);
    await sut.post('/__sim/latency', { ms: 150 });
    const started = Date.now();
    await sut.zafRequest({ url: '/api/v2/users/me.json' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    await sut.post('/__sim/faults', { match: 'zaf:invoke:macro', drop: true });
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort();
    await reading;
    const joined = events.join('');
    expect(joined).toContain('"type":"latency","ms":150');
    expect(joined).toContain('"match":"zaf:invoke:macro"');
  });

  it('refuses a fault without a known match prefix', async () => {
    expect((await sut.post('/__sim/faults', { match: 'twitter:post' })).status).toBe(400);
  });
});
