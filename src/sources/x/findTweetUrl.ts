import type { ViaLike } from '../../triage/types';
import { linkTokens, ticketTexts, type TicketTexts } from '../links';
import { isShortLink, parseTweetUrl, type TweetLink } from './tweetUrl';

/** Where a ticket may carry the tweet link. */
export interface TweetSources extends TicketTexts {
  /** The X channel's Via object. */
  via?: ViaLike;
  /** The requester's X handle; their own status wins when a ticket links several. */
  requesterHandle?: string;
}

/** What the ticket says about its tweet. */
export interface FoundTweet {
  /** The canonical link to suggest, or null when the advocate must paste one. */
  url: string | null;
  /** Every distinct canonical status link seen, in ticket order. */
  candidates: string[];
  /** `t.co` links seen, so the panel can say the ticket only has a short link. */
  shortLinks: string[];
}

/** Cheap pre-filter: only tokens naming one of these can be a link we care about. */
const LINKISH = /twitter\.com|x\.com|t\.co/i;
/** A status link names its status; a short link is `t.co/…`. Profile links, on every Via source, stop here. */
const STATUS_OR_SHORT = /status|t\.co\//i;

/** True for a token that may be a status or `t.co` link. */
export function mayBeTweetLink(token: string): boolean {
  return LINKISH.test(token) && STATUS_OR_SHORT.test(token);
}

function viaTexts(via: ViaLike | undefined): string[] {
  const source = via?.source;
  if (!source) return [];
  return [source.from?.profile_url, source.to?.profile_url].filter((value): value is string => typeof value === 'string');
}

function requesterOf(sources: TweetSources): string | undefined {
  return sources.requesterHandle ?? sources.via?.source?.from?.username ?? undefined;
}

/** Looks through the description, every comment and the Via source for the tweet's link. */
export function findTweetUrl(sources: TweetSources): FoundTweet {
  const links = new Map<string, TweetLink>();
  const shortLinks = new Set<string>();
  for (const text of ticketTexts(sources).concat(viaTexts(sources.via))) {
    for (const token of linkTokens(text, mayBeTweetLink)) {
      const link = parseTweetUrl(token);
      if (link) {
        if (!links.has(link.url)) links.set(link.url, link);
      } else if (isShortLink(token)) {
        shortLinks.add(token.replace(/[.,;:!?)\]]+$/, ''));
      }
    }
  }
  const candidates = [...links.values()];
  const requester = requesterOf(sources)?.replace(/^@/, '').toLowerCase();
  const own = requester ? candidates.find((link) => link.user.toLowerCase() === requester) : undefined;
  return {
    url: (own ?? candidates[0])?.url ?? null,
    candidates: candidates.map((link) => link.url),
    shortLinks: [...shortLinks],
  };
}
