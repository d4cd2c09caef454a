import type { Category, Decision, SkipReason } from './types';

/** What a signal means for the suggestion. */
export interface SignalMeaning {
  /** The decision the signal pulls towards. */
  pulls: Decision;
  /** The category the signal hints at when its decision wins. */
  category: Category;
  /** How hard it pulls: a decision needs a total of 1; weak cues (0.5) only count together. */
  weight: number;
}

/**
 * Every reason the triage can give, by stable id (translated as `triage.signal.<id>`).
 * Expert signals follow the seed: tickets that need an expert's answer go to the experts workflow.
 */
export const SIGNALS = {
  outage: { pulls: 'expert', category: 'support', weight: 1 },
  error_message: { pulls: 'expert', category: 'support', weight: 1 },
  stack_trace: { pulls: 'expert', category: 'support', weight: 1 },
  malfunction: { pulls: 'expert', category: 'support', weight: 1 },
  security_report: { pulls: 'expert', category: 'support', weight: 1 },
  billing: { pulls: 'expert', category: 'sales', weight: 1 },
  locked_account: { pulls: 'expert', category: 'support', weight: 1 },
  data_loss: { pulls: 'expert', category: 'support', weight: 1 },
  two_factor_sso: { pulls: 'expert', category: 'support', weight: 0.5 },
  urgent_help: { pulls: 'expert', category: 'support', weight: 0.5 },
  status_account: { pulls: 'expert', category: 'support', weight: 0.5 },
  trouble: { pulls: 'expert', category: 'support', weight: 0.5 },

  praise: { pulls: 'involve', category: 'positive_feedback', weight: 1 },
  thanks: { pulls: 'involve', category: 'positive_feedback', weight: 1 },
  milestone: { pulls: 'involve', category: 'positive_feedback', weight: 1 },
  event: { pulls: 'involve', category: 'other', weight: 1 },
  community_question: { pulls: 'involve', category: 'support', weight: 1 },
  question: { pulls: 'involve', category: 'support', weight: 0.5 },
  feature_wish: { pulls: 'involve', category: 'product', weight: 1 },
  devops_discussion: { pulls: 'involve', category: 'devops', weight: 1 },
  competitor_comparison: { pulls: 'involve', category: 'competition', weight: 1 },
  pricing: { pulls: 'involve', category: 'sales', weight: 1 },
  criticism: { pulls: 'involve', category: 'criticism', weight: 1 },
  /** A Hacker News thread about the brand on HN's front page: the handbook calls these important and urgent. */
  hn_front_page: { pulls: 'involve', category: 'other', weight: 1 },

  /** "all good now, thanks": a closing word; nothing to fix, but someone to thank. */
  resolved: { pulls: 'involve', category: 'positive_feedback', weight: 1 },
  small_talk: { pulls: 'skip', category: 'other', weight: 1 },
  retweet: { pulls: 'skip', category: 'other', weight: 1 },
  too_short: { pulls: 'skip', category: 'other', weight: 1 },
  insult: { pulls: 'skip', category: 'other', weight: 1 },
  threat: { pulls: 'skip', category: 'other', weight: 1 },
  harassment: { pulls: 'skip', category: 'other', weight: 1 },
  spam: { pulls: 'skip', category: 'other', weight: 1 },
  scam: { pulls: 'skip', category: 'other', weight: 1 },
  giveaway: { pulls: 'skip', category: 'other', weight: 1 },
  follower_selling: { pulls: 'skip', category: 'other', weight: 1 },
  crypto_promotion: { pulls: 'skip', category: 'other', weight: 1 },
  job_ad: { pulls: 'skip', category: 'other', weight: 1 },
  promotion: { pulls: 'skip', category: 'other', weight: 0.5 },
  direct_message: { pulls: 'skip', category: 'other', weight: 1 },
  automated: { pulls: 'skip', category: 'other', weight: 1 },
  own_announcement: { pulls: 'skip', category: 'other', weight: 1 },
  /** Written by someone the `staff_handles` setting names: the team's own post, whatever its words. */
  staff_post: { pulls: 'skip', category: 'other', weight: 1 },
  no_signal: { pulls: 'skip', category: 'other', weight: 1 },
  /** A Hacker News post that names the brand only inside a link's address: a mention tracker's hit, not a word to the brand. */
  named_only_in_link: { pulls: 'skip', category: 'other', weight: 1 },
  /** The learned model's reason when no rule names one: the words that weighed most; it pulls whichever way the model went. */
  similar_wording: { pulls: 'involve', category: 'other', weight: 0 },
} as const satisfies Record<string, SignalMeaning>;

/** A stable signal id. */
export type SignalId = keyof typeof SIGNALS;

/**
 * Signals that rule out engagement whatever else the tweet says: the seed says step away from hostile posts and
 * ignore spam; a retweet carries no words of the requester's own.
 */
export const NO_ENGAGEMENT_SIGNALS: ReadonlySet<SignalId> = new Set<SignalId>([
  'retweet', 'automated', 'own_announcement', 'staff_post', 'insult', 'threat', 'harassment', 'spam', 'scam', 'giveaway', 'follower_selling', 'crypto_promotion', 'job_ad',
]);

/** The named reason each settling signal gives for *No action*. */
export const SKIP_REASON_OF: Partial<Record<SignalId, SkipReason>> = {
  direct_message: 'direct_message',
  insult: 'hostile', threat: 'hostile', harassment: 'hostile',
  spam: 'spam', scam: 'spam', giveaway: 'spam', follower_selling: 'spam', crypto_promotion: 'spam', job_ad: 'spam', promotion: 'spam',
  retweet: 'automated', automated: 'automated',
  own_announcement: 'own_announcement', staff_post: 'own_announcement',
  small_talk: 'off_topic', too_short: 'off_topic', no_signal: 'off_topic',
};

/** The seed's order when a tweet's signals point at several categories. */
export const CATEGORY_ORDER: readonly Category[] = [
  'criticism', 'competition', 'sales', 'product', 'other', 'devops', 'support', 'positive_feedback',
];
