import * as expert from './expertVocabulary';
import * as noEngagement from './noEngagementVocabulary';
import * as relationship from './relationshipVocabulary';
import { prepareText, type MentionRules, type PreparedText } from './preparedText';
import type { SignalId } from './signals';
import type { Evidence, TriageSettings } from './types';
import { factorAlternatives } from './factorAlternatives';
import { alternation, termSource, WORD_CHARACTER } from './terms';
import type { StartsIndex } from './leadingKeys';
import type { Vocabulary } from './vocabulary';

type MatchedSignal = Exclude<SignalId, 'status_account' | 'direct_message' | 'no_signal' | 'too_short' | 'similar_wording' | 'hn_front_page' | 'named_only_in_link' | 'own_announcement' | 'staff_post'>;

const VOCABULARIES: Record<MatchedSignal, Vocabulary> = {
  outage: expert.OUTAGE,
  error_message: expert.ERROR_MESSAGE,
  stack_trace: expert.STACK_TRACE,
  malfunction: expert.MALFUNCTION,
  security_report: expert.SECURITY_REPORT,
  billing: expert.BILLING,
  locked_account: expert.LOCKED_ACCOUNT,
  data_loss: expert.DATA_LOSS,
  two_factor_sso: expert.TWO_FACTOR_SSO,
  urgent_help: expert.URGENT_HELP,
  trouble: expert.TROUBLE,
  praise: relationship.PRAISE,
  thanks: relationship.THANKS,
  milestone: relationship.MILESTONE,
  event: relationship.EVENT,
  community_question: relationship.COMMUNITY_QUESTION,
  question: relationship.QUESTION,
  feature_wish: relationship.FEATURE_WISH,
  devops_discussion: relationship.DEVOPS_DISCUSSION,
  competitor_comparison: relationship.COMPETITOR_COMPARISON,
  pricing: relationship.PRICING,
  criticism: relationship.CRITICISM,
  resolved: relationship.RESOLVED,
  small_talk: relationship.SMALL_TALK,
  retweet: relationship.RETWEET,
  insult: noEngagement.INSULT,
  threat: noEngagement.THREAT,
  harassment: noEngagement.HARASSMENT,
  spam: noEngagement.SPAM,
  scam: noEngagement.SCAM,
  giveaway: noEngagement.GIVEAWAY,
  follower_selling: noEngagement.FOLLOWER_SELLING,
  crypto_promotion: noEngagement.CRYPTO_PROMOTION,
  job_ad: noEngagement.JOB_AD,
  promotion: noEngagement.PROMOTION,
  automated: noEngagement.AUTOMATED,
};

/**
 * The order in which signals claim words when two would start at the same place: the specific before the
 * general ("lost our data" is data loss before it is trouble; "pipelines are failing" is a malfunction
 * before it is DevOps talk).
 */
const CLAIM_ORDER: readonly MatchedSignal[] = [
  'retweet', 'automated', 'threat', 'harassment', 'insult', 'scam', 'follower_selling', 'giveaway', 'crypto_promotion', 'job_ad', 'spam', 'promotion',
  'security_report', 'billing', 'locked_account', 'data_loss', 'outage', 'stack_trace', 'error_message', 'malfunction',
  'two_factor_sso', 'urgent_help', 'resolved', 'small_talk', 'milestone', 'feature_wish', 'community_question',
  'competitor_comparison', 'pricing', 'event', 'criticism', 'praise', 'thanks', 'devops_discussion', 'trouble', 'question',
];

/** Problems stated as absent ("zero downtime", "sin errores") are not problems. */
const PROBLEM_SIGNALS: ReadonlySet<MatchedSignal> = new Set(['outage', 'error_message', 'malfunction', 'data_loss', 'trouble', 'criticism']);
/** "no errors", "not slow": the negator right before the words ("no" is also Portuguese for "in the", so no gap allowed). */
const NEGATED_RIGHT_BEFORE = /(?:^|[^\p{L}])(?:no|not|nie|kein\w*|pas de)\s+$/u;
/** "zero downtime", "without any errors", "sin errores": one word may sit between. */
const NEGATED_NEARBY = /(?:^|[^\p{L}])(?:zero|without|never|sin|ohne|sans|sem|nunca|nenhum\w*|ningun\w*|aucune?)\s+(?:\S+\s+)?$/u;
const NEGATION_WINDOW = 24;
/** How many runs of words one signal keeps as evidence; enough to highlight, cheap to store. */
const MAX_EVIDENCE = 6;
const ASCII_ONLY = /^[\x20-\x7e]*$/;
/** Japanese, emoji and full-width punctuation all sit above U+2000; most tweets have none and skip that scan. */
const BEYOND_LATIN = /[\u2000-\uffff]/;

/**
 * Several signals' terms in one pass: one capture group per signal, in {@link CLAIM_ORDER}. A few scans of the
 * text instead of thirty-odd keep the batch above 20,000 tweets a second.
 */
interface CombinedPattern {
  /** The regular expression; group `n + 1` is signal `signals[n]`. */
  pattern: RegExp;
  /** Which signal each capture group stands for. */
  signals: readonly MatchedSignal[];
  /** Its terms' sources. */
  terms: readonly string[];
}

/** A vocabulary compiled for one settings object. */
export interface CompiledVocabulary {
  /** Handles the text preparation keeps or notes. */
  mentions: MentionRules;
  /** Terms matched as whole words. */
  words: CombinedPattern[];
  /**
   * Where each pattern of {@link words}, {@link anywhere} and {@link anywhereAscii} may start, when batch code asked
   * for it ({@link indexStartsWith}): built once {@link STARTS_AFTER} tweets have been matched, as it takes longer to
   * build than a few tweets take to match; a batch wins it back at once.
   */
  starts: [words: StartsIndex, anywhere: StartsIndex, anywhereAscii: StartsIndex] | null;
  /** Tweets matched so far, until {@link starts} is built. */
  matched: number;
  /** Terms matched anywhere (Japanese, emoji, `?`), for text with characters beyond Latin. */
  anywhere: CombinedPattern[];
  /** The plain-ASCII subset of {@link anywhere}, enough for text without such characters. */
  anywhereAscii: CombinedPattern[];
}

/**
 * V8 stops optimising very large regular expressions (one pattern for everything ran 30 times slower than one
 * per signal), so signals are combined in chunks of about this many characters of (unfactored) source; with
 * the terms factored into prefix trees, 6,000 measured best (8 chunks).
 */
const CHUNK_SOURCE_LENGTH = 6000;

function combine(terms: Map<MatchedSignal, string[]>, wrap: (alternatives: string) => string): CombinedPattern[] {
  const chunks: MatchedSignal[][] = [];
  let current: MatchedSignal[] = [];
  let length = 0;
  for (const id of CLAIM_ORDER) {
    const source = (terms.get(id) ?? []).join('|');
    if (source === '') continue;
    if (current.length > 0 && length + source.length > CHUNK_SOURCE_LENGTH) {
      chunks.push(current);
      [current, length] = [[], 0];
    }
    current.push(id);
    length += source.length;
  }
  if (current.length > 0) chunks.push(current);
  // No `i` or `u` flag: the text is already lower-cased, and V8 matches plain patterns faster.
  return chunks.map((signals) => {
    const source = wrap(signals.map((id) => `(${factorAlternatives(terms.get(id) ?? [])})`).join('|'));
    return { pattern: new RegExp(source, 'g'), signals, terms: signals.flatMap((id) => terms.get(id) ?? []) };
  })
}

function lowerSet(values: readonly string[]): Set<string> {
  return new Set(values.map((value) => value.replace(/^@/, '').replace(/\s+/g, '').toLowerCase()));
}

/** Compiles every signal's vocabulary with the brand and competitor names of these settings. */
export function compileVocabularies(settings: TriageSettings): CompiledVocabulary {
  const brand = alternation([...settings.brandNames, ...settings.brandHandles]);
  const competitor = alternation(settings.competitorNames);
  const words = new Map<MatchedSignal, string[]>();
  const anywhere = new Map<MatchedSignal, string[]>();
  const anywhereAscii = new Map<MatchedSignal, string[]>();
  for (const id of CLAIM_ORDER) {
    for (const languageTerms of Object.values(VOCABULARIES[id])) {
      for (const term of languageTerms ?? []) {
        const source = termSource(term, brand, competitor);
        const targets = !term.startsWith('~') ? [words] : ASCII_ONLY.test(source) ? [anywhere, anywhereAscii] : [anywhere];
        for (const target of targets) target.set(id, [...(target.get(id) ?? []), source]);
      }
    }
  }
  const brandHandles = lowerSet(settings.brandHandles);
  const keptHandles = new Set([...brandHandles, ...lowerSet(settings.brandNames), ...lowerSet(settings.competitorNames)]);
  // A leading \b lets V8 skip ahead far faster than a lookbehind; terms that start with punctuation are "anywhere" terms.
  const wordPatterns = combine(words, (alternatives) => `\\b(?:${alternatives})(?!${WORD_CHARACTER})`);
  return {
    mentions: { brandHandles, keptHandles },
    words: wordPatterns,
    starts: null,
    matched: 0,
    anywhere: combine(anywhere, (alternatives) => alternatives),
    anywhereAscii: combine(anywhereAscii, (alternatives) => alternatives),
  };
}

function isNegated(matchable: string, start: number): boolean {
  const before = matchable.slice(Math.max(0, start - NEGATION_WINDOW), start);
  return NEGATED_RIGHT_BEFORE.test(before) || NEGATED_NEARBY.test(before);
}

/** What matched in one tweet. */
export interface Matches {
  /** The prepared tweet. */
  prepared: PreparedText;
  /** Evidence per signal that fired. */
  fired: Map<SignalId, Evidence[]>;
}

function addEvidence(fired: Map<SignalId, Evidence[]>, id: SignalId, evidence: Evidence): void {
  const list = fired.get(id) ?? [];
  if (list.length < MAX_EVIDENCE) list.push(evidence);
  fired.set(id, list);
}

function signalOf(match: RegExpExecArray, signals: readonly MatchedSignal[]): MatchedSignal | undefined {
  for (let group = 1; group < match.length; group += 1) {
    if (match[group] !== undefined) return signals[group - 1];
  }
  return undefined;
}

function note(match: RegExpExecArray, signals: readonly MatchedSignal[], prepared: PreparedText, fired: Map<SignalId, Evidence[]>): void {
  const start = match.index;
  const end = start + match[0].length;
  const id = signalOf(match, signals);
  if (id === undefined || end === start) return;
  const evidence = { text: prepared.text.slice(start, end), start, end };
  const negated = (PROBLEM_SIGNALS.has(id) || id === 'praise') && isNegated(prepared.matchable, start);
  if (!negated) addEvidence(fired, id, evidence);
  else if (id === 'praise') addEvidence(fired, 'criticism', evidence);
}

function collect(combined: CombinedPattern, prepared: PreparedText, fired: Map<SignalId, Evidence[]>): void {
  const { pattern, signals } = combined;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(prepared.matchable); match !== null; match = pattern.exec(prepared.matchable)) {
    // Resume one character on, not after the match, so a signal that starts inside it still gets its turn.
    pattern.lastIndex = match.index + 1;
    note(match, signals, prepared, fired);
  }
}

/** Tweets matched by whole scans before the starts index is built (see {@link CompiledVocabulary.starts}). */
export const STARTS_AFTER = 50;

/** Builds a {@link StartsIndex} over a vocabulary's word patterns (`leadingKeys.ts`). */
export type StartsIndexer = (patterns: readonly { pattern: RegExp; terms: readonly string[] }[], anywhere?: boolean) => StartsIndex;
let indexer: StartsIndexer | null = null;

/**
 * Turns on the starts index, for batch code (the CLI, the bench): the panel matches one ticket at a time, never
 * builds the index and so never downloads its code.
 */
export function indexStartsWith(build: StartsIndexer): void {
  indexer = build;
}

/** Every match of these patterns, scanning each whole or, with `starts`, trying it only where its terms may start. */
function collectAll(patterns: readonly CombinedPattern[], starts: StartsIndex | undefined, prepared: PreparedText, fired: Map<SignalId, Evidence[]>): void {
  starts?.find(prepared.matchable);
  patterns.forEach((combined, index) => {
    if (starts?.has(index)) starts.each(index, prepared.matchable, (match) => note(match, combined.signals, prepared, fired));
    else collect(combined, prepared, fired);
  });
}

/** Runs every signal over a tweet. Praise said with a negation ("not impressed") counts as criticism. */
export function matchSignals(raw: string, compiled: CompiledVocabulary): Matches {
  const prepared = prepareText(raw, compiled.mentions);
  const fired = new Map<SignalId, Evidence[]>();
  if (compiled.starts === null && indexer !== null && (compiled.matched += 1) > STARTS_AFTER) {
    compiled.starts = [indexer(compiled.words), indexer(compiled.anywhere, true), indexer(compiled.anywhereAscii, true)];
  }
  const { starts } = compiled;
  const beyondLatin = BEYOND_LATIN.test(prepared.matchable);
  collectAll(compiled.words, starts?.[0], prepared, fired);
  collectAll(beyondLatin ? compiled.anywhere : compiled.anywhereAscii, starts?.[beyondLatin ? 1 : 2], prepared, fired);
  return { prepared, fired };
}
