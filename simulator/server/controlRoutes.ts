import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseFaultSpec } from './faults';
import { parseJson, readBody, sendJson, sendText } from './httpIo';
import { generateDashboardShares } from './dashboardShares';
import type { Simulation } from './simulation';
import { listMessages } from './slack/paneView';
import { addReaction, addThreadReply } from './slack/volunteers';
import type { SlackConfig } from './slack/workspace';
import { FIRST_PASTED_ID, readPastedTweet, ticketFromTweet } from './zendesk/pastedTweet';
import { simTicket } from './zendesk/views';

type Body = Record<string, unknown>;

/** The control endpoints tests and people use. Returns false when the path is not one. */
export async function handleControlRoute(sim: Simulation, req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  const method = req.method ?? 'GET';
  const path = url.pathname;
  const ticketMatch = /^\/__sim\/tickets\/(\d+)(\/replies)?$/.exec(path);
  if (method === 'GET') {
    if (ticketMatch && !ticketMatch[2]) {
      const ticket = sim.desk.get(Number(ticketMatch[1]));
      if (ticket) sendJson(res, 200, simTicket(ticket, sim.desk));
      else sendText(res, 404, `No ticket ${ticketMatch[1]}`);
      return true;
    }
    const reads: Record<string, () => unknown> = {
      '/__sim/slack/messages': () => listMessages(sim.slack),
      '/__sim/proxy-log': () => ({ entries: sim.proxyLog }),
      '/__sim/stats': () => sim.stats,
      '/__sim/faults': () => ({ faults: sim.faults.list() }),
    };
    const read = reads[path];
    if (!read) return false;
    sendJson(res, 200, read());
    return true;
  }
  if (method !== 'POST') return false;
  if (ticketMatch?.[2]) {
    teamMemberReply(sim, res, Number(ticketMatch[1]), await body(req));
    return true;
  }
  if (path === '/__sim/tickets') {
    ticketFromPaste(sim, res, await body(req));
    return true;
  }
  const writes: Record<string, (input: Body) => [number, unknown]> = {
    '/__sim/reset': () => {
      sim.reset();
      return [200, { ok: true }];
    },
    '/__sim/faults': (input) => {
      const spec = parseFaultSpec(input);
      return typeof spec === 'string' ? [400, { error: spec }] : [200, sim.faults.add(spec)];
    },
    '/__sim/latency': (input) => {
      sim.latencyMs = Math.max(0, Number(input.ms) || 0);
      sim.events.broadcast({ type: 'latency', ms: sim.latencyMs });
      return [200, { ms: sim.latencyMs }];
    },
    '/__sim/settings': (input) => {
      const settings = (input.settings ?? {}) as Record<string, unknown>;
      for (const [name, value] of Object.entries(settings)) sim.settings[name] = String(value);
      return [200, { settings: sim.publicSettings() }];
    },
    '/__sim/slack/config': (input) => {
      Object.assign(sim.slack.config, pickConfig(input));
      sim.events.broadcast({ type: 'slack' });
      return [200, sim.slack.config];
    },
    '/__sim/slack/reactions': (input) => slackChange(sim, addReaction(sim.slack, String(input.ts), String(input.name), String(input.user))),
    '/__sim/slack/replies': (input) =>
      slackChange(sim, addThreadReply(sim.slack, String(input.thread_ts), String(input.user), String(input.text ?? ''))),
    '/__sim/dashboard/generate': (input) => {
      const generated = generateDashboardShares(sim, Number(input.count));
      return typeof generated === 'string' ? [400, { error: generated }] : [200, generated];
    },
    '/__sim/stats/reset': () => {
      sim.stats = { rest: 0, proxy: 0, rpc: 0 };
      return [200, sim.stats];
    },
  };
  const write = writes[path];
  if (!write) return false;
  const [status, answer] = write(await body(req));
  sendJson(res, status, answer);
  return true;
}

async function body(req: IncomingMessage): Promise<Body> {
  const parsed = parseJson(await readBody(req));
  return typeof parsed === 'object' && parsed !== null ? (parsed as Body) : {};
}

function pickConfig(input: Body): Partial<SlackConfig> {
  const config: Partial<SlackConfig> = {};
  if (Array.isArray(input.scopes)) config.scopes = input.scopes.map(String);
  if (['ok', 'invalid_auth', 'token_revoked', 'account_inactive'].includes(String(input.tokenState))) {
    config.tokenState = input.tokenState as SlackConfig['tokenState'];
  }
  if (typeof input.botInChannel === 'boolean') config.botInChannel = input.botInChannel;
  return config;
}

function slackChange(sim: Simulation, result: object | string): [number, unknown] {
  if (typeof result === 'string') return [404, { error: result }];
  sim.events.broadcast({ type: 'slack' });
  return [200, { ok: true, message: result }];
}

/** A team member's reply arrives through the X channel and reopens the ticket. */
function teamMemberReply(sim: Simulation, res: ServerResponse, id: number, input: Body): void {
  const handle = String(input.handle ?? '').replace(/^@/, '');
  if (!handle || !input.body) {
    sendText(res, 400, 'Send { name, handle, body } for the team member replying on X.');
    return;
  }
  const author = sim.desk.personForHandle(handle, String(input.name ?? handle));
  const result = sim.desk.receiveXReply(id, author, String(input.body));
  if (typeof result === 'string') {
    sendText(res, 404, `No ticket ${id}`);
    return;
  }
  sim.events.broadcast({ type: 'ticket', id });
  sendJson(res, 200, simTicket(result, sim.desk));
}

/** A ticket from a pasted tweet, as the X channel would create it; listed in the switcher until the next reset. */
function ticketFromPaste(sim: Simulation, res: ServerResponse, input: Body): void {
  const tweet = readPastedTweet(input);
  if (typeof tweet === 'string') {
    sendJson(res, 400, { error: tweet });
    return;
  }
  const requester = sim.desk.personForHandle(tweet.handle, tweet.name);
  const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  const ticket = sim.desk.add(ticketFromTweet(tweet, sim.desk.freeId(FIRST_PASTED_ID), requester.id, now));
  sim.events.broadcast({ type: 'ticket', id: ticket.id });
  sendJson(res, 201, simTicket(ticket, sim.desk));
}
