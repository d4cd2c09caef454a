import type { ZendeskPort } from '../workflow/ports';
import { createMacroCache, findMacroByTitle } from '../zendesk/macros';
import { readTicketState } from '../zendesk/ticket';
import { updateTicketOnce } from '../zendesk/ticketUpdates';
import type { ZafClient } from '../zendesk/types';

/** The workflows' Zendesk port over ZAF: REST for the saved ticket and the macros. */
export function createZendeskPort(
  zaf: ZafClient,
  storage: Pick<Storage, 'getItem' | 'setItem'>,
  installationId: number,
): ZendeskPort {
  const macros = createMacroCache(storage, installationId);
  return {
    readTicket: (ticketId) => readTicketState(zaf, ticketId),
    // The workflows handle 409 themselves: after a conflict they must look at the marker again, not just retry.
    updateTicket: (ticketId, change, stamp) => updateTicketOnce(zaf, ticketId, change, stamp),
    findMacro: (title) => findMacroByTitle(zaf, title, macros),
  };
}
