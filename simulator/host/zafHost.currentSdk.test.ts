/**
 * The host against the messages of Zendesk's current SDK (the CDN build, research/zaf.md §10). That SDK's code may
 * not live in this repository, so a fake client posts what it posts, envelope for envelope: `invoke('track')` on
 * clicks and hovers, `session.live` pings, `iframe.off:request:N.done|fail` after every answer, and `__track__`
 * reports. The npm build's side of the protocol is covered by zafHost.dom.test.ts with the real npm SDK.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createZafHost, type ZafHost } from './zafHost';

const APP_ORIGIN = 'http://127.0.0.1:4567';
const APP_GUID = '5d3c1a2e-8b7f-4e0a-9c61-2f4d8e9b7a10';

let host: ZafHost;
let sent: Record<string, unknown>[];
let rpcCount: number;
let invoked: string[];

/** What the current SDK puts around every message it posts (JSON strings, like the npm build). */
function post(message: Record<string, unknown>): void {
  host.receive(JSON.stringify({ ...message, appGuid: APP_GUID, instanceGuid: APP_GUID }));
}

const answers = (id: number) => sent.filter((message) => message.id === id);
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

beforeEach(async () => {
  sent = [];
  rpcCount = 0;
  invoked = [];
  host = createZafHost({
    appOrigin: APP_ORIGIN,
    send: (message) => void sent.push(message),
    handlers: {
      registration: () => ({ metadata: { appId: 0, installationId: 7, settings: {} }, context: { instanceGuid: APP_GUID, location: 'ticket_sidebar', ticketId: 101 } }),
      get: (path) => (path === 'ticket.subject' ? 'Tweet from @mkdev_ana' : undefined),
      set: () => undefined,
      invoke: (name) => {
        invoked.push(name);
        return null;
      },
      request: async () => ({ kind: 'done', status: 200, body: { ok: true }, headers: {} }),
      countRpc: () => {
        rpcCount += 1;
      },
    },
  });
  post({ key: 'iframe.handshake', message: { version: '2.1.2' } });
  await settle();
});

afterEach(() => host.dispose());

describe("the current SDK's own messages", () => {
  it('registers the newer SDK version like the old one', () => {
    expect(sent.filter((message) => message.key === 'zaf.app.registered')).toHaveLength(1);
  });

  it("answers invoke('track') for a click and a hover as Zendesk does, without counting it as the app's call", async () => {
    post({ id: 1, request: 'invoke', params: { track: [{ type: 'click' }] } });
    post({ id: 2, request: 'invoke', params: { track: [{ type: 'hover', value: 'share-button' }] } });
    await settle();
    expect(answers(1)).toEqual([{ id: 1, result: { errors: {}, track: null } }]);
    expect(answers(2)).toEqual([{ id: 2, result: { errors: {}, track: null } }]);
    expect(rpcCount).toBe(0);

    post({ id: 3, request: 'get', params: ['ticket.subject'] });
    await settle();
    expect(answers(3)).toEqual([{ id: 3, result: { errors: {}, 'ticket.subject': 'Tweet from @mkdev_ana' } }]);
    expect(rpcCount).toBe(1);
  });

  it('an invoke that carries track beside a real action still counts as the app’s call', async () => {
    post({ id: 4, request: 'invoke', params: { track: [{ type: 'click' }], resize: [{ height: '320px' }] } });
    await settle();
    expect(rpcCount).toBe(1);
    expect(invoked).toEqual(['track', 'resize']);
  });

  it('takes session.live pings and __track__ reports without an answer and without breaking the session', async () => {
    post({ key: 'session.live', message: { live: true } });
    post({ key: '__track__', message: { event_name: 'invocation_timeout', invocation: 'get' } });
    await settle();
    expect(sent.filter((message) => message.key !== 'zaf.app.registered')).toEqual([]);

    post({ id: 5, request: 'get', params: ['ticket.subject'] });
    await settle();
    expect(answers(5)).toHaveLength(1);
  });

  it('forgets a request’s listeners when the SDK sends iframe.off after the answer', async () => {
    post({ key: 'iframe.on:request:1.done', message: { subscriberCount: 1 } });
    post({ key: 'iframe.on:request:1.fail', message: { subscriberCount: 1 } });
    post({ key: 'request:1', message: { url: '/api/v2/tickets/101.json', type: 'GET' } });
    await settle();
    expect(sent.filter((message) => message.key === 'zaf.request:1.done')).toHaveLength(1);

    post({ key: 'iframe.off:request:1.done', message: { subscriberCount: 0 } });
    post({ key: 'iframe.off:request:1.fail', message: { subscriberCount: 0 } });
    expect(host.subscriptions()).toEqual({});
  });

  it('a hundred requests with their off messages leave no subscription behind', async () => {
    for (let n = 1; n <= 100; n += 1) {
      post({ key: `iframe.on:request:${n}.done`, message: { subscriberCount: 1 } });
      post({ key: `iframe.on:request:${n}.fail`, message: { subscriberCount: 1 } });
      post({ key: `request:${n}`, message: { url: '/api/v2/tickets/101.json' } });
      post({ key: `iframe.off:request:${n}.done`, message: { subscriberCount: 0 } });
      post({ key: `iframe.off:request:${n}.fail`, message: { subscriberCount: 0 } });
    }
    post({ key: 'iframe.on:ticket.updated', message: { subscriberCount: 1 } });
    await settle();
    expect(host.subscriptions()).toEqual({ 'ticket.updated': 1 });
  });
});
