/**
 * A post: the public mention (or private message) a ticket carries, whatever platform it came from. The triage,
 * the card, the community share and the expert request all take a post; one module per platform in this folder
 * finds and canonicalises its URL and says whether it is public and whether replies come back into Zendesk.
 */

/** Where a post lives. These ids are also the batch CLI's `source` values. */
export type Platform = 'x' | 'hacker_news' | 'reddit' | 'facebook' | 'forum';

export const PLATFORMS: readonly Platform[] = ['x', 'hacker_news', 'reddit', 'facebook', 'forum'];

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
