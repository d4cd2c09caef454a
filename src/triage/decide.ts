import { CATEGORY_ORDER, NO_ENGAGEMENT_SIGNALS, SIGNALS, SKIP_REASON_OF, type SignalId } from './signals';
import { SKIP_REASONS, type Category, type Decision, type Evidence, type Reason, type Sentiment, type SkipReason } from './types';

/** What the decision looks at besides the signals. */
export interface DecisionContext {
  /** Private message: never for community involvement. */
  directMessage: boolean;
  /** The tweet @mentions one of the brand's own handles. */
  addressesBrand: boolean;
  /** The tweet's sentiment, which tips criticism against praise. */
  sentiment: Sentiment;
  /** Too few words of its own ("@gitlab ok") to answer. */
  tooShort: boolean;
  /** Signals inferred from the sentiment alone, not from the tweet's words; they count half. */
  inferred: ReadonlySet<SignalId>;
  /** Whether nothing in the tweet is about software or the brand; asked only when the answer matters. */
  isOffTopic: () => boolean;
}

/** The suggestion without the tweet's text and link. */
export interface Verdict {
  /** What to do. */
  decision: Decision;
  /** Which of the seed's kinds of tweet this is. */
  category: Category;
  /** Why no action is needed, exactly when the decision is `skip`. */
  skipReason: SkipReason | null;
  /** Signals that fired, the winning decision's first. */
  reasons: Reason[];
  /** The rules settle it whatever else the tweet says: a private message, hostility, spam. */
  settled: boolean;
}

/** Expert needs a problem that a solved-ticket "thanks" cannot close. */
const STILL_NEEDS_EXPERT_WHEN_RESOLVED: ReadonlySet<SignalId> = new Set(['security_report', 'billing', 'locked_account', 'data_loss']);
/** A closing thank-you may carry these and still need nobody. */
const CLOSING_WORDS: ReadonlySet<SignalId> = new Set(['resolved', 'thanks', 'praise', 'question', 'trouble', 'devops_discussion']);
/** Cues that say "someone talks to us" but not about what: off topic, they are not enough to involve anyone. */
const WEAK_OFF_TOPIC: ReadonlySet<SignalId> = new Set(['question', 'community_question', 'competitor_comparison']);
const EMOJI_ONLY = /^(?:\p{Extended_Pictographic}|\u200d|\ufe0f|<3)+$/u;
const DECISION_THRESHOLD = 1;
const SENTIMENT_TIEBREAK = 0.25;
const INFERRED_WEIGHT = 0.5;

function weightOf(id: SignalId, context: DecisionContext, evidence?: Evidence[]): number {
  // Two different trouble cues ("all morning", "anything going on?") add up to a report, not a how-to question.
  if (id === 'trouble' && distinctEvidence(evidence) >= 2) return 1;
  // A question or an urgent plea aimed at the brand's own account is for the brand to answer.
  if ((id === 'question' || id === 'urgent_help') && context.addressesBrand) return 1;
  if (context.inferred.has(id)) return INFERRED_WEIGHT;
  return SIGNALS[id].weight;
}

/** How many different runs of words a signal fired on ("all morning" twice counts once). */
export function distinctEvidence(evidence: readonly Evidence[] | undefined): number {
  // Most signals fire once: no set needed to count one.
  if (evidence === undefined || evidence.length < 2) return evidence?.length ?? 0;
  return new Set(evidence.map((item) => item.text.toLowerCase())).size;
}

function sum(ids: readonly SignalId[], context: DecisionContext, fired?: Map<SignalId, Evidence[]>): number {
  return ids.reduce((total, id) => total + weightOf(id, context, fired?.get(id)), 0);
}

function categoryOf(ids: readonly SignalId[], context: DecisionContext, withSentiment: boolean): Category {
  const scores = new Map<Category, number>();
  for (const id of ids) scores.set(SIGNALS[id].category, (scores.get(SIGNALS[id].category) ?? 0) + weightOf(id, context));
  if (withSentiment && context.sentiment.label === 'negative') scores.set('criticism', (scores.get('criticism') ?? 0) + SENTIMENT_TIEBREAK);
  if (withSentiment && context.sentiment.label === 'positive' && scores.size > 0) {
    scores.set('positive_feedback', (scores.get('positive_feedback') ?? 0) + SENTIMENT_TIEBREAK);
  }
  let best: Category = 'other';
  let bestScore = 0;
  for (const category of CATEGORY_ORDER) {
    const score = scores.get(category) ?? 0;
    if (score > bestScore) [best, bestScore] = [category, score];
  }
  return best;
}

function reasonsFor(decision: Decision, fired: Map<SignalId, Evidence[]>, extra: SignalId[]): Reason[] {
  const reasons: Reason[] = extra.map((signal) => ({ signal, pulls: SIGNALS[signal].pulls, evidence: [] }));
  const all = [...fired.entries()].map(([signal, evidence]) => ({ signal, pulls: SIGNALS[signal].pulls, evidence }));
  return reasons.concat(all.filter((reason) => reason.pulls === decision), all.filter((reason) => reason.pulls !== decision));
}

/** The first of the named reasons, in {@link SKIP_REASONS} order, that the signals give. */
export function skipReasonOf(ids: Iterable<SignalId>): SkipReason {
  const given = new Set<SkipReason>();
  for (const id of ids) {
    const reason = SKIP_REASON_OF[id];
    if (reason) given.add(reason);
  }
  return SKIP_REASONS.find((reason) => given.has(reason)) ?? 'off_topic';
}

function skipped(fired: Map<SignalId, Evidence[]>, extra: SignalId[], settled: boolean): Verdict {
  const reasons = reasonsFor('skip', fired, extra);
  return { decision: 'skip', category: 'other', skipReason: skipReasonOf(reasons.filter((reason) => reason.pulls === 'skip').map((reason) => reason.signal as SignalId)), reasons, settled };
}

/** Turns the signals that fired into a decision and a category; the rules follow the seed's workflow. */
export function decide(fired: Map<SignalId, Evidence[]>, context: DecisionContext): Verdict {
  const ids = [...fired.keys()];
  const resolved = fired.has('resolved');
  const closing = resolved || fired.has('small_talk');
  const expertIds = ids.filter((id) => SIGNALS[id].pulls === 'expert' && (!resolved || STILL_NEEDS_EXPERT_WHEN_RESOLVED.has(id)));
  const involveIds = ids.filter((id) => SIGNALS[id].pulls === 'involve');
  const expertScore = sum(expertIds, context, fired);
  // A problem, even a vaguely worded one, put to the brand as a question is the brand's to answer.
  const asksBrandAboutProblem = expertScore > 0 && context.addressesBrand && (fired.has('question') || fired.has('community_question'));
  const needsExpert = expertScore >= DECISION_THRESHOLD || asksBrandAboutProblem;
  const contentCategory = needsExpert ? categoryOf(expertIds, context, false) : categoryOf(involveIds, context, true);

  if (context.directMessage) return { ...skipped(fired, ['direct_message'], true), category: contentCategory };
  // "is this email from you?" quotes the scam it reports: a security question, not a scam.
  const reportsScam = fired.has('security_report') && ids.every((id) => !NO_ENGAGEMENT_SIGNALS.has(id) || id === 'scam') && (context.addressesBrand || fired.has('question'));
  if (!reportsScam && ids.some((id) => NO_ENGAGEMENT_SIGNALS.has(id))) return skipped(fired, [], true);
  // One advert cue ("link in bio" under a meetup) is not spam; two different ones are.
  if (distinctEvidence(fired.get('promotion')) >= 2) return skipped(fired, [], true);
  return weigh(fired, context, { expertIds, involveIds, needsExpert, contentCategory, closing });
}

interface Weighing {
  expertIds: SignalId[];
  involveIds: SignalId[];
  needsExpert: boolean;
  contentCategory: Category;
  closing: boolean;
}

/** The rules' best guess when nothing settles the tweet; the learned model may weigh it differently. */
function weigh(fired: Map<SignalId, Evidence[]>, context: DecisionContext, weighing: Weighing): Verdict {
  const { expertIds, involveIds, needsExpert, contentCategory, closing } = weighing;
  const verdict = (decision: Decision, category: Category, extra: SignalId[]): Verdict => ({ decision, category, skipReason: null, reasons: reasonsFor(decision, fired, extra), settled: false });
  if (needsExpert) return verdict('expert', contentCategory, []);
  // "all good now, thanks": nothing to fix, someone to thank.
  if (closing && involveIds.every((id) => CLOSING_WORDS.has(id))) return fired.has('resolved') ? verdict('involve', 'positive_feedback', []) : skipped(fired, [], false);
  if (context.tooShort) return skipped(fired, ['too_short'], false);
  const substantial = involveIds.filter((id) => !WEAK_OFF_TOPIC.has(id) && !context.inferred.has(id) && !(fired.get(id) ?? []).every((item) => EMOJI_ONLY.test(item.text)));
  if (substantial.length === 0 && expertIds.length === 0 && context.isOffTopic()) return skipped(fired, ['no_signal'], false);
  // A public tweet by a person about the brand is a candidate for the community even when no cue names why.
  return verdict('involve', involveIds.length > 0 ? contentCategory : expertIds.length > 0 ? 'support' : 'other', []);
}
