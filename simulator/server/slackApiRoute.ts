import type { IncomingMessage, ServerResponse } from 'node:http';
import { runCall } from './callPipeline';
import { readBody, sendSim } from './httpIo';
import type { Simulation } from './simulation';
import { handleSlackCall } from './slack/api';

/**
 * `/__sim/slack-api/<method>`: the Slack emulator spoken to directly, for Node clients such as a real
 * `WebClient` (`slackApiUrl`). Same token, faults and latency as behind the proxy; not reachable by the app,
 * which has no token and gets no CORS headers.
 */
export async function handleSlackApiRoute(sim: Simulation, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const method = url.pathname.slice('/__sim/slack-api/'.length);
  const body = await readBody(req);
  const headers = Object.fromEntries(Object.entries(req.headers).map(([key, value]) => [key, Array.isArray(value) ? value.join(',') : value]));
  const outcome = await runCall(sim.faults, sim.latencyMs, `slack:${method}`, 'slack', () =>
    handleSlackCall(sim.slack, { method, headers, body, query: url.search.slice(1) }, () => sim.events.broadcast({ type: 'slack' })));
  if (outcome.kind === 'answer') sendSim(res, outcome.response);
  else if (outcome.kind === 'network') req.socket.destroy();
  // 'silent': the response stays open until the client gives up or the server closes.
}
