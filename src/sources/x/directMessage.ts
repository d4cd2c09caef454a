import type { ViaLike } from '../../triage/types';

/** Zendesk's Via type id for an X direct message ("X DM"). */
const TWITTER_DM_VIA_ID = 26;

/** True for private X messages, which are never suggested for community involvement. */
export function isDirectMessage(via?: ViaLike): boolean {
  if (!via) return false;
  const channel = via.channel;
  if (channel === 'twitter_dm' || channel === TWITTER_DM_VIA_ID || channel === String(TWITTER_DM_VIA_ID)) return true;
  return via.source?.rel === 'direct_message';
}
