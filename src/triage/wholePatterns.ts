/**
 * How a batch matches: every term of a vocabulary in a few combined patterns, factored once, then tried only where
 * the starts index (`leadingKeys.ts`) says one of their terms may begin. A batch pays the compiling once for
 * thousands of tweets; the panel, one ticket at a time, compiles only the terms a ticket can reach (`matcher.ts`)
 * and never downloads this module.
 */
import { collect, note, patternOf, type CompiledVocabulary, type PatternChunk, type SignalsPattern, type WholeMatcher } from './matcher';
import { startsIndex, type StartsIndex, type StartsTrees } from './leadingKeys';
import type { PreparedText } from './preparedText';
import type { SignalId } from './signals';
import { alternativesOf } from './terms';
import type { Evidence } from './types';

/** A combined pattern with every term of its signals. */
interface CombinedPattern extends SignalsPattern {
  /** Its terms' sources, where the starts index reads where they may begin. */
  terms: readonly string[];
}

type Three<T> = [words: T, anywhere: T, anywhereAscii: T];

/** A vocabulary's whole patterns and their starts index, per compiled vocabulary. */
export interface WholeState {
  patterns: Three<CombinedPattern[]>;
  /** Built once {@link startsAfter} tweets have been matched by whole scans. */
  starts: Three<StartsIndex> | null;
  /** Tweets matched so far. */
  matched: number;
  /** How many tweets are scanned whole first (tests compare both ways). */
  startsAfter: number;
}

/**
 * Tweets matched by whole scans before the starts index is built: none. Scanning whole first compiled every
 * combined pattern twice (whole, then sticky for the index), which cost a cold batch more than building the index
 * (~0.25 s) does; with the index from the first tweet, even a one-line batch is faster.
 */
const STARTS_AFTER = 0;

const states = new WeakMap<CompiledVocabulary, WholeState>();

function wholePatterns(chunks: readonly PatternChunk[]): CombinedPattern[] {
  return chunks.flatMap((chunk) => {
    const pattern = patternOf(chunk, (signal) => alternativesOf(signal.sources));
    return pattern ? [{ ...pattern, terms: chunk.signals.flatMap((signal) => signal.sources) }] : [];
  });
}

/** The batch's patterns and index for a vocabulary, built on its first tweet. */
export function wholeState(compiled: CompiledVocabulary): WholeState {
  let state = states.get(compiled);
  if (!state) {
    const [words, anywhere, anywhereAscii] = compiled.families;
    state = { patterns: [wholePatterns(words), wholePatterns(anywhere), wholePatterns(anywhereAscii)], starts: null, matched: 0, startsAfter: STARTS_AFTER };
    states.set(compiled, state);
  }
  return state;
}

/** Every match of these patterns, scanning each whole or, with `starts`, trying it only where its terms may start. */
function collectAll(patterns: readonly CombinedPattern[], starts: StartsIndex | undefined, prepared: PreparedText, fired: Map<SignalId, Evidence[]>): void {
  starts?.find(prepared.matchable);
  patterns.forEach((combined, index) => {
    if (starts?.has(index)) starts.each(index, prepared.matchable, (match) => note(match, combined.signals, prepared, fired));
    else collect(combined, prepared, fired);
  });
}

let keptTrees: StartsTrees | undefined;

/**
 * Where the starts index's trees are kept between processes: the CLI's workers keep them beside their bundle and
 * read them instead of building them (~0.25 s each at every start).
 */
export function keepStartsTrees(trees: StartsTrees): void {
  keptTrees = trees;
}

/** Matches a tweet with the whole patterns: what `matchSignals` does in batch code. */
export const matchWhole: WholeMatcher = (compiled, beyondLatin, prepared, fired) => {
  const state = wholeState(compiled);
  const { patterns } = state;
  if (state.starts === null && (state.matched += 1) > state.startsAfter) {
    state.starts = [startsIndex(patterns[0], false, keptTrees), startsIndex(patterns[1], true, keptTrees), startsIndex(patterns[2], true, keptTrees)];
  }
  const family = beyondLatin ? 1 : 2;
  collectAll(patterns[0], state.starts?.[0], prepared, fired);
  collectAll(patterns[family], state.starts?.[family], prepared, fired);
};
