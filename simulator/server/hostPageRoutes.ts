import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseJson, readBody, sendJson, sendText } from './httpIo';
import { performZafRequest, type ZafRequestOptions } from './proxy/zafRequest';
import type { Simulation } from './simulation';
import { paneView } from './slack/paneView';
import { simTicket, zafTicket } from './zendesk/views';

const WEB_VIA = { channel: 'web', source: { from: {}, to: {}, rel: null } };

/** The endpoints the host page uses (same origin, not for the app). Returns false when the path is not one. */
export async function handleHostPageRoute(sim: Simulation, req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  const method = req.method ?? 'GET';
  const path = url.pathname;
  if (path === '/__sim/events' && method === 'GET') {
    sim.events.subscribe(res);
    return true;
  }
  if (path === '/__sim/state' && method === 'GET') {
    sendState(sim, res, url.searchParams.get('ticket'));
    return true;
  }
  if (path === '/__sim/zaf/request' && method === 'POST') {
    const body = parseJson(await readBody(req)) as { options?: ZafRequestOptions } | undefined;
    if (!body || typeof body.options !== 'object' || body.options === null) {
      sendText(res, 400, 'Send {"options": {...}} as the app passed them to client.request.');
      return true;
    }
    sendJson(res, 200, await performZafRequest(sim, body.options));
    return true;
  }
  const submit = /^\/__sim\/tickets\/(\d+)\/submit$/.exec(path);
  if (submit && method === 'POST') {
    await submitDraft(sim, req, res, Number(submit[1]));
    return true;
  }
  if (path === '/__sim/slack/view' && method === 'GET') {
    sendJson(res, 200, paneView(sim.slack));
    return true;
  }
  if (path === '/__sim/stats/rpc' && method === 'POST') {
    sim.stats.rpc += 1;
    sendJson(res, 200, sim.stats);
    return true;
  }
  return false;
}

function sendState(sim: Simulation, res: ServerResponse, requested: string | null): void {
  const tickets = sim.desk.list();
  const ticket = requested ? sim.desk.get(Number(requested)) : tickets[0];
  if (!ticket) {
    sendText(res, 404, `No ticket ${requested}. Fixture tickets: ${tickets.map((t) => t.id).join(', ')}`);
    return;
  }
  const { workspace } = sim.fixtures;
  sendJson(res, 200, {
    ticket: zafTicket(ticket, sim.desk),
    currentUser: workspace.currentUser,
    installation: {
      appId: workspace.installation.appId,
      installationId: workspace.installation.installationId,
      name: sim.manifest.name,
      version: sim.manifest.version,
      settings: sim.publicSettings(),
    },
    account: workspace.account,
    tickets: tickets.map(({ id, subject }) => ({ id, subject })),
    macros: sim.macros.active().map(({ id, title, active, actions }) => ({ id, title, active, actions })),
    faults: sim.faults.list(),
    latencyMs: sim.latencyMs,
  });
}

interface DraftSubmit {
  tagsAdded?: string[];
  tagsRemoved?: string[];
  status?: string;
  comment?: { body?: string; html_body?: string; public?: boolean };
  macros?: (number | { id: number })[];
}

/** The agent's Submit: the draft's tag, status and comment changes saved at once, as the agent. */
async function submitDraft(sim: Simulation, req: IncomingMessage, res: ServerResponse, id: number): Promise<void> {
  const draft = parseJson(await readBody(req)) as DraftSubmit | undefined;
  if (!draft) {
    sendText(res, 400, 'Send the draft as JSON: { tagsAdded, tagsRemoved, status?, comment? }');
    return;
  }
  const macros = (draft.macros ?? [])
    .map((entry) => sim.macros.byId(typeof entry === 'number' ? entry : entry.id))
    .filter((macro) => macro !== undefined)
    .map(({ id: macroId, title }) => ({ id: macroId, title }));
  const result = sim.desk.update(
    id,
    { additionalTags: draft.tagsAdded, removeTags: draft.tagsRemoved, status: draft.status, comment: draft.comment, macros },
    sim.fixtures.workspace.currentUser.id,
    WEB_VIA,
  );
  if (result === 'not_found') return sendText(res, 404, `No ticket ${id}`);
  if (typeof result === 'string') {
    sendJson(res, 422, { error: 'RecordInvalid', description: result === 'closed' ? 'Status: closed prevents ticket update' : 'Status: is not valid' });
    return;
  }
  sim.events.broadcast({ type: 'ticket', id });
  sendJson(res, 200, simTicket(result, sim.desk));
}
