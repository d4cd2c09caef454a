import type { Platform } from './post';

/**
 * How to behave on each platform, beside the category's tone rules (`triage/guidelines.ts`). Translated as
 * `sources.etiquette.<id>`. Sources: Hacker News guidelines (news.ycombinator.com/newsguidelines.html: no
 * promotion, no asking for upvotes), Reddit's self-promotion rules (each subreddit sets its own),. Answering from your own account is said by every message's call to action
 * (`sources.slack.answer_on.<platform>`).
 */
export type EtiquetteRule =
  | 'disclose_affiliation'
  | 'no_marketing'
  | 'no_vote_asking'
  | 'subreddit_rules'
  | 'keep_it_public'
  | 'forum_rules';

const ETIQUETTE: Record<Platform, readonly EtiquetteRule[]> = {
  x: ['disclose_affiliation'],
  hacker_news: ['disclose_affiliation', 'no_marketing', 'no_vote_asking'],
  reddit: ['subreddit_rules', 'disclose_affiliation', 'no_marketing', 'no_vote_asking'],
  facebook: ['disclose_affiliation', 'keep_it_public'],
  forum: ['disclose_affiliation', 'forum_rules'],
};

/** The etiquette rules for answering on this platform, most important first. */
export function etiquetteFor(platform: Platform): EtiquetteRule[] {
  return [...ETIQUETTE[platform]];
}
