import { isShortLink, parseTweetUrl, type TweetLink } from './tweetUrl';
import type { ViaLike } from './types';

/** Where a ticket may carry the tweet link. */
export interface TweetSources {
  /** The ticket description (the tweet text). */
  description?: string;
  /** Every comment, plain and HTML bodies. */
  comments?: { body?: string; htmlBody?: string }[];
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
const TOKEN_SEPARATORS = /[\s<>"'`]+/;

function decodeHtmlEntities(html: string): string {
  return html.replace(/&amp;/gi, '&').replace(/&#x2f;|&#47;/gi, '/').replace(/&quot;/gi, '"').replace(/&lt;/gi, '<').replace(/&gt;/gi, '>');
}

/** Splits text into link-sized tokens; for `[label](url)` and `text(url` keeps the part from the scheme on. */
function linkTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const token of text.split(TOKEN_SEPARATORS)) {
    if (!LINKISH.test(token) || !STATUS_OR_SHORT.test(token)) continue;
    const scheme = token.search(/https?:\/\//i);
    tokens.push(scheme > 0 ? token.slice(scheme) : token);
  }
  return tokens;
}

function viaTexts(via: ViaLike | undefined): string[] {
  const source = via?.source;
  if (!source) return [];
  return [source.from?.profile_url, source.to?.profile_url].filter((value): value is string => typeof value === 'string');
}

function ticketTexts(sources: TweetSources): string[] {
  const texts: string[] = [];
  if (sources.description) texts.push(sources.description);
  for (const comment of sources.comments ?? []) {
    if (comment.body) texts.push(comment.body);
    if (comment.htmlBody) texts.push(decodeHtmlEntities(comment.htmlBody));
  }
  return texts.concat(viaTexts(sources.via));
}

function requesterOf(sources: TweetSources): string | undefined {
  return sources.requesterHandle ?? sources.via?.source?.from?.username ?? undefined;
}

/** Looks through the description, every comment and the Via source for the tweet's link. */
export function findTweetUrl(sources: TweetSources): FoundTweet {
  const links = new Map<string, TweetLink>();
  const shortLinks = new Set<string>();
  for (const text of ticketTexts(sources)) {
    for (const token of linkTokens(text)) {
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
