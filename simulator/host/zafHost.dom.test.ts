// @vitest-environment jsdom
/**
 * The host protocol against the real npm SDK (zendesk_app_framework_sdk 2.0.11). jsdom's postMessage sets no
 * `origin` or `source`, so the test carries messages itself (research/harness.md §2.5.3): what the SDK posts to
 * `window.parent` (the window itself at top level) goes to `host.receive`, and what the host sends is dispatched
 * as a `MessageEvent` from the host's origin.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// @ts-expect-error the SDK ships no types; the test only uses the methods typed in RawZafClient.
import Client from 'zendesk_app_framework_sdk/lib/client';
import type { RawZafClient } from '../../src/zendesk/types';
import { createZafHost, type HookOutcome, type RequestAnswer, type RpcFault, type ZafHost } from './zafHost';
import { invalidArgument } from './zafErrors';

const HOST_ORIGIN = 'https://gitlab-sim.zendesk.com';
const APP_ORIGIN = 'https://1234.apps.zdusercontent.com';
const APP_GUID = '5d3c1a2e-8b7f-4e0a-9c61-2f4d8e9b7a10';

const ticket = {
  id: 101,
  subject: 'Tweet from @mkdev_ana',
  status: 'new',
  tags: ['twitter', 'mention'],
  requester: { id: 9001, name: 'Ana Kowalski', email: null },
};

interface Wire {
  dir: 'in' | 'out';
  data: unknown;
  targetOrigin: string;
}

let wire: Wire[];
let host: ZafHost;
let client: RawZafClient & { postMessage(name: string, data: unknown): void };
let sdkListener: EventListener | undefined;
let requests: RequestAnswer[];
let faults: Record<string, RpcFault>;
let calls: Array<[string, unknown]>;

const tick = (ms = 5): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const outbound = (): Record<string, unknown>[] =>
  wire.filter((w) => w.dir === 'out').map((w) => JSON.parse(String(w.data)) as Record<string, unknown>);
const inbound = (): Record<string, unknown>[] =>
  wire
    .filter((w) => w.dir === 'in')
    .map((w) => (typeof w.data === 'string' ? (JSON.parse(w.data) as Record<string, unknown>) : (w.data as Record<string, unknown>)));

function startHost(): void {
  host = createZafHost({
    appOrigin: APP_ORIGIN,
    send(message, targetOrigin) {
      const data = JSON.stringify(message);
      wire.push({ dir: 'out', data, targetOrigin });
      window.dispatchEvent(new MessageEvent('message', { data, origin: HOST_ORIGIN, source: window }));
    },
    handlers: {
      registration: () => ({
        metadata: { appId: 0, installationId: 7, name: 'Community Involvement', version: '0.1.0', settings: { slack_channel_id: 'C0COMMUNITY' } },
        context: { instanceGuid: APP_GUID, product: 'support', location: 'ticket_sidebar', ticketId: 101, account: { subdomain: 'gitlab-sim' } },
      }),
      get(path) {
        if (path === 'ticket') return ticket;
        if (path === 'ticket.requester') return ticket.requester;
        if (path === 'ticket.subject') return ticket.subject;
        if (path === 'ticket.tags') return ticket.tags;
        return undefined;
      },
      set(path, value) {
        calls.push([`set:${path}`, value]);
        if (path === 'ticket.tags') ticket.tags = value as string[];
      },
      invoke(name, args) {
        calls.push([`invoke:${name}`, args]);
        if (name === 'macro' && args[0] !== 360001) throw invalidArgument('macro', `Macro ${String(args[0])} is not available`);
        return null;
      },
      request: async (options) => {
        calls.push(['request', options]);
        const answer = requests.shift();
        if (!answer) throw new Error('no answer queued');
        return answer;
      },
      takeRpcFault: (match) => faults[match],
    },
  });
}

beforeEach(() => {
  wire = [];
  requests = [];
  faults = {};
  calls = [];
  ticket.tags = ['twitter', 'mention'];
  startHost();
  vi.spyOn(window, 'postMessage').mockImplementation((data: unknown, targetOrigin?: unknown) => {
    wire.push({ dir: 'in', data, targetOrigin: String(targetOrigin) });
    // The browser delivers asynchronously; so does this transport.
    setTimeout(() => host.receive(data), 0);
  });
  const addListener = vi.spyOn(window, 'addEventListener');
  client = new Client({ origin: HOST_ORIGIN, appGuid: APP_GUID });
  sdkListener = addListener.mock.calls.find(([type]) => type === 'message')?.[1] as EventListener | undefined;
  addListener.mockRestore();
});

afterEach(() => {
  host.dispose();
  if (sdkListener) window.removeEventListener('message', sdkListener);
  vi.restoreAllMocks();
});

describe('handshake', () => {
  it('registers the app once and hands it metadata and context', async () => {
    const subject = client.get('ticket.subject');
    await expect(client.metadata()).resolves.toMatchObject({ installationId: 7, settings: { slack_channel_id: 'C0COMMUNITY' } });
    await expect(client.context()).resolves.toMatchObject({ location: 'ticket_sidebar', ticketId: 101 });
    await expect(subject).resolves.toEqual({ 'ticket.subject': 'Tweet from @mkdev_ana', errors: {} });

    client.postMessage('iframe.handshake', { version: '2.0.9' });
    await tick();
    expect(outbound().filter((m) => m.key === 'zaf.app.registered')).toHaveLength(1);
    expect(inbound().filter((m) => m.request === 'get')).toHaveLength(1);
  });

  it('sends every message to the app origin only and never answers in the same turn', async () => {
    await client.metadata();
    wire.length = 0;
    host.receive(JSON.stringify({ id: 99, request: 'get', params: ['ticket.id'], appGuid: APP_GUID }));
    expect(outbound()).toHaveLength(0);
    await tick();
    expect(outbound()).toHaveLength(1);
    expect(wire.filter((w) => w.dir === 'out').every((w) => w.targetOrigin === APP_ORIGIN)).toBe(true);
    expect(wire.filter((w) => w.dir === 'in').every((w) => w.targetOrigin === HOST_ORIGIN)).toBe(true);
  });

  it('ignores requests that arrive before the handshake', async () => {
    await client.metadata();
    host.dispose();
    startHost();
    wire.length = 0;
    host.receive(JSON.stringify({ id: 1, request: 'get', params: ['ticket.subject'] }));
    await tick();
    expect(outbound()).toHaveLength(0);
  });
});

describe('get', () => {
  it('answers by id, with errors: {} and the requester fields', async () => {
    const [subject, name] = await Promise.all([client.get('ticket.subject'), client.get('ticket.requester.name')]);
    expect(subject).toEqual({ 'ticket.subject': 'Tweet from @mkdev_ana', errors: {} });
    expect(name).toEqual({ 'ticket.requester.name': 'Ana Kowalski', errors: {} });
    const ids = inbound().filter((m) => m.request === 'get').map((m) => m.id);
    const replies = outbound().filter((m) => 'id' in m).map((m) => m.id);
    expect(replies.sort()).toEqual(ids.sort());
  });

  it('rejects an unknown path with APIUnavailable named after the path', async () => {
    const error = await client.get('ticket.customField:custom_field_360').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: 'APIUnavailable',
      message: '"ticket.customField:custom_field_360" Could not find handler for: "ticket.customField:custom_field_360"',
    });
  });

  it('resolves a bulk get with an errors map for the paths it does not know', async () => {
    const result = await client.get(['ticket.tags', 'ticket.assignee', 'ticket.requester.shoeSize']);
    expect(result).toEqual({
      'ticket.tags': ['twitter', 'mention'],
      errors: {
        'ticket.assignee': { name: 'APIUnavailable', message: 'Could not find handler for: "ticket.assignee"', path: 'ticket.assignee' },
        'ticket.requester.shoeSize': {
          name: 'APIUnavailable',
          message: 'Could not find handler for: "ticket.requester.shoeSize"',
          path: 'ticket.requester.shoeSize',
        },
      },
    });
  });
});

describe('set and invoke', () => {
  it('changes the draft tags through set and reads them back', async () => {
    await client.set('ticket.tags', ['twitter', 'ci_share_pending']);
    await expect(client.get('ticket.tags')).resolves.toEqual({ 'ticket.tags': ['twitter', 'ci_share_pending'], errors: {} });
  });

  it('refuses to set a path the sidebar cannot change', async () => {
    await expect(client.set('ticket.requester.name', 'Someone else')).rejects.toMatchObject({ name: 'APIUnavailable' });
    expect(calls).toEqual([]);
  });

  it('applies a known macro and rejects an unknown one', async () => {
    await expect(client.invoke('macro', 360001)).resolves.toEqual({ macro: null, errors: {} });
    await expect(client.invoke('macro', 999)).rejects.toMatchObject({ name: 'InvalidArgument', message: '"macro" Macro 999 is not available' });
    await expect(client.invoke('ticket.save')).rejects.toMatchObject({ name: 'APIUnavailable' });
    expect(calls).toEqual([
      ['invoke:macro', [360001]],
      ['invoke:macro', [999]],
    ]);
  });

  it('carries out a dropped invoke but never answers it', async () => {
    faults['zaf:invoke:macro'] = { drop: true };
    const answer = client.invoke('macro', 360001).then(() => 'answered');
    await tick(30);
    await expect(Promise.race([answer, tick(10).then(() => 'silent')])).resolves.toBe('silent');
    expect(calls).toEqual([['invoke:macro', [360001]]]);
  });

  it('delays answers by the fault latency', async () => {
    faults['zaf:get'] = { latencyMs: 60 };
    const started = Date.now();
    await client.get('ticket.subject');
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
  });
});

describe('events', () => {
  it('reaches the app only while it is subscribed', async () => {
    await client.metadata();
    expect(host.emit('ticket.updated', { ticketId: 101 })).toBe(false);

    const seen: unknown[] = [];
    const handler = (payload: unknown): void => void seen.push(payload);
    client.on('ticket.updated', handler);
    await tick();
    expect(host.subscriptions()).toMatchObject({ 'ticket.updated': 1 });
    expect(host.emit('ticket.updated', { ticketId: 101 })).toBe(true);
    expect(seen).toEqual([{ ticketId: 101 }]);

    client.off('ticket.updated', handler);
    await tick();
    expect(host.emit('ticket.updated', { ticketId: 101 })).toBe(false);
    expect(outbound().filter((m) => m.key === 'zaf.ticket.updated')).toHaveLength(1);
  });
});

describe('request', () => {
  it('resolves with the parsed body', async () => {
    requests.push({ kind: 'done', status: 200, body: { macros: [{ id: 360001, title: 'Involving Experts::Community Involvement' }] }, headers: {} });
    await expect(client.request({ url: '/api/v2/macros/active.json' })).resolves.toEqual({
      macros: [{ id: 360001, title: 'Involving Experts::Community Involvement' }],
    });
    expect(calls).toEqual([['request', { url: '/api/v2/macros/active.json' }]]);
  });

  it('resolves with the complete response when asked for it', async () => {
    requests.push({ kind: 'done', status: 200, body: { ok: true, ts: '1732460000.000100' }, headers: { 'Content-Type': 'application/json' } });
    await expect(
      client.request({ url: 'https://slack.com/api/chat.postMessage', type: 'POST', secure: true, httpCompleteResponse: true }),
    ).resolves.toEqual({
      responseJSON: { ok: true, ts: '1732460000.000100' },
      responseText: '{"ok":true,"ts":"1732460000.000100"}',
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  });

  it('rejects a rate limit with the status, body and Retry-After', async () => {
    requests.push({ kind: 'fail', status: 429, statusText: 'Too Many Requests', responseText: '{"ok":false,"error":"ratelimited"}', headers: { 'Retry-After': '3' } });
    await expect(client.request({ url: 'https://slack.com/api/chat.postMessage', secure: true })).rejects.toMatchObject({
      status: 429,
      statusText: 'Too Many Requests',
      responseJSON: { ok: false, error: 'ratelimited' },
      headers: { 'retry-after': '3' },
    });
    const fail = outbound().find((m) => String(m.key).endsWith('.fail')) as { message: { responseArgs: unknown[] } };
    expect(fail.message.responseArgs.slice(1)).toEqual(['error', 'Too Many Requests']);
  });

  it('rejects a network failure with status 0', async () => {
    requests.push({ kind: 'fail', status: 0, statusText: 'error', responseText: '', headers: {} });
    await expect(client.request({ url: 'https://slack.com/api/auth.test', cors: true })).rejects.toMatchObject({ status: 0 });
  });

  it('never answers a dropped request', async () => {
    requests.push({ kind: 'drop' });
    const answer = client.request({ url: '/api/v2/tickets/101.json', type: 'PUT' }).then(() => 'answered');
    await expect(Promise.race([answer, tick(40).then(() => 'silent')])).resolves.toBe('silent');
    expect(outbound().some((m) => String(m.key).startsWith('zaf.request:'))).toBe(false);
  });
});

describe('ticket.save hook', () => {
  async function save(handler: () => unknown): Promise<HookOutcome> {
    client.on('ticket.save', handler);
    // The subscription travels like every message: wait until it has left the app and reached the host, even on
    // a busy machine, or the host rightly lets the save through without asking.
    await vi.waitFor(() => expect(wire.some((w) => w.dir === 'in' && JSON.stringify(w.data).includes('iframe.on:ticket.save'))).toBe(true));
    await tick();
    return host.runHook('ticket.save');
  }

  it('lets the save through when the app agrees, with the reply posted as an object', async () => {
    await expect(save(() => true)).resolves.toEqual({ ok: true });
    const reply = wire.find((w) => w.dir === 'in' && typeof w.data === 'object');
    expect(reply?.data).toEqual({ appGuid: APP_GUID, key: 'iframe.reply:ticket.save' });
    expect(outbound()).toContainEqual({ key: 'zaf.ticket.save', needsReply: true });
  });

  it('blocks the save with the reason the app gives', async () => {
    await expect(save(() => 'Finish sharing to Slack first')).resolves.toEqual({ ok: false, message: 'Finish sharing to Slack first' });
  });

  it('blocks the save when the handler rejects', async () => {
    await expect(save(() => Promise.reject(new Error('Slack post still pending')))).resolves.toEqual({
      ok: false,
      message: 'Slack post still pending',
    });
  });

  it('does not ask an app that did not subscribe', async () => {
    await client.metadata();
    await expect(host.runHook('ticket.save')).resolves.toEqual({ ok: true });
    expect(outbound().some((m) => m.key === 'zaf.ticket.save')).toBe(false);
  });
});
