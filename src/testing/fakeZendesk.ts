import { ZendeskError } from '../zendesk/errors';
import type { TicketChange, TicketState, ZendeskPort } from '../workflow/ports';

interface Note {
  body: string;
}

/**
 * A Zendesk that keeps one ticket like the REST API does: `safe_update` answers 409 on a stale stamp, every
 * update moves `updated_at`, macros exist by exact title, and applied macros are recorded (the editor).
 */
export function createFakeZendesk(initial: { tags?: string[]; status?: string; macros?: Record<string, number> } = {}) {
  let stamp = 0;
  const ticket = { tags: [...(initial.tags ?? [])], status: initial.status ?? 'open', updatedAt: isoStamp(stamp) };
  const notes: Note[] = [];
  const applied: number[] = [];
  const failures: { method: keyof ZendeskPort; error: Error }[] = [];
  const macros = initial.macros ?? { 'Involving Experts::Community Involvement': 7001, 'Involving Experts::Expert Responded': 7002, 'Involving Experts::Expert Involved': 7003 };
  let updates = 0;

  function isoStamp(n: number): string {
    return new Date(Date.parse('2026-11-24T14:00:00Z') + n * 1000).toISOString().replace('.000', '');
  }
  function state(): TicketState {
    return { tags: [...ticket.tags], updatedAt: ticket.updatedAt, status: ticket.status };
  }
  function failIfAsked(method: keyof ZendeskPort): void {
    const index = failures.findIndex((failure) => failure.method === method);
    if (index >= 0) {
      const [failure] = failures.splice(index, 1);
      throw failure?.error;
    }
  }
  function apply(change: TicketChange): void {
    const remove = new Set(change.removeTags ?? []);
    ticket.tags = ticket.tags.filter((tag) => !remove.has(tag));
    for (const tag of change.addTags ?? []) if (!ticket.tags.includes(tag)) ticket.tags.push(tag);
    if (change.internalNote) notes.push({ body: change.internalNote });
    stamp += 1;
    ticket.updatedAt = isoStamp(stamp);
  }

  const port: ZendeskPort = {
    readTicket: async (_id) => {
      failIfAsked('readTicket');
      return state();
    },
    updateTicket: async (_id, change, updatedStamp) => {
      failIfAsked('updateTicket');
      if (updatedStamp !== ticket.updatedAt) throw new ZendeskError('conflict', 'Safe Update prevented the update', { status: 409 });
      updates += 1;
      apply(change);
      return state();
    },
    findMacro: async (title) => {
      failIfAsked('findMacro');
      const id = macros[title];
      if (id === undefined) throw new ZendeskError('not_found', `No active macro is titled "${title}"`, { macroTitle: title });
      return { id, title };
    },
    applyMacro: async (id) => {
      failIfAsked('applyMacro');
      applied.push(id);
    },
  };

  return {
    port,
    ticket,
    notes,
    applied,
    get updates() {
      return updates;
    },
    state,
    /** Someone else saves the ticket (another agent, another tab). */
    touch(change: TicketChange = {}) {
      apply(change);
    },
    failNext(method: keyof ZendeskPort, error: Error) {
      failures.push({ method, error });
    },
  };
}
