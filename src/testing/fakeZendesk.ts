import { ZendeskError } from '../zendesk/errors';
import type { TicketChange, TicketState, ZendeskPort } from '../workflow/ports';
import type { MacroAction } from '../zendesk/macroActions';

interface Note {
  body: string;
}

/** The account's macros by title, as the REST API lists them (the simulator's fixtures have the same). */
const MACROS: Record<string, { id: number; actions: MacroAction[] }> = {
  'Involving Experts::Community Involvement': { id: 7001, actions: [{ field: 'current_tags', value: 'community_involvement' }, { field: 'status', value: 'pending' }] },
  'Involving Experts::Expert Responded': { id: 7002, actions: [{ field: 'current_tags', value: 'expert_responded' }, { field: 'status', value: 'solved' }] },
  'Involving Experts::Expert Involved': {
    id: 7003,
    actions: [
      { field: 'current_tags', value: 'expert_involved' },
      { field: 'status', value: 'pending' },
      { field: 'comment_value', value: 'Expert requested in Slack.' },
      { field: 'comment_mode_is_public', value: 'false' },
    ],
  },
};

/**
 * A Zendesk that keeps one ticket like the REST API does: `safe_update` answers 409 on a stale stamp, every
 * update moves `updated_at` and may set fields, and macros exist by exact title with their actions.
 */
export function createFakeZendesk(initial: { tags?: string[]; status?: string; macros?: Record<string, { id: number; actions: MacroAction[] }> } = {}) {
  let stamp = 0;
  const ticket = { tags: [...(initial.tags ?? [])], status: initial.status ?? 'open', updatedAt: isoStamp(stamp) };
  const notes: Note[] = [];
  const failures: { method: keyof ZendeskPort; error: Error }[] = [];
  /** Updates carried out whose answer is then lost (a dropped reply, a timeout, a reload). */
  let answersToLose = 0;
  const macros = initial.macros ?? MACROS;
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
    if (change.fields?.status) ticket.status = change.fields.status;
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
      if (answersToLose > 0) {
        answersToLose -= 1;
        throw new ZendeskError('timeout', 'PUT timed out after Zendesk saved it');
      }
      return state();
    },
    findMacro: async (title) => {
      failIfAsked('findMacro');
      const macro = macros[title];
      if (macro === undefined) throw new ZendeskError('not_found', `No active macro is titled "${title}"`, { macroTitle: title });
      return { id: macro.id, title, actions: macro.actions };
    },
  };

  return {
    port,
    ticket,
    notes,
    get updates() {
      return updates;
    },
    state,
    /** Someone else saves the ticket (another agent, another tab). */
    touch(change: TicketChange = {}) {
      apply(change);
    },
    /** The next update is saved, then its answer never arrives. */
    loseAnswerOfNextUpdate() {
      answersToLose += 1;
    },
    failNext(method: keyof ZendeskPort, error: Error) {
      failures.push({ method, error });
    },
  };
}
