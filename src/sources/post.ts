/**
 * A post: the public mention (or private message) a ticket carries, whatever platform it came from. The triage,
 * the card, the community share and the expert request all take a post; one module per platform in this folder
 * finds and canonicalises its URL and says whether it is public and whether replies come back into Zendesk.
 */

/** Where a post lives. These ids are also the batch CLI's `source` values. */
export type Platform = 'x' | 'hacker_news' | 'reddit' | 'facebook' | 'forum';

export const PLATFORMS: readonly Platform[] = ['x', 'hacker_news', 'reddit', 'facebook', 'forum'];

/** What the app assumes until the settings say otherwise: every source on, GitLab's forum (`manifest.json` has the same). */
export const DEFAULT_SOURCE_SETTINGS: SourceSettings = { enabledSources: PLATFORMS, forumHost: 'forum.gitlab.com' };

/** Who wrote the post. */
export interface PostAuthor {
  /** Display name, or the requester's name when the platform gives none. */
  name: string;
  /** Handle or user name on the platform, without `@` or `u/`. */
  handle?: string;
  /** Link to the author's profile on the platform. */
  profileUrl?: string;
}

/** What a Slack message quotes of a post (the share and the expert request alike). */
export interface PostQuote {
  platform: Platform;
  /** The canonical URL (`https://x.com/<user>/status/<id>`, `https://news.ycombinator.com/item?id=<n>`, …). */
  url: string;
  text: string;
  authorName: string;
  /** Handle without `@`; '' when unknown. */
  authorHandle: string;
}

/** What the admin chose in the app settings about sources. */
export interface SourceSettings {
  /** Platforms the app looks for; a ticket from another one says the source is turned off. */
  enabledSources: readonly Platform[];
  /** The Discourse forum's host name (`forum.gitlab.com`), '' when none is set. */
  forumHost: string;
}

/** One post link in canonical form, as a platform module reads it. */
export interface PostLink {
  platform: Platform;
  /** The canonical URL (see the README's table of canonical forms). */
  url: string;
  /** `post` for the post or topic itself, `comment` for an answer inside its thread. */
  kind: 'post' | 'comment';
  /**
   * What identifies the thread the link belongs to, so a reply's link can be checked against the shared post:
   * the Reddit post id, the forum topic id, the Facebook post; '' where any item on the platform will do (HN).
   */
  thread: string;
  /** The author's handle when the link itself says it (X), else undefined. */
  handle?: string;
}

/** What the ticket says about its post: found by `findPost` (`src/sources/findPost.ts`). */
export interface Post {
  platform: Platform;
  /** The canonical link to suggest, or null when the advocate must paste one. */
  url: string | null;
  /** The link as its platform reads it (thread, kind), when one was found. */
  link: PostLink | null;
  /** Short links (`t.co`, Reddit `/s/` share links, …) seen, which hide the post they point to. */
  shortLinks: string[];
  /** False for private channels (X direct messages, Facebook page messages): never shared with volunteers. */
  isPublic: boolean;
  /** True where the team's replies come back into Zendesk (X, Facebook); false where the reply's link is asked for. */
  repliesComeBack: boolean;
  author: PostAuthor;
  /** False when the admin turned this platform off in the app settings. */
  enabled: boolean;
}
