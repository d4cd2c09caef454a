import { afterEach, describe, expect, it, vi } from 'vitest';
import { ZendeskError } from './errors';
import { createZafHost, type ZafHost, type ZafHostOptions } from './testing/zafHost';
import { tweetTicketValues } from './testing/tweetTicket';
import { createZafClient, DEFAULT_RPC_TIMEOUT_MS, type ZafClientOptions } from './zafClient';

let host: ZafHost | undefined;

function connect(options: ZafHostOptions = {}, clientOptions: ZafClientOptions = {}) {
  host = createZafHost({ values: tweetTicketValues, ...options });
  return { host, zaf: createZafClient(host.client, clientOptions) };
}

afterEach(() => {
  host?.close();
  host = undefined;
  vi.useRealTimers();
});

const slackPost = {
  url: 'https://slack.com/api/chat.postMessage',
  type: 'POST' as const,
  secure: true,
  contentType: 'application/json; charset=utf-8',
  headers: { Authorization: 'Bearer {{setting.slack_bot_token}}' },
  data: JSON.stringify({ channel: 'C0COMMUNITY', text: 'A tweet worth a reply' }),
};

describe('get, set and invoke', () => {
  it('reads several ticket fields in one message, with per-path errors kept apart', async () => {
    const { zaf } = connect();
    const { values, errors } = await zaf.get(['ticket.subject', 'ticket.tags', 'ticket.brand']);
    expect(values).toEqual({ 'ticket.subject': tweetTicketValues['ticket.subject'], 'ticket.tags': ['twitter', 'mention'] });
    expect(errors).toEqual({ 'ticket.brand': 'Could not find handler for: "ticket.brand"' });
    expect(host?.rpcs('get')).toHaveLength(1);
  });

  it('getOne rejects with host_error when the host has no such path', async () => {
    const { zaf } = connect();
    await expect(zaf.getOne('ticket.brand')).rejects.toMatchObject({ code: 'host_error' });
    await expect(zaf.getOne<string>('currentUser.locale')).rejects.toMatchObject({ code: 'host_error' });
    await expect(zaf.getOne<string>('ticket.status')).resolves.toBe('open');
  });

  // The npm SDK gives up after 5 s (resolving with a TimeoutError object), Zendesk's current SDK only after 5 min:
  // by our own limit, the caller has a timeout error with either build.
  it('a host that never answers a get rejects with timeout by our own limit at the latest', async () => {
    vi.useFakeTimers();
    const { zaf } = connect({ onRpc: () => 'drop' });
    const reading = zaf.get(['ticket.subject']);
    const outcome = reading.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(DEFAULT_RPC_TIMEOUT_MS);
    const error = await outcome;
    expect(error).toBeInstanceOf(ZendeskError);
    expect(error).toMatchObject({ code: 'timeout', retryable: true });
  });

  it('a single-path get the host drops does not hand the SDK timeout object back as data', async () => {
    vi.useFakeTimers();
    const { zaf } = connect({ onRpc: () => 'drop' });
    const outcome = zaf.getOne('ticket.subject').catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(DEFAULT_RPC_TIMEOUT_MS);
    expect(await outcome).toMatchObject({ code: 'timeout' });
  });

  it('gives up on its own when the SDK never times out (the CDN build waits 5 minutes)', async () => {
    vi.useFakeTimers();
    const stalled = { ...createZafHost().client, invoke: () => new Promise<unknown>(() => undefined) };
    const zaf = createZafClient(stalled, { rpcTimeoutMs: 8_000 });
    const outcome = zaf.invoke('macro', 360012345).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(8_000);
    expect(await outcome).toMatchObject({ code: 'timeout' });
  });

  it('an error reply without a name rejects instead of resolving with the error object', async () => {
    const { zaf } = connect({ onRpc: () => ({ error: { message: 'Macro 360012345 is not active' } }) });
    await expect(zaf.invoke('macro', 360012345)).rejects.toMatchObject({
      code: 'host_error',
      message: expect.stringContaining('Macro 360012345 is not active'),
    });
  });

  it('an error reply with a name rejects with host_error', async () => {
    const { zaf } = connect({ onRpc: () => ({ error: { name: 'InvalidMacro', message: 'Unknown macro' } }) });
    await expect(zaf.invoke('macro', 1)).rejects.toMatchObject({ code: 'host_error' });
  });

  it('invoke sends the action with its arguments and resolves', async () => {
    const { zaf, host } = connect();
    await expect(zaf.invoke('macro', 360012345)).resolves.toBeNull();
    await zaf.set('comment.type', 'internalNote');
    expect(host.rpcs('invoke')[0]?.params).toEqual({ macro: [360012345] });
    expect(host.rpcs('set')[0]?.params).toEqual({ 'comment.type': 'internalNote' });
  });
});

describe('events', () => {
  it('delivers an event while subscribed and stops after unsubscribe, telling the host', async () => {
    const { zaf, host } = connect();
    const seen: unknown[] = [];
    const unsubscribe = zaf.on('ticket.tags.changed', (payload) => seen.push(payload));
    await zaf.metadata();
    expect(host.emit('ticket.tags.changed', { propertyName: 'ticket.tags', newValue: ['twitter', 'ci_shared'] })).toBe(true);
    await vi.waitFor(() => expect(seen).toHaveLength(1));

    unsubscribe();
    unsubscribe();
    expect(host.wire.filter((message) => message.key === 'iframe.off:ticket.tags.changed')).toEqual([
      expect.objectContaining({ message: { subscriberCount: 0 } }),
    ]);
    expect(host.emit('ticket.tags.changed', { propertyName: 'ticket.tags', newValue: [] })).toBe(false);
  });

  it('unsubscribe calls off on the SDK client with the same handler', () => {
    const { host } = connect();
    const off = vi.spyOn(host.client, 'off');
    const zaf = createZafClient(host.client);
    const handler = vi.fn();
    zaf.on('ticket.submit.done', handler)();
    expect(off).toHaveBeenCalledWith('ticket.submit.done', handler);
  });
});

describe('request', () => {
  it('resolves with the body of a 2xx', async () => {
    const { zaf } = connect({ onRequest: () => ({ kind: 'done', body: { user: { id: 501, name: 'Alice Advocate' } } }) });
    await expect(zaf.request({ url: '/api/v2/users/me.json' })).resolves.toEqual({ user: { id: 501, name: 'Alice Advocate' } });
  });

  it('unsubscribes the request’s done and fail listeners once answered, as the current SDK does (the npm build never does)', async () => {
    const { zaf, host } = connect({ onRequest: () => ({ kind: 'done', body: { ok: true } }) });
    await zaf.request({ url: '/api/v2/tickets/4711.json' });
    await zaf.send({ ...slackPost });
    // The SDK numbers requests per page, across tests: compare what was subscribed with what was unsubscribed.
    const keys = (prefix: string) =>
      host.wire.filter((message) => String(message.key).startsWith(prefix)).map((message) => String(message.key).slice(prefix.length));
    expect(keys('iframe.on:request:')).toHaveLength(4);
    await vi.waitFor(() => expect(keys('iframe.off:request:')).toEqual(keys('iframe.on:request:')));
    expect(host.wire.filter((message) => String(message.key).startsWith('iframe.off:request:')).map((message) => message.message)).toEqual(
      Array(4).fill({ subscriberCount: 0 }),
    );
  });

  it('a request the host never answers rejects with timeout after its own limit', async () => {
    vi.useFakeTimers();
    const { zaf } = connect({ onRequest: () => ({ kind: 'drop' }) }, { requestTimeoutMs: 20_000 });
    const outcome = zaf.request({ url: '/api/v2/tickets/4711.json' }).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(19_999);
    await vi.advanceTimersByTimeAsync(1);
    expect(await outcome).toMatchObject({ code: 'timeout', retryable: true });
  });

  it('a per-call timeoutMs wins and is not forwarded to the host', async () => {
    vi.useFakeTimers();
    const { zaf, host } = connect({ onRequest: () => ({ kind: 'drop' }) });
    const outcome = zaf.send({ ...slackPost, timeoutMs: 3_000 }).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(await outcome).toMatchObject({ code: 'timeout' });
    expect(host.requests()[0]).not.toHaveProperty('timeoutMs');
  });

  it('a Zendesk 429 becomes rate_limited with Retry-After from a header object', async () => {
    const { zaf } = connect({
      onRequest: () => ({ kind: 'fail', status: 429, statusText: 'Too Many Requests', headers: { 'retry-after': '37' }, body: { error: 'TooManyRequests' } }),
    });
    const error = await zaf.request({ url: '/api/v2/tickets/4711.json' }).catch((failure: unknown) => failure);
    expect(error).toMatchObject({ code: 'rate_limited', details: { status: 429, retryAfterSeconds: 37 } });
  });

  it('reads Retry-After from a raw header string too', async () => {
    const { zaf } = connect({
      onRequest: () => ({
        kind: 'fail',
        status: 503,
        headers: 'content-type: application/json; charset=utf-8\r\nRetry-After: 120\r\nx-zendesk-api-version: v2\r\n',
        responseText: '{"error":"ServiceUnavailable"}',
      }),
    });
    const error = await zaf.request({ url: '/api/v2/macros/search.json?query=x' }).catch((failure: unknown) => failure);
    expect(error).toMatchObject({ code: 'server', details: { retryAfterSeconds: 120, body: { error: 'ServiceUnavailable' } } });
  });

  it('a 409 carries the parsed UpdateConflict body from responseText', async () => {
    const conflict = { error: 'UpdateConflict', description: 'Safe Update prevented the update due to outdated ticket data.' };
    const { zaf } = connect({ onRequest: () => ({ kind: 'fail', status: 409, responseText: JSON.stringify(conflict) }) });
    const error = await zaf.request({ url: '/api/v2/tickets/4711.json', type: 'PUT' }).catch((failure: unknown) => failure);
    expect(error).toMatchObject({ code: 'conflict', details: { status: 409, body: conflict } });
    expect((error as Error).message).toBe('PUT /api/v2/tickets/4711.json failed with HTTP 409');
  });

  it('status 0 is a network failure', async () => {
    const { zaf } = connect({ onRequest: () => ({ kind: 'fail', status: 0, statusText: 'error' }) });
    await expect(zaf.request({ url: '/api/v2/tickets/4711.json' })).rejects.toMatchObject({ code: 'network' });
  });
});

describe('send', () => {
  it('asks the host for the complete response and resolves a Slack ok:false body untouched', async () => {
    const body = { ok: false, error: 'not_in_channel' };
    const { zaf, host } = connect({ onRequest: () => ({ kind: 'done', status: 200, body }) });
    await expect(zaf.send(slackPost)).resolves.toEqual({ status: 200, body });
    expect(host.requests()[0]).toMatchObject({ httpCompleteResponse: true, secure: true, url: slackPost.url });
  });

  it('resolves a Slack 429 with its Retry-After instead of rejecting', async () => {
    const { zaf } = connect({
      onRequest: () => ({ kind: 'fail', status: 429, headers: { 'Retry-After': '30' }, body: { ok: false, error: 'ratelimited' } }),
    });
    await expect(zaf.send(slackPost)).resolves.toEqual({ status: 429, body: { ok: false, error: 'ratelimited' }, retryAfterSeconds: 30 });
  });

  it('rejects with code network when the proxy cannot reach Slack', async () => {
    const { zaf } = connect({ onRequest: () => ({ kind: 'fail', status: 0 }) });
    await expect(zaf.send(slackPost)).rejects.toMatchObject({ code: 'network', retryable: true });
  });
});

describe('metadata and context', () => {
  it('come from the registration, typed', async () => {
    const { zaf } = connect({ metadata: { appId: '812', installationId: 360001, settings: { slack_channel_id: 'C0COMMUNITY' } } });
    await expect(zaf.metadata()).resolves.toEqual({ appId: 812, installationId: 360001, settings: { slack_channel_id: 'C0COMMUNITY' } });
    await expect(zaf.context()).resolves.toMatchObject({ location: 'ticket_sidebar', ticketId: 4711, account: { subdomain: 'gitlab' } });
  });
});
