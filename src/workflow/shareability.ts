import type { InvolvementMarker } from './involvementMarker';

/** Why the share button is off, in the order the advocate should fix them. */
export type ShareBlocker = 'no_channel' | 'setup_broken' | 'ticket_closed' | 'direct_message' | 'no_url' | 'already_shared';

export interface ShareabilityInput {
  channelId: string;
  /** The setup check found a problem an admin must fix (bad token, bot not in channel…). */
  setupBroken: boolean;
  /** The ticket's status: Zendesk refuses every change to a `closed` ticket. */
  ticketStatus: string;
  isDirectMessage: boolean;
  /** The validated, canonical tweet URL, or null. */
  tweetUrl: string | null;
  marker: InvolvementMarker;
}

/** The first reason a share cannot start, or null when it can. */
export function shareBlocker(input: ShareabilityInput): ShareBlocker | null {
  if (input.marker.state === 'shared') return 'already_shared';
  if (!input.channelId) return 'no_channel';
  if (input.setupBroken) return 'setup_broken';
  if (input.ticketStatus === 'closed') return 'ticket_closed';
  if (input.isDirectMessage) return 'direct_message';
  if (!input.tweetUrl) return 'no_url';
  return null;
}
