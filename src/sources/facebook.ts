import type { ViaLike } from '../triage/types';
import { hostOf, isPlainWebUrl, pathSegments, toUrl } from './links';
import type { PostLink } from './post';
import { viaChannel, type PostSource } from './postSource';

/** Facebook's hosts for the same pages: desktop, mobile, basic, and the `fb.com` alias. */
const FACEBOOK_HOSTS = new Set([
  'facebook.com', 'www.facebook.com', 'm.facebook.com', 'mbasic.facebook.com', 'touch.facebook.com', 'web.facebook.com', 'mobile.facebook.com',
  'fb.com', 'www.fb.com',
]);
/** A page's or person's vanity name, or their numeric id. */
const OWNER = /^(?:[A-Za-z0-9.]{5,50}|[0-9]{1,20})$/;
/** Post ids: numeric, or the newer opaque `pfbid…` ids. */
const POST_ID = /^(?:[0-9]{1,25}|pfbid0[A-Za-z0-9]{20,80})$/;
const NUMERIC_ID = /^[0-9]{1,25}$/;
/** First path segments that are Facebook's own pages, never a page name. */
const RESERVED = new Set(['groups', 'photo', 'photo.php', 'watch', 'permalink.php', 'story.php', 'messages', 'share', 'l.php', 'login', 'events', 'marketplace', 'reel', 'profile.php']);
const BASE = 'https://www.facebook.com';

/** Zendesk's Facebook channel: via type `facebook` (REST), or the via ids for Facebook posts and messages. */
const FACEBOOK_CHANNELS = new Set(['facebook', 'facebook_post', 'facebook_message', '38', '41']);
const FACEBOOK_MESSAGE_CHANNELS = new Set(['facebook_message', '41']);

function withComment(url: URL, base: string, thread: string): PostLink {
  const comment = url.searchParams.get('comment_id') ?? '';
  if (NUMERIC_ID.test(comment)) return { platform: 'facebook', url: `${base}?comment_id=${comment}`, kind: 'comment', thread };
  return { platform: 'facebook', url: base, kind: 'post', thread };
}

/** `permalink.php` / `story.php?story_fbid=<post>&id=<owner>`: the same post as `/<owner>/posts/<post>`. */
function fromStoryQuery(url: URL): PostLink | null {
  const post = url.searchParams.get('story_fbid') ?? '';
  const owner = url.searchParams.get('id') ?? '';
  if (!POST_ID.test(post) || !NUMERIC_ID.test(owner)) return null;
  return withComment(url, `${BASE}/${owner}/posts/${post}`, `${owner}/${post}`);
}

/**
 * Page and group posts, photos and videos (the link a Graph API `permalink_url` gives, and what people paste
 * from the mobile and desktop sites). Canonical: `https://www.facebook.com/<page>/posts/<post id>`, groups
 * `https://www.facebook.com/groups/<group>/posts/<post id>`, photos `https://www.facebook.com/photo/?fbid=<id>`,
 * videos `https://www.facebook.com/watch/?v=<id>`; a comment keeps `?comment_id=<id>`; tracking parameters
 * (`__cft__`, `__tn__`, `mibextid`, `fbclid`, `ref`) are dropped.
 */
export function parseFacebookUrl(raw: string): PostLink | null {
  const url = toUrl(raw);
  if (url === null || !isPlainWebUrl(url) || !FACEBOOK_HOSTS.has(hostOf(url))) return null;
  const segments = pathSegments(url);
  const [first = '', second = '', third = '', fourth = ''] = segments;
  if ((first === 'permalink.php' || first === 'story.php') && segments.length === 1) return fromStoryQuery(url);
  if ((first === 'photo.php' && segments.length === 1) || (first === 'photo' && segments.length === 1)) {
    const id = url.searchParams.get('fbid') ?? '';
    return NUMERIC_ID.test(id) ? withComment(url, `${BASE}/photo/?fbid=${id}`, `photo/${id}`) : null;
  }
  if (first === 'watch' && segments.length === 1) {
    const id = url.searchParams.get('v') ?? '';
    return NUMERIC_ID.test(id) ? withComment(url, `${BASE}/watch/?v=${id}`, `video/${id}`) : null;
  }
  if (first === 'groups' && OWNER.test(second) && (third === 'posts' || third === 'permalink') && POST_ID.test(fourth) && segments.length === 4) {
    return withComment(url, `${BASE}/groups/${second}/posts/${fourth}`, `groups/${second}/${fourth}`);
  }
  if (RESERVED.has(first.toLowerCase()) || !OWNER.test(first)) return null;
  if (second === 'posts' && POST_ID.test(third) && segments.length === 3) return withComment(url, `${BASE}/${first}/posts/${third}`, `${first}/${third}`);
  if (second === 'videos' && NUMERIC_ID.test(third) && segments.length === 3) return withComment(url, `${BASE}/watch/?v=${third}`, `video/${third}`);
  return null;
}

/** Facebook's share links (`/share/p/<code>/`, `fb.me/<code>`) hide the post until opened. */
function isFacebookShareLink(raw: string): boolean {
  const url = toUrl(raw);
  if (url === null || !isPlainWebUrl(url)) return false;
  const segments = pathSegments(url);
  if (hostOf(url) === 'fb.me') return segments.length === 1 && /^[A-Za-z0-9]{4,20}$/.test(segments[0] ?? '');
  if (!FACEBOOK_HOSTS.has(hostOf(url)) || segments[0] !== 'share') return false;
  const code = segments.at(-1) ?? '';
  return segments.length <= 3 && /^[A-Za-z0-9]{6,24}$/.test(code) && (segments.length === 2 || ['p', 'r', 'v'].includes(segments[1] ?? ''));
}

/**
 * Zendesk's Facebook channel (developer.zendesk.com "Via object reference": "a Facebook post or message", source
 * `from`/`to` with `name, profile_url, facebook_id`, `rel` `post` or `message`). Page messages are private.
 */
function isFacebookMessage(via: ViaLike | undefined): boolean {
  const channel = viaChannel(via);
  if (FACEBOOK_MESSAGE_CHANNELS.has(channel)) return true;
  return FACEBOOK_CHANNELS.has(channel) && via?.source?.rel === 'message';
}

export const facebook: PostSource = {
  platform: 'facebook',
  mayBeLink: (token) => /facebook\.com|fb\.com|fb\.me/i.test(token),
  parse: parseFacebookUrl,
  isShortLink: isFacebookShareLink,
  ownsVia: (via) => FACEBOOK_CHANNELS.has(viaChannel(via)),
  isPrivate: isFacebookMessage,
  repliesComeBack: true,
  profileUrl: () => undefined,
};
