import { ZendeskError } from './errors';
import { asNumber, asRecord, isRecord } from './fields';
import { errorForFailure, readStatus, toHttpResult } from './httpResponse';
import { checkRpcValue, errorForRpcRejection } from './rpcResult';
import { requestForgettingListeners } from './requestListeners';
import { raceTimeout } from './timeout';
import type { AppContext, AppMetadata, HttpResult, RawZafClient, ZafClient, ZafRequestOptions } from './types';

/** Longer than the npm SDK's own 5 s, so its resolved `TimeoutError` is seen first; far below the CDN's 5 min. */
export const DEFAULT_RPC_TIMEOUT_MS = 10_000;
/** `client.request` has no timeout of its own in either SDK; a Slack call through the proxy rarely takes 5 s. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 20_000;

export interface ZafClientOptions {
  /** Limit for get/set/invoke/metadata/context, in ms. */
  rpcTimeoutMs?: number;
  /** Limit for `request`/`send` when the call sets no `timeoutMs`, in ms. */
  requestTimeoutMs?: number;
}

/** Wraps a ZAF SDK client (npm or CDN build) in the typed, quirk-free facade the rest of the app uses. */
export function createZafClient(raw: RawZafClient, options: ZafClientOptions = {}): ZafClient {
  const rpcTimeoutMs = options.rpcTimeoutMs ?? DEFAULT_RPC_TIMEOUT_MS;
  const requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;

  function rpc(what: string, keys: readonly string[], call: () => Promise<unknown>): Promise<unknown> {
    const settled = Promise.resolve()
      .then(call)
      .then(
        (value) => checkRpcValue(value, what, keys),
        (error: unknown) => {
          throw errorForRpcRejection(error, what);
        },
      );
    return raceTimeout(settled, rpcTimeoutMs, what);
  }

  function exchange(request: ZafRequestOptions, complete: boolean): Promise<{ ok: boolean; response: unknown }> {
    const { timeoutMs, ...forwarded } = request;
    const sent = Promise.resolve().then(() =>
      requestForgettingListeners(raw, complete ? { ...forwarded, httpCompleteResponse: true } : forwarded),
    );
    const answered = sent.then(
      (response) => ({ ok: true, response }),
      (response: unknown) => ({ ok: false, response }),
    );
    return raceTimeout(answered, timeoutMs ?? requestTimeoutMs, describeRequest(request));
  }

  async function get(paths: string[]) {
    const result = asRecord(await rpc(`get ${paths.join(', ')}`, paths, () => raw.get(paths)));
    const values: Record<string, unknown> = {};
    const errors: Record<string, string> = {};
    for (const [path, value] of Object.entries(result)) if (path !== 'errors') values[path] = value;
    for (const [path, error] of Object.entries(asRecord(result.errors))) errors[path] = errorMessage(error);
    return { values, errors };
  }

  return {
    get,
    async getOne<T>(path: string): Promise<T> {
      const { values, errors } = await get([path]);
      const error = errors[path];
      if (error !== undefined) throw new ZendeskError('host_error', `Zendesk refused get ${path}: ${error}`);
      if (!(path in values)) throw new ZendeskError('host_error', `Zendesk sent no value for ${path}`);
      return values[path] as T;
    },
    async set(path, value) {
      await rpc(`set ${path}`, [path], () => raw.set(path, value));
    },
    async invoke(name, ...args) {
      const result = await rpc(`invoke ${name}`, [name], () => raw.invoke(name, ...args));
      return isRecord(result) && name in result ? result[name] : result;
    },
    on(event, handler) {
      raw.on(event, handler);
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        subscribed = false;
        raw.off(event, handler);
      };
    },
    async request<T>(request: ZafRequestOptions): Promise<T> {
      const { ok, response } = await exchange(request, false);
      if (!ok) throw errorForFailure(response, describeRequest(request));
      return response as T;
    },
    async send(request: ZafRequestOptions): Promise<HttpResult> {
      const { ok, response } = await exchange(request, true);
      if (ok) return toHttpResult(response, 200);
      if (readStatus(response) === 0) throw errorForFailure(response, describeRequest(request));
      return toHttpResult(response, 0);
    },
    async metadata(): Promise<AppMetadata> {
      return toMetadata(await raceTimeout(raw.metadata(), rpcTimeoutMs, 'metadata'));
    },
    async context(): Promise<AppContext> {
      return toContext(await raceTimeout(raw.context(), rpcTimeoutMs, 'context'));
    },
  };
}

/** Method and path only: query strings, headers and bodies may carry `{{setting.*}}` placeholders or user data. */
function describeRequest(request: ZafRequestOptions): string {
  return `${request.type ?? 'GET'} ${request.url.split('?')[0] ?? ''}`;
}

function errorMessage(error: unknown): string {
  const message = asRecord(error).message;
  return typeof message === 'string' ? message : String(error);
}

function toMetadata(value: unknown): AppMetadata {
  const fields = asRecord(value);
  return {
    ...(typeof fields.name === 'string' ? { name: fields.name } : {}),
    ...(typeof fields.version === 'string' ? { version: fields.version } : {}),
    appId: asNumber(fields.appId) ?? 0,
    installationId: asNumber(fields.installationId) ?? 0,
    settings: asRecord(fields.settings) as AppMetadata['settings'],
  };
}

function toContext(value: unknown): AppContext {
  const fields = asRecord(value);
  const ticketId = asNumber(fields.ticketId);
  return {
    instanceGuid: String(fields.instanceGuid ?? ''),
    product: String(fields.product ?? ''),
    location: String(fields.location ?? ''),
    ...(ticketId === null ? {} : { ticketId }),
    account: { subdomain: String(asRecord(fields.account).subdomain ?? '') },
  };
}
