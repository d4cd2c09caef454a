import * as expert from './expertVocabulary';
import * as noEngagement from './noEngagementVocabulary';
import * as relationship from './relationshipVocabulary';
import { mentionRules, prepareText, type MentionRules, type PreparedText } from './preparedText';
import type { SignalId } from './signals';
import type { Evidence, TriageSettings } from './types';
import { mayMatch } from './requiredText';
import { alternation, termSource, WORD_CHARACTER } from './terms';
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
/**
 * Japanese, emoji and full-width punctuation all sit above U+2000, Cyrillic (the Russian scam phrases) at U+0400–U+04FF;
 * most tweets have none and skip that scan.
 */
const BEYOND_LATIN = /[\u0400-\u04ff\u2000-\uffff]/;

/**
 * Several signals' terms in one pass: one capture group per signal, in {@link CLAIM_ORDER}. A few scans of the
 * text instead of thirty-odd keep the batch above 20,000 tweets a second.
 */
export interface SignalsPattern {
  /** The regular expression; group `n + 1` is signal `signals[n]`. */
  pattern: RegExp;
  /** Which signal each capture group stands for. */
  signals: readonly MatchedSignal[];
}

/** One signal's terms of one family (whole words, or anywhere), as regular-expression sources. */
export interface SignalTerms {
  id: MatchedSignal;
  sources: readonly string[];
}

/**
 * The signals whose terms share one combined pattern, and how the pattern is written around their alternatives.
 * The batch writes every term (factored, which keeps their order of preference); the panel only those a tweet
 * contains the text of, in the same order, so both find the same matches.
 */
export interface PatternChunk {
  signals: readonly SignalTerms[];
  wrap: (alternatives: string) => string;
}

/** The chunks of each family: words (at word edges), anywhere, and anywhere in plain ASCII. */
type Families = [words: PatternChunk[], anywhere: PatternChunk[], anywhereAscii: PatternChunk[]];

/** A vocabulary compiled for one settings object. */
export interface CompiledVocabulary {
  /** Handles the text preparation keeps or notes. */
  mentions: MentionRules;
  /** The terms, chunked as the combined patterns group them. */
  families: Families;
}

/**
 * V8 stops optimising very large regular expressions (one pattern for everything ran 30 times slower than one
 * per signal), so signals are combined in chunks of about this many characters of (unfactored) source; with
 * the terms factored into prefix trees, 6,000 measured best (8 chunks).
 */
const CHUNK_SOURCE_LENGTH = 6000;

function chunked(terms: Map<MatchedSignal, string[]>, wrap: (alternatives: string) => string): PatternChunk[] {
  const chunks: PatternChunk[] = [];
  let current: SignalTerms[] = [];
  let length = 0;
  for (const id of CLAIM_ORDER) {
    const sources = terms.get(id) ?? [];
    const sourceLength = sources.reduce((sum, source) => sum + source.length + 1, -1);
    if (sources.length === 0) continue;
    if (current.length > 0 && length + sourceLength > CHUNK_SOURCE_LENGTH) {
      chunks.push({ signals: current, wrap });
      [current, length] = [[], 0];
    }
    current.push({ id, sources });
    length += sourceLength;
  }
  if (current.length > 0) chunks.push({ signals: current, wrap });
  return chunks;
}

/** A chunk's pattern with the terms' alternatives `alternatives` writes, or null when it writes none for any signal. */
export function patternOf(chunk: PatternChunk, alternatives: (signal: SignalTerms) => string | null): SignalsPattern | null {
  const signals: MatchedSignal[] = [];
  const groups: string[] = [];
  for (const signal of chunk.signals) {
    const source = alternatives(signal);
    if (source === null) continue;
    signals.push(signal.id);
    groups.push(`(${source})`);
  }
  if (groups.length === 0) return null;
  // No `i` or `u` flag: the text is already lower-cased, and V8 matches plain patterns faster.
  return { pattern: new RegExp(chunk.wrap(groups.join('|')), 'g'), signals };
}

/**
 * Only the terms whose required text occurs in `matchable`: a term without it cannot match, so leaving it out of
 * its alternation changes no match, and the patterns V8 compiles for one ticket are a small part of the whole.
 */
function reachablePatterns(chunks: readonly PatternChunk[], matchable: string): SignalsPattern[] {
  const reachable = (source: string) => mayMatch(source, (part) => matchable.includes(part));
  const patterns: SignalsPattern[] = [];
  for (const chunk of chunks) {
    const pattern = patternOf(chunk, (signal) => {
      const kept = signal.sources.filter(reachable);
      return kept.length > 0 ? kept.join('|') : null;
    });
    if (pattern !== null) patterns.push(pattern);
  }
  return patterns;
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
        for (const target of targets) {
          const sources = target.get(id);
          if (sources) sources.push(source);
          else target.set(id, [source]);
        }
      }
    }
  }
  // A leading \b lets V8 skip ahead far faster than a lookbehind; terms that start with punctuation are "anywhere" terms.
  const wordChunks = chunked(words, (alternatives) => `\\b(?:${alternatives})(?!${WORD_CHARACTER})`);
  return {
    mentions: mentionRules(settings),
    families: [wordChunks, chunked(anywhere, (alternatives) => alternatives), chunked(anywhereAscii, (alternatives) => alternatives)],
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

export function note(match: RegExpExecArray, signals: readonly MatchedSignal[], prepared: PreparedText, fired: Map<SignalId, Evidence[]>): void {
  const start = match.index;
  const end = start + match[0].length;
  const id = signalOf(match, signals);
  if (id === undefined || end === start) return;
  const evidence = { text: prepared.text.slice(start, end), start, end };
  const negated = (PROBLEM_SIGNALS.has(id) || id === 'praise') && isNegated(prepared.matchable, start);
  if (!negated) addEvidence(fired, id, evidence);
  else if (id === 'praise') addEvidence(fired, 'criticism', evidence);
}

export function collect(combined: SignalsPattern, prepared: PreparedText, fired: Map<SignalId, Evidence[]>): void {
  const { pattern, signals } = combined;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(prepared.matchable); match !== null; match = pattern.exec(prepared.matchable)) {
    // Resume one character on, not after the match, so a signal that starts inside it still gets its turn.
    pattern.lastIndex = match.index + 1;
    note(match, signals, prepared, fired);
  }
}

/** How batch code matches a tweet instead (`wholePatterns.ts`): every term, factored, tried where its index says. */
export type WholeMatcher = (compiled: CompiledVocabulary, beyondLatin: boolean, prepared: PreparedText, fired: Map<SignalId, Evidence[]>) => void;
let wholeMatcher: WholeMatcher | null = null;

/** Turns the matcher to batch work (the CLI, the bench); the panel never downloads that code. */
export function matchInBatches(matcher: WholeMatcher): void {
  wholeMatcher = matcher;
}

/**
 * Runs every signal over a tweet. Praise said with a negation ("not impressed") counts as criticism. One ticket at a
 * time, only the terms the tweet contains the required text of are compiled; batch code ({@link matchInBatches})
 * compiles every term once instead.
 */
export function matchSignals(raw: string, compiled: CompiledVocabulary): Matches {
  const prepared = prepareText(raw, compiled.mentions);
  const fired = new Map<SignalId, Evidence[]>();
  const beyondLatin = BEYOND_LATIN.test(prepared.matchable);
  if (wholeMatcher !== null) {
    wholeMatcher(compiled, beyondLatin, prepared, fired);
    return { prepared, fired };
  }
  const [words, anywhere, anywhereAscii] = compiled.families;
  for (const chunks of [words, beyondLatin ? anywhere : anywhereAscii]) {
    for (const combined of reachablePatterns(chunks, prepared.matchable)) collect(combined, prepared, fired);
  }
  return { prepared, fired };
}
