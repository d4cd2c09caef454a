import { hostOf, isPlainWebUrl, pathSegments, toUrl } from './links';
import type { PostLink } from './post';
import type { PostSource } from './postSource';

/** Hacker News has one host; `www.` and look-alikes are not it. */
const HN_HOST = 'news.ycombinator.com';
/** Item ids are positive integers (stories and comments share one sequence). */
const ITEM_ID = /^[1-9][0-9]{0,11}$/;

/**
 * `https://news.ycombinator.com/item?id=<n>`: every story and comment is an item, so the id alone names it;
 * other parameters (`p=2` pages, `goto`) and the fragment are dropped.
 */
export function parseHackerNewsUrl(raw: string): PostLink | null {
  const url = toUrl(raw);
  if (url === null || !isPlainWebUrl(url) || hostOf(url) !== HN_HOST) return null;
  const segments = pathSegments(url);
  if (segments.length !== 1 || segments[0] !== 'item') return null;
  const ids = url.searchParams.getAll('id');
  const id = ids[0] ?? '';
  if (ids.length !== 1 || !ITEM_ID.test(id)) return null;
  // Any item on HN is a fair place for a reply: the thread check only asks for the same host.
  return { platform: 'hacker_news', url: `https://${HN_HOST}/item?id=${id}`, kind: 'post', thread: '' };
}

/** Tickets from Hacker News come from an integration (`via.channel: "api"`): replies never come back. */
export const hackerNews: PostSource = {
  platform: 'hacker_news',
  mayBeLink: (token) => /ycombinator\.com/i.test(token) && /item/i.test(token),
  parse: parseHackerNewsUrl,
  isShortLink: () => false,
  ownsVia: () => false,
  isPrivate: () => false,
  repliesComeBack: false,
  profileUrl: (handle) => (/^[A-Za-z0-9_-]{2,15}$/.test(handle) ? `https://${HN_HOST}/user?id=${handle}` : undefined),
};
