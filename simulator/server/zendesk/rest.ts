import type { WorkspaceFixture } from '../../fixtures/types';
import { jsonResponse, type SimResponse } from '../types';
import type { MacroBook } from './macroBook';
import type { StoredTicket, TicketChange, TicketDesk, TicketRefusal } from './ticketDesk';
import { searchTickets } from './search';
import { restComment, restTicket } from './views';

/** What the Zendesk REST emulator reads and changes. */
export interface ZendeskWorld {
  /** Tickets. */
  desk: TicketDesk;
  /** Macros. */
  macros: MacroBook;
  /** The signed-in agent (`users/me`, author of REST comments). */
  currentUser: WorkspaceFixture['currentUser'];
  /** Called after a ticket was saved. */
  onTicketChanged(id: number): void;
}

const NOT_FOUND = jsonResponse(404, { error: 'RecordNotFound', description: 'Not found' });
const API_VIA = { channel: 'api', source: { from: {}, to: {}, rel: null } };

/** Answers a relative `client.request` URL the way the account's REST API would. */
export function handleZendeskRest(world: ZendeskWorld, method: string, url: string, body: string | undefined): SimResponse {
  const { pathname, searchParams } = new URL(url, 'https://gitlab-sim.zendesk.com');
  const verb = method.toUpperCase();
  const ticketPath = /^\/api\/v2\/tickets\/(\d+)\.json$/.exec(pathname);
  if (ticketPath && verb === 'GET') return showTicket(world, Number(ticketPath[1]));
  if (ticketPath && verb === 'PUT') return updateTicket(world, Number(ticketPath[1]), body);
  const commentsPath = /^\/api\/v2\/tickets\/(\d+)\/comments\.json$/.exec(pathname);
  if (commentsPath && verb === 'GET') {
    return listComments(world, Number(commentsPath[1]), (searchParams.get('include') ?? '').split(',').includes('users'));
  }
  if (pathname === '/api/v2/macros/search.json' && verb === 'GET') {
    const query = searchParams.get('query');
    if (!query) return jsonResponse(400, { error: 'InvalidValue', description: 'query is required' });
    return macroList(world.macros.search(query));
  }
  if (pathname === '/api/v2/macros/active.json' && verb === 'GET') return macroList(world.macros.active());
  if (pathname === '/api/v2/search.json' && verb === 'GET') return searchTickets(world.desk.list(), searchParams);
  if (pathname === '/api/v2/users/me.json' && verb === 'GET') return me(world);
  return jsonResponse(404, { error: 'InvalidEndpoint', description: 'Not found' });
}

function showTicket(world: ZendeskWorld, id: number): SimResponse {
  const ticket = world.desk.get(id);
  return ticket ? jsonResponse(200, { ticket: restTicket(ticket) }) : NOT_FOUND;
}

function listComments(world: ZendeskWorld, id: number, withUsers: boolean): SimResponse {
  const ticket = world.desk.get(id);
  if (!ticket) return NOT_FOUND;
  const comments = ticket.comments.map(restComment);
  const page: Record<string, unknown> = { comments, next_page: null, previous_page: null, count: comments.length };
  if (withUsers) {
    const ids = [...new Set(ticket.comments.map((comment) => comment.author_id))];
    page.users = ids.map((userId) => {
      const person = world.desk.person(userId);
      return { id: userId, name: person?.name ?? 'Unknown', role: person?.role ?? 'end-user' };
    });
  }
  return jsonResponse(200, page);
}

function macroList(macros: ReturnType<MacroBook['active']>): SimResponse {
  return jsonResponse(200, { macros, next_page: null, previous_page: null, count: macros.length });
}

function me(world: ZendeskWorld): SimResponse {
  const user = world.currentUser;
  return jsonResponse(200, {
    user: { id: user.id, name: user.name, email: user.email, role: user.role, locale: user.locale, time_zone: user.timeZone.name },
  });
}

function updateTicket(world: ZendeskWorld, id: number, body: string | undefined): SimResponse {
  const parsed = parseUpdate(body);
  if (typeof parsed === 'string') return jsonResponse(400, { error: 'InvalidValue', description: parsed });
  const before = world.desk.get(id);
  const previous = before ? { tags: [...before.tags], status: before.status, comments: before.comments.length } : undefined;
  const result = world.desk.update(id, parsed, world.currentUser.id, API_VIA);
  if (typeof result === 'string') return refusal(result);
  world.onTicketChanged(id);
  return jsonResponse(200, { ticket: restTicket(result), audit: audit(result, previous, world.currentUser.id) });
}

/** Reads `{ ticket: {...} }` from a PUT body. */
function parseUpdate(body: string | undefined): TicketChange | string {
  let json: unknown;
  try {
    json = JSON.parse(body ?? '');
  } catch {
    return 'The request body must be JSON: {"ticket": {...}}';
  }
  const ticket = (json as { ticket?: Record<string, unknown> } | null)?.ticket;
  if (!ticket || typeof ticket !== 'object') return 'The request body must be JSON: {"ticket": {...}}';
  const strings = (value: unknown) => (Array.isArray(value) ? value.map(String) : undefined);
  const comment = ticket.comment as TicketChange['comment'] | undefined;
  return {
    tags: strings(ticket.tags),
    additionalTags: strings(ticket.additional_tags),
    removeTags: strings(ticket.remove_tags),
    status: typeof ticket.status === 'string' ? ticket.status : undefined,
    comment: comment && typeof comment === 'object' ? comment : undefined,
    expectedStamp: ticket.safe_update === true ? String(ticket.updated_stamp ?? '') : undefined,
  };
}

function refusal(reason: TicketRefusal): SimResponse {
  switch (reason) {
    case 'not_found':
      return NOT_FOUND;
    case 'conflict':
      return jsonResponse(409, {
        error: 'UpdateConflict',
        description:
          'Safe Update prevented the update due to outdated ticket data. Please fetch the latest ticket data and try again.',
      });
    case 'closed':
      return jsonResponse(422, {
        error: 'RecordInvalid',
        description: 'Record validation errors',
        details: { status: [{ description: 'Status: closed prevents ticket update', error: 'ClosedTicket' }] },
      });
    case 'invalid_status':
      return jsonResponse(422, {
        error: 'RecordInvalid',
        description: 'Record validation errors',
        details: { status: [{ description: 'Status: is not valid', error: 'InvalidValue' }] },
      });
  }
}

function audit(ticket: StoredTicket, previous: { tags: string[]; status: string; comments: number } | undefined, authorId: number) {
  const events: Record<string, unknown>[] = [];
  let eventId = Date.now();
  if (previous && previous.tags.join(' ') !== ticket.tags.join(' ')) {
    events.push({ id: eventId++, type: 'Change', field_name: 'tags', value: ticket.tags, previous_value: previous.tags });
  }
  if (previous && previous.status !== ticket.status) {
    events.push({ id: eventId++, type: 'Change', field_name: 'status', value: ticket.status, previous_value: previous.status });
  }
  for (const added of ticket.comments.slice(previous?.comments ?? ticket.comments.length)) {
    events.push({ ...restComment(added), id: eventId++ });
  }
  return { id: eventId, ticket_id: ticket.id, created_at: ticket.updated_at, author_id: authorId, events };
}
