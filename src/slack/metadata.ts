/** Where an involvement post stands, as its metadata records it (the same three states for every kind). */
export type InvolvementStatus = 'open' | 'responded' | 'withdrawn';

/** A message as `conversations.history` returns it with `include_all_metadata: true`. */
export interface MessageWithMetadata {
  metadata?: { event_type?: string; event_payload?: unknown };
}

/** What every involvement post's metadata carries, whatever its kind; `payload` keeps the kind's own fields. */
export interface InvolvementMetadata {
  /** The Zendesk ticket the post is about. */
  ticketId: number;
  status: InvolvementStatus;
  /** The whole payload, untrusted: each kind reads its own fields from it. */
  payload: Record<string, unknown>;
}

/**
 * Reads our metadata back from a message of the given `event_type`; null for any other message. Slack returns
 * payload numbers as numbers, but a message posted by an older client may carry the ticket id as a string.
 */
export function readInvolvementMetadata(message: MessageWithMetadata, eventType: string): InvolvementMetadata | null {
  const metadata = message.metadata;
  if (metadata?.event_type !== eventType) return null;
  const payload = metadata.event_payload;
  if (typeof payload !== 'object' || payload === null) return null;
  const fields = payload as Record<string, unknown>;
  const rawId = fields.ticket_id;
  const ticketId = typeof rawId === 'string' && /^\d+$/.test(rawId) ? Number(rawId) : rawId;
  if (typeof ticketId !== 'number' || !Number.isSafeInteger(ticketId)) return null;
  const status = fields.status === 'responded' || fields.status === 'withdrawn' ? fields.status : 'open';
  return { ticketId, status, payload: fields };
}
