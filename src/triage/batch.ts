import { PLATFORMS, type Platform } from '../sources/post';
import { DEFAULT_TRIAGE_SETTINGS, settingsForBrand } from './settings';
import { factorAlternatives } from './factorAlternatives';
import { matchInBatches } from './matcher';
import { factorTermsWith } from './terms';
import { matchWhole } from './wholePatterns';
import { suggest } from './wholeModel';
import { CATEGORIES, DECISIONS, type Category, type Decision, type Sentiment, type SkipReason, type TriageSettings, type ViaLike } from './types';

/** One output line of the batch report. */
export interface BatchResult {
  /** The input line's id. */
  id: string;
  /** Suggested decision. */
  decision: Decision;
  /** Why no action is needed, when the decision is `skip`; otherwise null. */
  skip_reason: SkipReason | null;
  /** 0..1: 1 when the rules settle it, 0.5 on the line between involve and expert. */
  confidence: number;
  /** Too close to call between involve and expert: the advocate decides. */
  uncertain: boolean;
  /** Suggested category. */
  category: Category;
  /** Sentiment score and label. */
  sentiment: Sentiment;
  /** Where the post lives: `x`, `hacker_news`, `reddit`, `facebook` or `forum`. */
  source: Platform;
  /** The post's canonical URL, or null. */
  post_url: string | null;
  /** Canonical tweet link when the post is on X, or null (kept for readers of earlier reports). */
  tweet_url: string | null;
  /** Signals that fired with the words that fired them. */
  reasons: { signal: string; evidence: string[] }[];
}

/** A line the batch could not read; reported, then skipped. */
export interface BatchLineError {
  /** Stable code for the kind of problem. */
  code: 'invalid_json' | 'not_an_object' | 'missing_id' | 'missing_text';
  /** What is wrong, in one sentence. */
  message: string;
}

/** A triaged line, with the label it carried if any (for the summary). */
export interface TriagedLine {
  /** The report line. */
  result: BatchResult;
  /** The decision label in the input, when the line is from a labelled set. */
  expectedDecision?: Decision;
  /** The category label in the input, when present. */
  expectedCategory?: Category;
}

// A batch matches thousands of lines: worth compiling every term once, factored, and indexing where terms may start.
factorTermsWith(factorAlternatives);
matchInBatches(matchWhole);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function commentsOf(value: unknown): { body?: string }[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter(isRecord).map((comment) => ({ body: typeof comment.body === 'string' ? comment.body : undefined }));
}

/**
 * Triages one JSON line `{"id", "text", "via"?, "comments"?, "platform"?, "brand"?}`; other fields are ignored.
 * `platform` (or `source_platform`, as in `data/real/`) reads the text as a Hacker News, Reddit or forum post;
 * `brand` triages a post about another tool with that tool as the brand.
 */
export function triageLine(line: string, settings?: Partial<TriageSettings>): TriagedLine | BatchLineError {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return { code: 'invalid_json', message: 'not valid JSON' };
  }
  if (!isRecord(parsed)) return { code: 'not_an_object', message: 'expected a JSON object' };
  if (typeof parsed.id !== 'string' || parsed.id === '') return { code: 'missing_id', message: '"id" must be a non-empty string' };
  if (typeof parsed.text !== 'string') return { code: 'missing_text', message: '"text" must be a string' };
  const via = isRecord(parsed.via) ? (parsed.via as ViaLike) : undefined;
  const platform = PLATFORMS.find((id) => id === (parsed.platform ?? parsed.source_platform));
  const brand = typeof parsed.brand === 'string' && parsed.brand.trim() !== '' ? parsed.brand.trim() : undefined;
  const brandSettings = brand ? settingsForBrand(brand, { ...DEFAULT_TRIAGE_SETTINGS, ...settings }) : settings;
  const suggestion = suggest({ text: parsed.text, via, comments: commentsOf(parsed.comments), platform }, brandSettings);
  const result: BatchResult = {
    id: parsed.id,
    decision: suggestion.decision,
    skip_reason: suggestion.skipReason,
    confidence: suggestion.confidence,
    uncertain: suggestion.uncertain,
    category: suggestion.category,
    sentiment: suggestion.sentiment,
    source: suggestion.source,
    post_url: suggestion.postUrl,
    tweet_url: suggestion.tweetUrl,
    reasons: suggestion.reasons.map((reason) => ({ signal: reason.signal, evidence: reason.evidence.map((evidence) => evidence.text) })),
  };
  const expectedDecision = DECISIONS.find((decision) => decision === parsed.decision);
  const expectedCategory = CATEGORIES.find((category) => category === parsed.category);
  return { result, expectedDecision, expectedCategory };
}

/** True when `triageLine` could not read the line. */
export function isLineError(value: TriagedLine | BatchLineError): value is BatchLineError {
  return 'code' in value;
}
