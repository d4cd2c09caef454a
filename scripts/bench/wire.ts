/** Reading the simulator's wire log (`window.__zafWire`) for round-trip counts. */

export interface WireEntry {
  dir: 'in' | 'out';
  data: unknown;
  t: number;
}

/** One call from the app to the host and, when it came, its answer. */
export interface Exchange {
  kind: 'rpc' | 'request';
  /** `get`, `invoke:macro`, `request:GET /api/v2/...`, `request:POST https://slack.com/api/chat.postMessage`. */
  name: string;
  sentAt: number;
  answeredAt?: number;
}

function parse(data: unknown): Record<string, unknown> | null {
  if (typeof data === 'string') {
    try {
      return JSON.parse(data) as Record<string, unknown>;
    } catch {
      return null;
    }
  }
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : null;
}

function describeRpc(message: Record<string, unknown>): string {
  const request = String(message.request);
  if (request !== 'invoke') return request;
  const params = message.params as Record<string, unknown> | undefined;
  return `invoke:${Object.keys(params ?? {}).join(',')}`;
}

function describeRequest(message: Record<string, unknown>): string {
  const options = (message.message ?? {}) as { url?: string; type?: string };
  return `request:${options.type ?? 'GET'} ${(options.url ?? '').split('?')[0]}`;
}

/** Pairs every get/set/invoke and `request:N` the app sent with the host's answer. */
export function exchangesOf(wire: readonly WireEntry[]): Exchange[] {
  const rpcs = new Map<number, Exchange>();
  const requests = new Map<string, Exchange>();
  for (const entry of wire) {
    const message = parse(entry.data);
    if (!message) continue;
    if (entry.dir === 'in') {
      if (typeof message.id === 'number' && typeof message.request === 'string') {
        rpcs.set(message.id, { kind: 'rpc', name: describeRpc(message), sentAt: entry.t });
      } else if (typeof message.key === 'string' && /^request:\d+$/.test(message.key)) {
        requests.set(message.key, { kind: 'request', name: describeRequest(message), sentAt: entry.t });
      }
      continue;
    }
    if (typeof message.id === 'number') {
      const rpc = rpcs.get(message.id);
      if (rpc && rpc.answeredAt === undefined) rpc.answeredAt = entry.t;
    } else if (typeof message.key === 'string') {
      const match = /^zaf\.(request:\d+)\.(done|fail)$/.exec(message.key);
      const request = match ? requests.get(match[1] ?? '') : undefined;
      if (request && request.answeredAt === undefined) request.answeredAt = entry.t;
    }
  }
  return [...rpcs.values(), ...requests.values()].sort((a, b) => a.sentAt - b.sentAt);
}

/**
 * The longest chain of calls where each was sent only after the one before it was answered: the number of
 * round trips the user waits for, whatever ran in parallel.
 */
export function sequentialRoundTrips(exchanges: readonly Exchange[]): number {
  const answered = exchanges.filter((exchange) => exchange.answeredAt !== undefined);
  const depth = new Map<Exchange, number>();
  for (const exchange of answered) {
    let before = 0;
    for (const earlier of answered) {
      if (earlier !== exchange && (earlier.answeredAt ?? Infinity) <= exchange.sentAt) before = Math.max(before, depth.get(earlier) ?? 0);
    }
    depth.set(exchange, before + 1);
  }
  return Math.max(0, ...depth.values());
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
