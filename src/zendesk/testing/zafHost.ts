import ZAFClient from 'zendesk_app_framework_sdk';
import { vi } from 'vitest';
import type { RawZafClient } from '../types';

/** One app → host message as the SDK posted it (parsed from its JSON string). */
export type WireMessage = Record<string, unknown> & { key?: string; id?: number; request?: string; params?: unknown };

/** How the host answers one `client.request`, as the simulator's `/__sim/zaf/request` does. */
export type RequestAnswer =
  | { kind: 'done'; status?: number; body: unknown; headers?: Record<string, string> | string }
  | { kind: 'fail'; status: number; statusText?: string; body?: unknown; responseText?: string; headers?: Record<string, string> | string }
  | { kind: 'drop' };

/** A host reply to get/set/invoke: the `result` or the whole-call `error`. */
export type RpcReply = { result: Record<string, unknown> } | { error: Record<string, unknown> } | 'drop';

export interface ZafHostOptions {
  /** What `get` finds; any other path gets Zendesk's per-path `APIUnavailable` error. */
  values?: Record<string, unknown>;
  /** Answers a get/set/invoke before the default behaviour; `undefined` falls through to it. */
  onRpc?: (message: WireMessage) => RpcReply | undefined;
  /** Answers `client.request(options)`; by default every URL is a 404. */
  onRequest?: (options: Record<string, unknown>) => RequestAnswer;
  /** `metadata` sent with `app.registered`. */
  metadata?: Record<string, unknown>;
}

/** The Agent Workspace side of the SDK's postMessage protocol, played inside a jsdom test. */
export interface ZafHost {
  /** A real npm SDK client connected to this host. */
  client: RawZafClient;
  /** Every message the app posted, in order. */
  wire: WireMessage[];
  /** The get/set/invoke messages of one kind. */
  rpcs(request: 'get' | 'set' | 'invoke'): WireMessage[];
  /** The options of every `client.request`, in order. */
  requests(): Record<string, unknown>[];
  /** Fires a `zaf.<event>` if the app subscribed to it (as Zendesk does); says whether it was sent. */
  emit(event: string, data: unknown): boolean;
  /** Stops listening to the app's posts. */
  close(): void;
}

let hosts = 0;

/**
 * Connects a fresh npm SDK client to a host double. Each host has its own origin, so clients of earlier tests
 * (the SDK never lets go of its window listener) ignore this host's messages. At top level jsdom's
 * `window.parent === window`, so the SDK's posts land on the `window.postMessage` spy (research/harness.md §2.5.3).
 */
export function createZafHost(options: ZafHostOptions = {}): ZafHost {
  hosts += 1;
  const origin = `https://agent-${hosts}.zendesk.test`;
  const appGuid = `0b8c7e2a-4f1d-4c55-9a61-${String(hosts).padStart(12, '0')}`;
  const wire: WireMessage[] = [];
  const subscribers = new Map<string, number>();

  const reply = (message: Record<string, unknown>) => {
    void Promise.resolve().then(() => {
      window.dispatchEvent(new MessageEvent('message', { data: JSON.stringify(message), origin, source: window }));
    });
  };

  const answerRpc = (message: WireMessage) => {
    const custom = options.onRpc?.(message);
    const answer = custom ?? defaultRpcReply(message, options.values ?? {});
    if (answer !== 'drop') reply({ id: message.id, ...answer });
  };

  const answerRequest = (key: string, request: Record<string, unknown>) => {
    const answer = options.onRequest?.(request) ?? { kind: 'fail', status: 404, body: { error: 'RecordNotFound' } };
    if (answer.kind === 'drop') return;
    const responseArgs = answer.kind === 'done' ? doneArgs(answer, request.httpCompleteResponse === true) : failArgs(answer);
    reply({ key: `zaf.${key}.${answer.kind}`, message: { responseArgs } });
  };

  const receive = (data: unknown) => {
    const message = (typeof data === 'string' ? JSON.parse(data) : data) as WireMessage;
    wire.push(message);
    const key = message.key ?? '';
    if (key === 'iframe.handshake') {
      reply({
        key: 'zaf.app.registered',
        message: {
          metadata: options.metadata ?? { appId: 812, installationId: 360001, name: 'Community Involvement', settings: {} },
          context: { instanceGuid: appGuid, product: 'support', location: 'ticket_sidebar', ticketId: 4711, account: { subdomain: 'gitlab' } },
        },
      });
    } else if (key.startsWith('iframe.on:') || key.startsWith('iframe.off:')) {
      const event = key.slice(key.indexOf(':') + 1);
      subscribers.set(event, Number((message.message as { subscriberCount?: number } | undefined)?.subscriberCount ?? 0));
    } else if (/^request:\d+$/.test(key)) {
      answerRequest(key, (message.message ?? {}) as Record<string, unknown>);
    } else if (message.request) {
      answerRpc(message);
    }
  };

  const spy = vi.spyOn(window, 'postMessage').mockImplementation(((data: unknown, targetOrigin?: unknown) => {
    if (targetOrigin === origin) receive(data);
  }) as typeof window.postMessage);

  window.history.replaceState(null, '', `/?origin=${encodeURIComponent(origin)}&app_guid=${appGuid}`);
  const client = ZAFClient.init();
  if (!client) throw new Error('ZAFClient.init() returned false: the URL lacks origin or app_guid');

  return {
    client,
    wire,
    rpcs: (request) => wire.filter((message) => message.request === request),
    requests: () =>
      wire.filter((message) => /^request:\d+$/.test(message.key ?? '')).map((message) => message.message as Record<string, unknown>),
    emit(event, data) {
      if (!subscribers.get(event)) return false;
      reply({ key: `zaf.${event}`, message: data });
      return true;
    },
    close: () => spy.mockRestore(),
  };
}

function defaultRpcReply(message: WireMessage, values: Record<string, unknown>): RpcReply {
  if (message.request !== 'get') {
    const keys = Object.keys((message.params ?? {}) as Record<string, unknown>);
    return { result: { ...Object.fromEntries(keys.map((key) => [key, null])), errors: {} } };
  }
  const result: Record<string, unknown> = {};
  const errors: Record<string, unknown> = {};
  for (const path of message.params as string[]) {
    if (path in values) result[path] = values[path];
    else errors[path] = { name: 'APIUnavailable', message: `Could not find handler for: "${path}"`, path };
  }
  return { result: { ...result, errors } };
}

function doneArgs(answer: Extract<RequestAnswer, { kind: 'done' }>, complete: boolean): unknown[] {
  const status = answer.status ?? 200;
  const xhr = { status, statusText: 'OK', responseText: JSON.stringify(answer.body), headers: answer.headers ?? {} };
  if (!complete) return [answer.body, 'success', xhr];
  return [{ responseJSON: answer.body, responseText: xhr.responseText, status, headers: answer.headers ?? {} }, 'success', xhr];
}

function failArgs(answer: Extract<RequestAnswer, { kind: 'fail' }>): unknown[] {
  const statusText = answer.statusText ?? (answer.status === 0 ? 'error' : 'Error');
  const responseText = answer.responseText ?? (answer.body === undefined ? '' : JSON.stringify(answer.body));
  return [
    { status: answer.status, statusText, responseText, responseJSON: answer.body, headers: answer.headers ?? {} },
    'error',
    statusText,
  ];
}
