import { ZendeskError } from '../zendesk/errors';
import { WorkflowError } from './errors';
import type { TicketChange, TicketState, ZendeskPort } from './ports';

/** Conflicting saves absorbed before the advocate is told the ticket is busy. */
export const MAX_CONFLICT_RETRIES = 3;

/** The ticket after a write, and whether this call wrote it (false: another tab's change got there first). */
export interface TicketWrite {
  ticket: TicketState;
  wrote: boolean;
}

/**
 * Writes an additive change with `safe_update`. On a 409 the ticket is read again: if it already shows the
 * change's outcome (another tab got there first) nothing is written, otherwise the change is rebuilt from the
 * fresh ticket and tried again.
 */
export async function writeToTicket(
  zendesk: ZendeskPort,
  ticketId: number,
  start: TicketState,
  changeFor: (ticket: TicketState) => TicketChange,
  alreadyDone: (ticket: TicketState) => boolean,
): Promise<TicketWrite> {
  let ticket = start;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return { ticket: await zendesk.updateTicket(ticketId, changeFor(ticket), ticket.updatedAt), wrote: true };
    } catch (error) {
      if (!(error instanceof ZendeskError && error.code === 'conflict')) throw error;
      if (attempt >= MAX_CONFLICT_RETRIES) throw new WorkflowError('busy_ticket', 'The ticket kept changing');
      ticket = await zendesk.readTicket(ticketId);
      if (alreadyDone(ticket)) return { ticket, wrote: false };
    }
  }
}
