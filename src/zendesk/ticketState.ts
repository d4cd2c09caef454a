import { asRecord, asString, asStringArray } from './fields';
import type { ZafClient } from './types';

/** The ticket as the server has it now (not the agent's draft). */
export interface TicketState {
  /** Every tag on the saved ticket. */
  tags: string[];
  /** `updated_at`, the stamp `safe_update` compares. */
  updatedAt: string;
  /** `new`, `open`, `pending`, `hold`, `solved` or `closed`. */
  status: string;
}

/** Reads tags, stamp and status from the server, for the share transaction (the draft may differ). */
export async function readTicketState(zaf: ZafClient, ticketId: number): Promise<TicketState> {
  const body = await zaf.request<unknown>({ url: `/api/v2/tickets/${ticketId}.json`, type: 'GET' });
  return ticketStateFrom(asRecord(body).ticket);
}

/** The state part of a REST ticket object (`GET` or `PUT` response). */
export function ticketStateFrom(ticket: unknown): TicketState {
  const fields = asRecord(ticket);
  return {
    tags: asStringArray(fields.tags),
    updatedAt: asString(fields.updated_at),
    status: asString(fields.status),
  };
}
