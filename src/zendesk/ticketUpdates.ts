import { isZendeskError } from './errors';
import { asRecord } from './fields';
import { readTicketState, ticketStateFrom, type TicketState } from './ticketState';
import type { ZafClient } from './types';

/** An additive change to a ticket: repeating it after a 409 cannot undo anyone else's edit. */
export interface TicketChange {
  /** Tags to add (`additional_tags`). */
  addTags?: string[];
  /** Tags to remove (`remove_tags`). */
  removeTags?: string[];
  /** Body of an internal note; never public. */
  internalNote?: string;
  /** Ticket fields to set (`status`, `priority`, `type`, `group_id`, `assignee_id`), as a macro sets them. */
  fields?: Record<string, string>;
  /** Custom field values, as a macro sets them. */
  customFields?: { id: number; value: string }[];
}

/** One 409 can follow another when several agents save at once; after three the advocate should see it. */
export const MAX_UPDATE_ATTEMPTS = 3;

/**
 * One `safe_update` PUT. Rejects with `conflict` when the ticket changed since `updatedStamp`; never retries, and
 * `autoRetry: false` keeps ZAF from retrying a 429 behind the caller's back.
 */
export async function updateTicketOnce(
  zaf: ZafClient,
  ticketId: number,
  change: TicketChange,
  updatedStamp: string,
): Promise<TicketState> {
  const body = await zaf.request<unknown>({
    url: `/api/v2/tickets/${ticketId}.json`,
    type: 'PUT',
    contentType: 'application/json',
    data: JSON.stringify({ ticket: ticketPayload(change, updatedStamp) }),
    autoRetry: false,
  });
  return ticketStateFrom(asRecord(body).ticket);
}

/** Applies the change with `safe_update`; on a 409 re-reads the stamp and tries again, up to three attempts. */
export async function updateTicket(
  zaf: ZafClient,
  ticketId: number,
  change: TicketChange,
  updatedStamp: string,
): Promise<TicketState> {
  let stamp = updatedStamp;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await updateTicketOnce(zaf, ticketId, change, stamp);
    } catch (error) {
      if (!isZendeskError(error) || error.code !== 'conflict' || attempt >= MAX_UPDATE_ATTEMPTS) throw error;
      stamp = (await readTicketState(zaf, ticketId)).updatedAt;
    }
  }
}

function ticketPayload(change: TicketChange, updatedStamp: string): Record<string, unknown> {
  return {
    ...(change.addTags?.length ? { additional_tags: change.addTags } : {}),
    ...(change.removeTags?.length ? { remove_tags: change.removeTags } : {}),
    ...(change.internalNote ? { comment: { body: change.internalNote, public: false } } : {}),
    ...change.fields,
    ...(change.customFields?.length ? { custom_fields: change.customFields } : {}),
    safe_update: true,
    updated_stamp: updatedStamp,
  };
}
