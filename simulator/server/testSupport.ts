import { startSimulator, type RunningSimulator } from './index';
import type { ZafAnswer, ZafRequestOptions } from './proxy/zafRequest';

/** A simulator on a free port plus the calls tests make to it, the way the host page makes them. */
export interface SimulatorUnderTest {
  /** The running server. */
  simulator: RunningSimulator;
  /** `client.request(options)` as the host page forwards it. */
  zafRequest(options: ZafRequestOptions): Promise<ZafAnswer>;
  /** POST JSON to a host-origin path; resolves with status and parsed body. */
  post(path: string, body?: unknown): Promise<{ status: number; body: unknown }>;
  /** GET a host-origin path as JSON. */
  get<T = unknown>(path: string): Promise<T>;
}

/** Starts a quiet simulator on port 0 (each test file its own). */
export async function startForTest(): Promise<SimulatorUnderTest> {
  const simulator = await startSimulator({ port: 0, quiet: true });
  const post = async (path: string, body: unknown = {}) => {
    const response = await fetch(`${simulator.hostOrigin}${path}`, { method: 'POST', body: JSON.stringify(body) });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // plain-text answers (404s, 400s) stay text
    }
    return { status: response.status, body: parsed };
  };
  return {
    simulator,
    post,
    zafRequest: async (options) => (await post('/__sim/zaf/request', { options })).body as ZafAnswer,
    get: async <T>(path: string) => (await (await fetch(`${simulator.hostOrigin}${path}`)).json()) as T,
  };
}

/** Options of a Slack call through the proxy, with the bot token as the app sends it: a placeholder. */
export function slackCall(method: string, args: Record<string, unknown>, json = true): ZafRequestOptions {
  const form = new URLSearchParams(
    Object.entries(args).map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)]),
  ).toString();
  return {
    url: `https://slack.com/api/${method}`,
    type: 'POST',
    secure: true,
    headers: { Authorization: 'Bearer {{setting.slack_bot_token}}' },
    contentType: json ? 'application/json; charset=utf-8' : 'application/x-www-form-urlencoded',
    data: json ? JSON.stringify(args) : form,
  };
}
