import { hostOf, isPlainWebUrl, pathSegments, toUrl } from './links';
import type { PostLink, SourceSettings } from './post';
import type { PostSource } from './postSource';

const TOPIC_ID = /^[1-9][0-9]{0,9}$/;
const POST_NUMBER = /^[1-9][0-9]{0,6}$/;
/** A Discourse slug: lower-case words and dashes (`-` alone for titles without Latin letters). */
const SLUG = /^[a-z0-9-]{1,100}$/i;
const HOST_NAME = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/**
 * The forum host from the setting: `forum.gitlab.com`, also when the admin pasted `https://forum.gitlab.com/`.
 * '' for anything that is not a plain host name, so a typo matches no link instead of every link.
 */
export function forumHostFrom(raw: string): string {
  // Asked for every word of every ticket with the same setting: parse it once, not one URL per word.
  if (raw !== lastForumHost.raw) lastForumHost = { raw, host: parseForumHost(raw) };
  return lastForumHost.host;
}

let lastForumHost = { raw: '', host: '' };

function parseForumHost(raw: string): string {
  const url = toUrl(raw.trim());
  if (url === null || !isPlainWebUrl(url) || pathSegments(url).length > 0 || url.search !== '') return '';
  const host = hostOf(url);
  return HOST_NAME.test(host) ? host : '';
}

function link(host: string, topicId: string, postNumber: string | undefined): PostLink {
  // Post 1 is the topic itself.
  const isReply = postNumber !== undefined && postNumber !== '1';
  const url = isReply ? `https://${host}/t/${topicId}/${postNumber}` : `https://${host}/t/${topicId}`;
  return { platform: 'forum', url, kind: isReply ? 'comment' : 'post', thread: topicId };
}

/**
 * Discourse topic and post links on the forum host: `/t/<slug>/<topic id>[/<post number>]` or
 * `/t/<topic id>[/<post number>]` (discourse/discourse config/routes.rb: `t/:slug/:topic_id`,
 * `t/:topic_id/:post_number`). Canonical `https://<host>/t/<topic id>` for the topic (post 1) and
 * `https://<host>/t/<topic id>/<post number>` for a reply: slug, `?u=<sharer>`, query and fragment dropped.
 */
export function parseForumUrl(raw: string, settings: Pick<SourceSettings, 'forumHost'>): PostLink | null {
  const host = forumHostFrom(settings.forumHost);
  const url = toUrl(raw);
  if (host === '' || url === null || !isPlainWebUrl(url) || hostOf(url) !== host) return null;
  const [first = '', ...rest] = pathSegments(url);
  if (first !== 't' || rest.length === 0 || rest.length > 3) return null;
  const [a = '', b, c] = rest;
  // `/t/<id>` and `/t/<id>/<n>`: the first part is the topic id; `/t/<slug>/<id>[/<n>]`: the second is.
  if (TOPIC_ID.test(a) && rest.length <= 2 && (b === undefined || POST_NUMBER.test(b))) return link(host, a, b);
  if (SLUG.test(a) && b !== undefined && TOPIC_ID.test(b) && (c === undefined || POST_NUMBER.test(c))) return link(host, b, c);
  return null;
}

/** Discourse's short post links (`/p/<post id>`) do not say which topic they are in. */
function isForumShortLink(raw: string, settings: SourceSettings): boolean {
  const host = forumHostFrom(settings.forumHost);
  const url = toUrl(raw);
  if (host === '' || url === null || !isPlainWebUrl(url) || hostOf(url) !== host) return false;
  const segments = pathSegments(url);
  return segments.length === 2 && segments[0] === 'p' && TOPIC_ID.test(segments[1] ?? '');
}

/** The community forum (Discourse): mentions come from an integration; replies stay on the forum. */
export const forum: PostSource = {
  platform: 'forum',
  mayBeLink: (token, settings) => {
    const host = forumHostFrom(settings.forumHost);
    return host !== '' && token.toLowerCase().includes(host);
  },
  parse: parseForumUrl,
  isShortLink: isForumShortLink,
  ownsVia: () => false,
  isPrivate: () => false,
  repliesComeBack: false,
  profileUrl: (handle, settings) => {
    const host = forumHostFrom(settings.forumHost);
    return host && /^[A-Za-z0-9_.-]{1,60}$/.test(handle) ? `https://${host}/u/${handle}` : undefined;
  },
};
