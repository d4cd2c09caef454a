import * as expert from './expertVocabulary';
import * as noEngagement from './noEngagementVocabulary';
import * as relationship from './relationshipVocabulary';
import { prepareText, type MentionRules, type PreparedText } from './preparedText';
import type { SignalId } from './signals';
import type { Evidence, TriageSettings } from './types';
import type { Vocabulary } from './vocabulary';

type MatchedSignal = Exclude<SignalId, 'status_account' | 'direct_message' | 'no_signal' | 'too_short'>;

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
  insult: noEngagement.INSULT,
  threat: noEngagement.THREAT,
  harassment: noEngagement.HARASSMENT,
  spam: noEngagement.SPAM,
  scam: noEngagement.SCAM,
  giveaway: noEngagement.GIVEAWAY,
  follower_selling: noEngagement.FOLLOWER_SELLING,
  crypto_promotion: noEngagement.CRYPTO_PROMOTION,
  job_ad: noEngagement.JOB_AD,
};

/** Problems stated as absent ("zero downtime", "sin errores") are not problems. */
const PROBLEM_SIGNALS: ReadonlySet<MatchedSignal> = new Set(['outage', 'error_message', 'malfunction', 'data_loss', 'trouble', 'criticism']);
/** "no errors", "not slow": the negator right before the words ("no" is also Portuguese for "in the", so no gap allowed). */
const NEGATED_RIGHT_BEFORE = /(?:^|[^\p{L}])(?:no|not|nie|kein\w*|pas de)\s+$/iu;
/** "zero downtime", "without any errors", "sin errores": one word may sit between. */
const NEGATED_NEARBY = /(?:^|[^\p{L}])(?:zero|without|never|sin|ohne|sans|sem|nunca|nenhum\w*|ningun\w*|aucune?)\s+(?:\S+\s+)?$/iu;
const NEGATION_WINDOW = 24;
/** How many runs of words one signal keeps as evidence; enough to highlight, cheap to store. */
const MAX_EVIDENCE = 6;

/** A vocabulary compiled for one settings object. */
export interface CompiledVocabulary {
  /** Handles the text preparation keeps or notes. */
  mentions: MentionRules;
  /** One regular expression per signal. */
  patterns: readonly { id: MatchedSignal; pattern: RegExp }[];
}

function escapeName(name: string): string {
  return name.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

function alternation(names: readonly string[]): string {
  const escaped = names.filter((name) => name.trim() !== '').map(escapeName);
  // An empty list must match nothing rather than everything.
  return escaped.length > 0 ? `(?:${escaped.join('|')})` : '(?!)';
}

function compileVocabulary(vocabulary: Vocabulary, brand: string, competitor: string): RegExp {
  const bounded: string[] = [];
  const unbounded: string[] = [];
  for (const terms of Object.values(vocabulary)) {
    for (const term of terms ?? []) {
      const source = term.replace(/^~/, '').replace(/\{brand\}/g, brand).replace(/\{competitor\}/g, competitor).replace(/ /g, '\\s+');
      (term.startsWith('~') ? unbounded : bounded).push(source);
    }
  }
  const parts: string[] = [];
  // Word edges are Latin letters only, so "CIでTerraformの" still finds Terraform between Japanese characters.
  if (bounded.length > 0) parts.push(`(?<![\\p{sc=Latin}\\p{N}_])(?:${bounded.join('|')})(?![\\p{sc=Latin}\\p{N}_])`);
  if (unbounded.length > 0) parts.push(`(?:${unbounded.join('|')})`);
  return new RegExp(parts.join('|'), 'giu');
}

function lowerSet(values: readonly string[]): Set<string> {
  return new Set(values.map((value) => value.replace(/^@/, '').replace(/\s+/g, '').toLowerCase()));
}

/** Compiles every signal's vocabulary with the brand and competitor names of these settings. */
export function compileVocabularies(settings: TriageSettings): CompiledVocabulary {
  const brand = alternation([...settings.brandNames, ...settings.brandHandles]);
  const competitor = alternation(settings.competitorNames);
  const brandHandles = lowerSet(settings.brandHandles);
  const keptHandles = new Set([...brandHandles, ...lowerSet(settings.brandNames), ...lowerSet(settings.competitorNames)]);
  const patterns = (Object.keys(VOCABULARIES) as MatchedSignal[]).map((id) => ({ id, pattern: compileVocabulary(VOCABULARIES[id], brand, competitor) }));
  return { mentions: { brandHandles, keptHandles }, patterns };
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

/** Runs every signal over a tweet. Praise said with a negation ("not impressed") counts as criticism. */
export function matchSignals(raw: string, compiled: CompiledVocabulary): Matches {
  const prepared = prepareText(raw, compiled.mentions);
  const fired = new Map<SignalId, Evidence[]>();
  for (const { id, pattern } of compiled.patterns) {
    pattern.lastIndex = 0;
    for (const match of prepared.matchable.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      const evidence = { text: prepared.text.slice(start, end), start, end };
      const negated = (PROBLEM_SIGNALS.has(id) || id === 'praise') && isNegated(prepared.matchable, start);
      if (!negated) addEvidence(fired, id, evidence);
      else if (id === 'praise') addEvidence(fired, 'criticism', evidence);
    }
  }
  return { prepared, fired };
}
