import type { Platform } from '../sources/post';

/** What the app suggests for a ticket; the advocate decides. */
export type Decision = 'involve' | 'expert' | 'skip';

/** The seed's kinds of tweet worth a reply, plus `other`. */
export type Category =
  | 'positive_feedback'
  | 'criticism'
  | 'product'
  | 'support'
  | 'sales'
  | 'devops'
  | 'competition'
  | 'other';

export const DECISIONS: readonly Decision[] = ['involve', 'expert', 'skip'];

/**
 * Why a tweet needs no action; *No action* is suggested only with one of these (translated as
 * `triage.skip_reason.<id>`). Without one, a public tweet by a person about the brand is for the community or an
 * expert.
 */
export type SkipReason = 'direct_message' | 'hostile' | 'spam' | 'automated' | 'off_topic' | 'own_announcement';
export const SKIP_REASONS: readonly SkipReason[] = ['direct_message', 'hostile', 'spam', 'automated', 'off_topic', 'own_announcement'];
export const CATEGORIES: readonly Category[] = [
  'positive_feedback',
  'criticism',
  'product',
  'support',
  'sales',
  'devops',
  'competition',
  'other',
];

/** A run of the tweet text that made a signal fire; offsets index the analysed text. */
export interface Evidence {
  /** The words as they stand in the text. */
  text: string;
  /** Start offset (UTF-16 code units) in `Suggestion.text`. */
  start: number;
  /** End offset, exclusive. */
  end: number;
}

/** One signal that fired, with the words that fired it. `signal` is a stable id the UI translates. */
export interface Reason {
  /** Stable id, e.g. `outage`, `praise`, `spam`; translated as `triage.signal.<id>`. */
  signal: string;
  /** Which decision this signal pulls towards. */
  pulls: Decision;
  /** The words in the tweet that triggered it (may be empty for structural signals such as a DM). */
  evidence: Evidence[];
}

export interface Sentiment {
  /** Normalised score in [-1, 1]. */
  score: number;
  label: 'positive' | 'neutral' | 'negative';
}

/** The X/Twitter part of a Zendesk Via object (REST and ZAF use the same names). */
export interface ViaLike {
  channel?: string | number;
  source?: {
    from?: { profile_url?: string; username?: string; name?: string } | null;
    to?: { profile_url?: string; username?: string; name?: string } | null;
    rel?: string | null;
  } | null;
}

/** Input of the triage: the tweet (or other post) as a Zendesk ticket carries it. */
export interface TriageInput {
  /** The tweet text (ticket description). */
  text: string;
  /**
   * Where the post lives. Absent or `x`: read as a tweet. Hacker News, Reddit, forum and Facebook posts are
   * made readable first (HTML, quoted parents, code, Markdown links), see `postText.ts`.
   */
  platform?: Platform;
  via?: ViaLike;
  /** Every comment body, plain and HTML. */
  comments?: { body?: string; htmlBody?: string }[];
  /** The requester's X handle when Zendesk knows it (without `@`): the brand's own account needs no reply. */
  requesterHandle?: string;
}

/** Names that tune the signals; from the app settings, with GitLab defaults. */
export interface TriageSettings {
  brandNames: string[];
  brandHandles: string[];
  competitorNames: string[];
  /**
   * The team's personal X handles (without `@`): their posts about their own work come back as tickets too, and
   * only who wrote them tells them from a customer's. Absent or empty: nobody is known as staff.
   */
  staffHandles?: string[];
}

export interface Suggestion {
  decision: Decision;
  /** Set exactly when `decision` is `skip`: the named reason no action is needed. */
  skipReason: SkipReason | null;
  /**
   * How sure the suggestion is, 0..1: 1 for what the rules settle; for the model, how far its answer is from the
   * line between involve and expert (0.5 on the line) or the probability of the skip reason.
   */
  confidence: number;
  /**
   * Too close to call between involve and expert: the panel offers both with the evidence for each and leaves the
   * choice to the advocate. `decision` is then the side the model leans to.
   */
  uncertain: boolean;
  category: Category;
  sentiment: Sentiment;
  reasons: Reason[];
  /** The text the evidence offsets refer to. */
  text: string;
  /** Where the post lives (the batch CLI's `source`). */
  source: Platform;
  /** The post's canonical URL on its platform, or null when none was found. */
  postUrl: string | null;
  /** Canonical `https://x.com/<user>/status/<id>` when the post is on X, else null. */
  tweetUrl: string | null;
  /** True when the ticket is a private message: an X DM or a Facebook page message (never suggested for involvement). */
  isDirectMessage: boolean;
}
