import type { Post } from '../sources/post';
import type { InvolvementMarker } from './involvementMarker';

/** Why the share button is off, in the order the advocate should fix them. */
export type ShareBlocker =
  | 'no_channel'
  | 'setup_broken'
  | 'ticket_closed'
  | 'source_off'
  | 'private_message'
  | 'no_url'
  | 'url_invalid'
  | 'url_other_author'
  | 'already_shared';

export interface ShareabilityInput {
  channelId: string;
  /** The setup check found a problem an admin must fix (bad token, bot not in channel…). */
  setupBroken: boolean;
  /** The ticket's status: Zendesk refuses every change to a `closed` ticket. */
  ticketStatus: string;
  /** The post, as `findPost` (or the advocate's pasted link) says. */
  post: Pick<Post, 'url' | 'isPublic' | 'enabled'>;
  marker: InvolvementMarker;
  /** The link field holds an entry that is not a post's link: sharing now would share the link before it. */
  urlInvalid?: boolean;
  /** The pasted link is by someone else than the ticket's author, and the advocate has not confirmed it. */
  otherAuthorUnconfirmed?: boolean;
}

/**
 * True when the link names its author (X links do) and that is not the ticket's author: a pasted link to someone
 * else's post is more often a slip than a choice.
 */
export function linkByOtherAuthor(post: Pick<Post, 'link' | 'author'>): boolean {
  const linkHandle = post.link?.handle?.toLowerCase();
  const authorHandle = post.author.handle?.toLowerCase();
  return linkHandle !== undefined && authorHandle !== undefined && linkHandle !== authorHandle;
}

/** The first reason a share cannot start, or null when it can. */
export function shareBlocker(input: ShareabilityInput): ShareBlocker | null {
  if (input.marker.state === 'shared') return 'already_shared';
  if (!input.channelId) return 'no_channel';
  if (input.setupBroken) return 'setup_broken';
  if (input.ticketStatus === 'closed') return 'ticket_closed';
  if (!input.post.enabled) return 'source_off';
  // X direct messages and Facebook page messages: a private conversation is never handed to volunteers.
  if (!input.post.isPublic) return 'private_message';
  if (!input.post.url) return 'no_url';
  if (input.urlInvalid) return 'url_invalid';
  if (input.otherAuthorUnconfirmed) return 'url_other_author';
  return null;
}
