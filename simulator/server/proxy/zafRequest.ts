import { runCall, sleep } from '../callPipeline';
import type { ProxyLogEntry, Simulation } from '../simulation';
import { handleSlackCall } from '../slack/api';
import { textResponse, type CallOutcome } from '../types';
import { handleZendeskRest } from '../zendesk/rest';
import { substituteSettings } from './substitution';

/** `client.request` options as the host page forwards them. */
export interface ZafRequestOptions {
  url?: string;
  type?: string;
  method?: string;
  data?: unknown;
  contentType?: string | false;
  dataType?: string;
  headers?: Record<string, unknown>;
  secure?: boolean;
  cors?: boolean;
  autoRetry?: boolean;
}

/** What `POST /__sim/zaf/request` answers; the host page turns it into `zaf.request:N.done|fail` (or nothing). */
export type ZafAnswer =
  | { kind: 'done'; status: number; body: unknown; headers: Record<string, string> }
  | { kind: 'fail'; status: number; statusText: string; responseText: string; responseJSON?: unknown; headers: Record<string, string> }
  | { kind: 'drop' };

const STATUS_TEXT: Record<number, string> = {
  0: 'error', 200: 'OK', 201: 'Created', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found',
  409: 'Conflict', 422: 'Unprocessable Entity', 429: 'Too Many Requests', 500: 'Internal Server Error',
  502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
};

/** Performs one `client.request` the way Zendesk would: relative URLs hit the REST API, absolute ones the proxy. */
export async function performZafRequest(sim: Simulation, options: ZafRequestOptions): Promise<ZafAnswer> {
  const url = typeof options.url === 'string' ? options.url : '';
  const method = String(options.type ?? options.method ?? 'GET').toUpperCase();
  const data = options.data === undefined || options.data === null ? undefined : typeof options.data === 'string' ? options.data : JSON.stringify(options.data);
  if (url.startsWith('/')) return toAnswer(await zendeskCall(sim, method, url, data, options.autoRetry !== false), options.dataType);
  // cors: true means the browser calls the host itself; no emulated host sends CORS headers, so it fails.
  if (options.cors === true || !/^https?:\/\//i.test(url)) return toAnswer({ kind: 'network' }, options.dataType);
  sim.stats.proxy += 1;
  const headers = Object.fromEntries(Object.entries(options.headers ?? {}).map(([key, value]) => [key, String(value)]));
  if (options.contentType) headers['content-type'] = options.contentType;
  const entry: ProxyLogEntry = { method, url, secure: options.secure === true, substituted: false, settings: [], status: null };
  sim.proxyLog.push(entry);
  const substitution = substituteSettings({ url, headers, data }, options.secure === true, sim.settings, sim.manifest);
  if (!substitution.ok) {
    await sleep(sim.latencyMs);
    entry.status = 403;
    return toAnswer({ kind: 'answer', response: textResponse(403, 'Proxy error: Invalid request') }, options.dataType);
  }
  entry.substituted = substitution.substituted.length > 0;
  entry.settings = substitution.substituted;
  const outgoing = substitution.request;
  const target = new URL(outgoing.url);
  const slackMethod = target.hostname === 'slack.com' ? /^\/api\/([A-Za-z.]+)$/.exec(target.pathname)?.[1] : undefined;
  const outcome: CallOutcome = slackMethod
    ? await runCall(sim.faults, sim.latencyMs, `slack:${slackMethod}`, 'slack', () =>
        handleSlackCall(
          sim.slack,
          { method: slackMethod, headers: lowerCase(outgoing.headers), body: outgoing.data ?? '', query: target.search.slice(1) },
          () => sim.events.broadcast({ type: 'slack' }),
        ))
    : { kind: 'network' };
  entry.status = outcome.kind === 'answer' ? outcome.response.status : outcome.kind === 'network' ? 0 : null;
  return toAnswer(outcome, options.dataType);
}

/** ZAF retries Zendesk's 429s itself unless the app passes `autoRetry: false`; once is enough to be honest. */
async function zendeskCall(sim: Simulation, method: string, url: string, data: string | undefined, autoRetry: boolean): Promise<CallOutcome> {
  const attempt = () => {
    sim.stats.rest += 1;
    return runCall(sim.faults, sim.latencyMs, `zendesk:${method} ${url}`, 'zendesk', () =>
      handleZendeskRest(sim.zendeskWorld(), method, url, data));
  };
  const first = await attempt();
  if (!autoRetry || first.kind !== 'answer' || first.response.status !== 429) return first;
  await sleep(Number(first.response.headers['retry-after'] ?? 1) * 1000);
  return attempt();
}

function toAnswer(outcome: CallOutcome, dataType: string | undefined): ZafAnswer {
  if (outcome.kind === 'silent') return { kind: 'drop' };
  if (outcome.kind === 'network') return { kind: 'fail', status: 0, statusText: 'error', responseText: '', headers: {} };
  const { response } = outcome;
  const responseText = typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
  const isJson = (response.headers['content-type'] ?? '').includes('json');
  const responseJSON = isJson ? response.body : undefined;
  if (response.status >= 200 && response.status < 300) {
    if (dataType === 'text') return { kind: 'done', status: response.status, body: responseText, headers: response.headers };
    if (dataType === 'json' && !isJson) {
      return { kind: 'fail', status: response.status, statusText: 'parsererror', responseText, headers: response.headers };
    }
    return { kind: 'done', status: response.status, body: response.body, headers: response.headers };
  }
  return {
    kind: 'fail',
    status: response.status,
    statusText: STATUS_TEXT[response.status] ?? 'error',
    responseText,
    ...(responseJSON === undefined ? {} : { responseJSON }),
    headers: response.headers,
  };
}

function lowerCase(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value]));
}
