import type { PostLink, SourceSettings } from './post';
import { allSources } from './sources';

/** Why a pasted link cannot be the post's. */
export type PostUrlErrorCode = 'not_a_post' | 'short_link' | 'source_off';

export type PostUrlResult = { ok: true; link: PostLink } | { ok: false; code: PostUrlErrorCode; link?: PostLink };

/** Reads a link the advocate pasted, on any platform, the same way links in tickets are read. */
export function readPostUrl(raw: string, settings: SourceSettings): PostUrlResult {
  const text = raw.trim();
  for (const source of allSources()) {
    const link = source.parse(text, settings);
    if (!link) continue;
    return settings.enabledSources.includes(link.platform) ? { ok: true, link } : { ok: false, code: 'source_off', link };
  }
  const short = allSources().some((source) => source.isShortLink(text, settings));
  return { ok: false, code: short ? 'short_link' : 'not_a_post' };
}

/** Why a reply's link does not belong to the shared post. */
export type ReplyLinkErrorCode = 'not_a_link' | 'other_platform' | 'other_thread' | 'same_as_post';

export type ReplyLinkResult = { ok: true; link: PostLink } | { ok: false; code: ReplyLinkErrorCode };

/**
 * A reply's link belongs to the shared post when it is on the same platform (and forum host) and in the same
 * thread: any Hacker News item (HN links do not say their story), a comment under the same Reddit post, a
 * later post in the same forum topic. The post's own link is not a reply.
 */
export function checkReplyLink(post: PostLink, raw: string, settings: SourceSettings): ReplyLinkResult {
  const text = raw.trim();
  const link = allSources()
    .map((source) => source.parse(text, settings))
    .find((candidate) => candidate !== null);
  if (!link) return { ok: false, code: 'not_a_link' };
  if (link.platform !== post.platform) return { ok: false, code: 'other_platform' };
  if (link.url === post.url) return { ok: false, code: 'same_as_post' };
  if (post.thread !== '' && (link.thread !== post.thread || link.kind !== 'comment')) return { ok: false, code: 'other_thread' };
  return { ok: true, link };
}
