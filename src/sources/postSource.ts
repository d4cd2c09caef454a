import type { ViaLike } from '../triage/types';
import type { Platform, PostLink, SourceSettings } from './post';

/** One platform's knowledge: its links, its channel in Zendesk, and whether replies come back. */
export interface PostSource {
  platform: Platform;
  /**
   * Cheap pre-filter on a token of ticket text: only these are parsed. It looks for words inside the token, so it
   * also holds for any text containing a token it passes (whole texts are tried first and skipped when it fails).
   */
  mayBeLink: (token: string, settings: SourceSettings) => boolean;
  /** The canonical link, or null for anything that is not a post on this platform (look-alikes included). */
  parse: (raw: string, settings: SourceSettings) => PostLink | null;
  /** True for a share link that hides the post it points to (`t.co/…`, Reddit's `/s/…`). */
  isShortLink: (raw: string, settings: SourceSettings) => boolean;
  /** True when the ticket's Via says it came in through this platform's Zendesk channel. */
  ownsVia: (via: ViaLike | undefined) => boolean;
  /** True for a private channel (direct or page messages): never shared. */
  isPrivate: (via: ViaLike | undefined) => boolean;
  /** True where the team's replies come back into Zendesk through the channel. */
  repliesComeBack: boolean;
  /** The author's profile on the platform, from their handle. */
  profileUrl: (handle: string, settings: SourceSettings) => string | undefined;
}

/** A Via's channel as a lower-case name (`facebook`, `api`, `twitter_dm`) or a via id as digits. */
export function viaChannel(via: ViaLike | undefined): string {
  return String(via?.channel ?? '').toLowerCase();
}
