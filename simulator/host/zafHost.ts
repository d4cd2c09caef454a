/**
 * The host side of the ZAF SDK postMessage protocol (research/harness.md §1), without a window: the caller that
 * owns the iframe checks `origin` and `source`, hands envelopes to `receive`, and posts what `send` gets. The same
 * module runs in the simulator page and in the jsdom contract tests against the real npm SDK.
 */
import { apiUnavailable, invalidArgument, isZafError, type ZafError } from './zafErrors';
import { allowedGet, allowedInvoke, allowedSet, splitFieldPath, type AppLocation } from './zafAllowList';
import { requestResponse, type RequestAnswer } from './zafRequest';

export type { RequestAnswer } from './zafRequest';

/** What `app.registered` carries: the installation and where the app runs. */
export interface ZafRegistration {
  /** `{ appId, installationId, name, version, settings }`, secure settings left out. */
  metadata: Record<string, unknown>;
  /** `{ instanceGuid, product, location, ticketId, account }`. */
  context: Record<string, unknown>;
}

/** A fault that applies to one RPC (`zaf:get`, `zaf:set:<path>`, `zaf:invoke:<name>`). */
export interface RpcFault {
  /** Carry the call out but never answer it. */
  drop?: boolean;
  /** Neither carry it out nor answer it. */
  hang?: boolean;
  /** Extra delay before the answer, in ms. */
  latencyMs?: number;
}

/** What the page knows and does; the protocol module only speaks the wire. */
export interface ZafHostHandlers {
  /** The `app.registered` payload, asked once, when the handshake arrives. */
  registration(): ZafRegistration;
  /** The value at an allow-listed path; throw a `ZafError` when it cannot be read. */
  get(path: string): unknown;
  /** Changes an allow-listed path of the draft; throw a `ZafError` to refuse. */
  set(path: string, value: unknown): void;
  /** Runs an allow-listed action; throw (or reject with) a `ZafError` to refuse, e.g. an unknown macro. */
  invoke(name: string, args: unknown[]): unknown;
  /** Performs `client.request(options)`; the answer decides done, fail or silence. */
  request(options: Record<string, unknown>): Promise<RequestAnswer>;
  /** Takes (and counts down) the RPC fault matching `match`, if one is armed. */
  takeRpcFault?(match: string): RpcFault | undefined;
  /** Latency added to every RPC answer, in ms. */
  latencyMs?(): number;
  /** Told of every get/set/invoke the app itself makes (the server's `rpc` stat); the SDK's own `track` is not one. */
  countRpc?(): void;
  /** Where the instance runs, which decides the allow-lists; `ticket_sidebar` when not given. */
  location?: AppLocation;
}

/** Options of `createZafHost`. */
export interface ZafHostOptions {
  /** The app iframe's origin: every message goes to it and to nothing else. */
  appOrigin: string;
  /** Posts one message to the app; `targetOrigin` is always `appOrigin`. */
  send(message: Record<string, unknown>, targetOrigin: string): void;
  handlers: ZafHostHandlers;
  /** How long a `needsReply` hook waits for the app before the action fails. */
  hookTimeoutMs?: number;
}

/** The app's answer to a hook such as `ticket.save`. */
export type HookOutcome = { ok: true } | { ok: false; message: string };

/** One iframe load's protocol state. */
export interface ZafHost {
  /** Handles one envelope from the app (a JSON string or, for hook replies, an object). */
  receive(data: unknown): void;
  /** Sends `zaf.<event>` if the app subscribed to it; says whether it went out. */
  emit(event: string, payload?: unknown): boolean;
  /** Sends a `needsReply` hook and waits for the app's verdict. */
  runHook(event: string): Promise<HookOutcome>;
  /** Current `iframe.on:` subscriber counts by event name. */
  subscriptions(): Record<string, number>;
  /** Whether `app.registered` went out. */
  isRegistered(): boolean;
  /** Cancels pending answers (the iframe went away). */
  dispose(): void;
}

/** Zendesk's hook time limit is unverified; a silent app fails the save rather than letting it through. */
export const DEFAULT_HOOK_TIMEOUT_MS = 30_000;

interface Envelope {
  id?: unknown;
  key?: unknown;
  request?: unknown;
  params?: unknown;
  message?: unknown;
  error?: { msg?: unknown };
}

function parseEnvelope(data: unknown): Envelope | undefined {
  if (typeof data === 'string') {
    try {
      const parsed: unknown = JSON.parse(data);
      return typeof parsed === 'object' && parsed !== null ? (parsed as Envelope) : undefined;
    } catch {
      return undefined;
    }
  }
  return typeof data === 'object' && data !== null ? (data as Envelope) : undefined;
}

/**
 * The current SDK's `invoke('track', …)` on clicks and hovers (research/zaf.md §10): a real RPC Zendesk answers,
 * but the SDK's telemetry, not a call of the app.
 */
function isTelemetry(envelope: Envelope): boolean {
  if (envelope.request !== 'invoke' || typeof envelope.params !== 'object' || envelope.params === null) return false;
  const names = Object.keys(envelope.params);
  return names.length > 0 && names.every((name) => name === 'track');
}

function errorValue(error: unknown, path: string): ZafError {
  if (isZafError(error)) return { ...error, path };
  return invalidArgument(path, error instanceof Error ? error.message : String(error));
}

export function createZafHost({ appOrigin, send, handlers, hookTimeoutMs = DEFAULT_HOOK_TIMEOUT_MS }: ZafHostOptions): ZafHost {
  const subscribers = new Map<string, number>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const hooks = new Map<string, (outcome: HookOutcome) => void>();
  let registered = false;
  let disposed = false;

  const later = (ms: number, run: () => void): void => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!disposed) run();
    }, ms);
    timers.add(timer);
  };
  const post = (message: Record<string, unknown>): void => send(message, appOrigin);
  const latency = (): number => Math.max(0, handlers.latencyMs?.() ?? 0);

  function answerRpc(
    id: unknown,
    faults: Array<RpcFault | undefined>,
    compute: () => Record<string, unknown> | Promise<Record<string, unknown>>,
  ): void {
    if (faults.some((fault) => fault?.hang)) return;
    void Promise.resolve()
      .then(compute)
      .then((result) => {
        if (faults.some((fault) => fault?.drop)) return;
        const extra = faults.reduce((sum, fault) => sum + (fault?.latencyMs ?? 0), 0);
        later(latency() + extra, () => post({ id, result }));
      });
  }

  function readPath(path: string): unknown {
    const field = splitFieldPath(path);
    if (!field) return handlers.get(path);
    const parent = handlers.get(field.parent);
    if (typeof parent === 'object' && parent !== null && field.field in parent) {
      return (parent as Record<string, unknown>)[field.field];
    }
    throw apiUnavailable(path);
  }

  function handleGet(id: unknown, params: unknown): void {
    const paths = Array.isArray(params) ? params.map(String) : [];
    answerRpc(id, [handlers.takeRpcFault?.('zaf:get')], () => {
      const result: Record<string, unknown> = { errors: {} };
      const errors = result.errors as Record<string, ZafError>;
      for (const path of paths) {
        if (!allowedGet(path, handlers.location)) {
          errors[path] = apiUnavailable(path);
          continue;
        }
        try {
          result[path] = readPath(path);
        } catch (error) {
          errors[path] = errorValue(error, path);
        }
      }
      return result;
    });
  }

  function handleChange(id: unknown, kind: 'set' | 'invoke', params: unknown): void {
    const entries = typeof params === 'object' && params !== null ? Object.entries(params) : [];
    const faults = entries.map(([name]) => handlers.takeRpcFault?.(`zaf:${kind}:${name}`));
    answerRpc(id, faults, async () => {
      const result: Record<string, unknown> = { errors: {} };
      const errors = result.errors as Record<string, ZafError>;
      for (const [name, value] of entries) {
        const allowed = kind === 'set' ? allowedSet(name, handlers.location) : allowedInvoke(name, handlers.location);
        if (!allowed) {
          errors[name] = apiUnavailable(name);
          continue;
        }
        try {
          if (kind === 'set') {
            handlers.set(name, value);
            result[name] = value;
          } else {
            result[name] = (await handlers.invoke(name, Array.isArray(value) ? value : [value])) ?? null;
          }
        } catch (error) {
          errors[name] = errorValue(error, name);
        }
      }
      return result;
    });
  }

  function handleRequest(key: string, options: unknown): void {
    const normalised = typeof options === 'object' && options !== null ? (options as Record<string, unknown>) : {};
    handlers
      .request(normalised)
      .catch((): RequestAnswer => ({ kind: 'fail', status: 0, statusText: 'error', responseText: '', headers: {} }))
      .then((answer) => {
        const response = requestResponse(answer, normalised);
        if (!response || disposed) return;
        post({ key: `zaf.${key}.${response.outcome}`, message: { responseArgs: response.responseArgs } });
      });
  }

  function handleKey(key: string, envelope: Envelope): void {
    if (key.startsWith('iframe.on:') || key.startsWith('iframe.off:')) {
      const name = key.slice(key.indexOf(':') + 1);
      const count = Number((envelope.message as { subscriberCount?: unknown } | undefined)?.subscriberCount ?? 0);
      // The current SDK unsubscribes `request:N.done|fail` after every answer: forget those names, so a session of
      // hours does not grow the map by two entries per request.
      if (Number.isFinite(count) && count > 0) subscribers.set(name, count);
      else subscribers.delete(name);
      return;
    }
    if (key.startsWith('iframe.reply:')) {
      const settle = hooks.get(key.slice('iframe.reply:'.length));
      const reason = envelope.error?.msg;
      settle?.(envelope.error ? { ok: false, message: typeof reason === 'string' ? reason : String(reason ?? '') } : { ok: true });
      return;
    }
    if (/^request:\d+$/.test(key)) handleRequest(key, envelope.message);
    // iframe.trigger:*, client.postMessage, the current SDK's session.live (activity pings) and __track__
    // (timeout reports) have no answer in a single-instance host, as in Zendesk.
  }

  return {
    receive(data) {
      if (disposed) return;
      const envelope = parseEnvelope(data);
      if (!envelope) return;
      if (envelope.key === 'iframe.handshake') {
        if (registered) return;
        registered = true;
        const message = handlers.registration();
        later(latency(), () => post({ key: 'zaf.app.registered', message }));
        return;
      }
      // The SDK queues everything until it is registered; anything earlier is not from a well-behaved client.
      if (!registered) return;
      if (typeof envelope.key === 'string') return handleKey(envelope.key, envelope);
      if (envelope.id !== undefined && !isTelemetry(envelope)) handlers.countRpc?.();
      if (envelope.request === 'get') return handleGet(envelope.id, envelope.params);
      if (envelope.request === 'set' || envelope.request === 'invoke') {
        return handleChange(envelope.id, envelope.request, envelope.params);
      }
      if (envelope.id !== undefined) {
        later(latency(), () =>
          post({ id: envelope.id, error: { name: 'APIUnavailable', message: `Unknown request: "${String(envelope.request)}"` } }),
        );
      }
    },
    emit(event, payload) {
      if (disposed || !registered || (subscribers.get(event) ?? 0) <= 0) return false;
      post({ key: `zaf.${event}`, message: payload });
      return true;
    },
    runHook(event) {
      if (disposed || !registered || (subscribers.get(event) ?? 0) <= 0) return Promise.resolve({ ok: true });
      return new Promise<HookOutcome>((resolve) => {
        const timer = setTimeout(() => settle({ ok: false, message: `The app did not answer ${event} in time` }), hookTimeoutMs);
        function settle(outcome: HookOutcome): void {
          clearTimeout(timer);
          hooks.delete(event);
          resolve(outcome);
        }
        hooks.set(event, settle);
        post({ key: `zaf.${event}`, needsReply: true });
      });
    },
    subscriptions: () => Object.fromEntries(subscribers),
    isRegistered: () => registered,
    dispose() {
      disposed = true;
      timers.forEach(clearTimeout);
      timers.clear();
      hooks.forEach((settle) => settle({ ok: false, message: 'The app went away' }));
    },
  };
}
