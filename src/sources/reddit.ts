import { hostOf, isPlainWebUrl, pathSegments, toUrl } from './links';
import type { PostLink } from './post';
import type { PostSource } from './postSource';

/** Reddit's own hosts: the old and new designs, mobile and "no participation" links all name the same post. */
const REDDIT_HOSTS = new Set(['reddit.com', 'www.reddit.com', 'old.reddit.com', 'new.reddit.com', 'np.reddit.com', 'm.reddit.com']);
const SHORT_HOST = 'redd.it';
/** Subreddit names: 2–21 letters, digits or underscores (3+ for new ones; a few old ones are 2). */
const SUBREDDIT = /^[A-Za-z0-9_]{2,21}$/;
/** Post and comment ids are base 36. */
const THING_ID = /^[a-z0-9]{1,13}$/i;
/** Reddit user names: 3–20 letters, digits, `_` or `-`. */
const USER = /^[A-Za-z0-9_-]{3,20}$/;
const CANONICAL_HOST = 'https://www.reddit.com';

function link(base: string, postId: string, commentId: string | undefined): PostLink {
  const post = postId.toLowerCase();
  const url = commentId ? `${base}/comments/${post}/comment/${commentId.toLowerCase()}/` : `${base}/comments/${post}/`;
  return { platform: 'reddit', url, kind: commentId ? 'comment' : 'post', thread: post };
}

/**
 * After `/comments/<id>`: nothing, a slug, a slug and a comment id (the old permalink), or `comment/<id>` (the new
 * one). Anything else (`/related`, `.json`) is not a post link.
 */
function commentOf(rest: string[]): { ok: boolean; commentId?: string } {
  if (rest.length === 0) return { ok: true };
  const [first = '', second] = rest;
  if (rest.length === 2 && first === 'comment') return THING_ID.test(second ?? '') ? { ok: true, commentId: second } : { ok: false };
  if (rest.length === 1) return { ok: first !== 'comment' && /^[^.]+$/.test(first) };
  if (rest.length === 2) return THING_ID.test(second ?? '') ? { ok: true, commentId: second } : { ok: false };
  return { ok: false };
}

/**
 * `https://www.reddit.com/r/<sub>/comments/<id>/` for a post, `…/comment/<comment id>/` for a comment: slug,
 * query and fragment dropped; `redd.it/<id>` becomes `https://www.reddit.com/comments/<id>/`.
 */
export function parseRedditUrl(raw: string): PostLink | null {
  const url = toUrl(raw);
  if (url === null || !isPlainWebUrl(url)) return null;
  const host = hostOf(url);
  const segments = pathSegments(url);
  if (host === SHORT_HOST) {
    const [id = ''] = segments;
    return segments.length === 1 && THING_ID.test(id) ? link(CANONICAL_HOST, id, undefined) : null;
  }
  if (!REDDIT_HOSTS.has(host)) return null;
  const [first = '', second = '', third = ''] = segments;
  let base: string;
  let rest: string[];
  if (first === 'comments') {
    base = CANONICAL_HOST;
    rest = segments.slice(1);
  } else if (first.toLowerCase() === 'r' && SUBREDDIT.test(second) && third === 'comments') {
    base = `${CANONICAL_HOST}/r/${second}`;
    rest = segments.slice(3);
  } else if ((first === 'user' || first === 'u') && USER.test(second) && third === 'comments') {
    base = `${CANONICAL_HOST}/user/${second}`;
    rest = segments.slice(3);
  } else {
    return null;
  }
  const [postId = ''] = rest;
  if (!THING_ID.test(postId)) return null;
  const comment = commentOf(rest.slice(1));
  return comment.ok ? link(base, postId, comment.commentId) : null;
}

/** Reddit's app share links (`/r/<sub>/s/<code>`) hide the post until opened. */
function isRedditShareLink(raw: string): boolean {
  const url = toUrl(raw);
  if (url === null || !isPlainWebUrl(url) || !REDDIT_HOSTS.has(hostOf(url))) return false;
  const segments = pathSegments(url);
  const [first = '', second = '', third = '', fourth = ''] = segments;
  return segments.length === 4 && first.toLowerCase() === 'r' && SUBREDDIT.test(second) && third === 's' && /^[A-Za-z0-9]{6,16}$/.test(fourth);
}

/** Reddit mentions come from an integration; replies stay on Reddit, so the reply's link is asked for. */
export const reddit: PostSource = {
  platform: 'reddit',
  mayBeLink: (token) => /reddit\.com|redd\.it/i.test(token),
  parse: parseRedditUrl,
  isShortLink: isRedditShareLink,
  ownsVia: () => false,
  isPrivate: () => false,
  repliesComeBack: false,
  profileUrl: (handle) => (USER.test(handle) ? `${CANONICAL_HOST}/user/${handle}/` : undefined),
};
