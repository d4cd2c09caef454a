import { hostOf, isPlainWebUrl, toUrl } from '../links';

/** A tweet permalink in canonical form. */
export interface TweetLink {
  /** `https://x.com/<user>/status/<id>`. */
  url: string;
  /** The author's handle as written in the link (`i` for `/i/web/status/<id>` links, which carry none). */
  user: string;
  /** The numeric status id. */
  id: string;
}

const TWEET_HOSTS = new Set(['twitter.com', 'x.com', 'www.twitter.com', 'www.x.com', 'mobile.twitter.com', 'mobile.x.com']);
const SHORT_LINK_HOST = 't.co';
// X caps new handles at 15 characters, but links only need the id to resolve: be lenient about length.
const HANDLE = /^[A-Za-z0-9_]{1,30}$/;
const STATUS_ID = /^[0-9]{1,20}$/;
/** Paths that look like `/<user>/…` but are X's own pages, never a person. */
const RESERVED_PATHS = new Set([
  'i', 'home', 'search', 'intent', 'share', 'hashtag', 'explore', 'settings', 'messages', 'notifications', 'compose', 'login', 'signup',
]);
/** Tails X appends to a status link for media and stats; they still point at the same post. */
const MEDIA_TAIL = /^(?:(?:photo|video)\/[0-9]{1,2}|analytics|quotes|retweets|likes|history)?\/?$/;

function statusFromPath(pathname: string): { user: string; id: string; rest: string } | null {
  const parts = pathname.split('/');
  // parts[0] is the empty string before the leading slash.
  const [, first = '', second = '', third = '', fourth = ''] = parts;
  if (first === 'i' && second === 'web' && third === 'status') {
    return { user: 'i', id: fourth, rest: parts.slice(5).join('/') };
  }
  if (first === 'i' && second === 'status') return { user: 'i', id: third, rest: parts.slice(4).join('/') };
  if (second !== 'status' && second !== 'statuses') return null;
  if (!HANDLE.test(first) || RESERVED_PATHS.has(first.toLowerCase())) return null;
  return { user: first, id: third, rest: parts.slice(4).join('/') };
}

/** Validates one candidate link (pasted or found in a ticket) and returns its canonical form, or null. */
export function parseTweetUrl(raw: string): TweetLink | null {
  const url = toUrl(raw);
  if (url === null || !isPlainWebUrl(url) || !TWEET_HOSTS.has(hostOf(url))) return null;
  const status = statusFromPath(url.pathname);
  if (status === null || !STATUS_ID.test(status.id) || !MEDIA_TAIL.test(status.rest)) return null;
  return { url: `https://x.com/${status.user}/status/${status.id}`, user: status.user, id: status.id };
}

/** True when the text is a `t.co` short link, which hides the tweet it points to. */
export function isShortLink(raw: string): boolean {
  const url = toUrl(raw);
  return url !== null && isPlainWebUrl(url) && hostOf(url) === SHORT_LINK_HOST && /^\/[A-Za-z0-9]+\/?$/.test(url.pathname);
}
