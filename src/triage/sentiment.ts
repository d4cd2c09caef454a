import { AFINN_BY_VALENCE } from './afinnLexicon';
import { readFrontCoded } from './frontCoded';
import { EMOJI_VALENCES, EXTRA_VALENCES, JAPANESE_VALENCES, NEUTRAL_IN_CONTEXT, WORD_CHARACTERS } from './sentimentLexicon';
import type { Evidence, Sentiment } from './types';

/** The sentiment of a tweet and the words that carried it. */
export interface SentimentReading {
  /** Score and label. */
  sentiment: Sentiment;
  /** Words that pulled the score up. */
  positive: Evidence[];
  /** Words that pulled the score down. */
  negative: Evidence[];
}

const NEGATORS = new Set(['not', "don't", 'dont', "doesn't", 'doesnt', "isn't", 'isnt', 'never', 'no', "wasn't", "can't", 'cant', 'nicht', 'kein', 'keine', 'pas', 'nao', 'nunca']);
/** Words of the prepared text, which is lower-cased and accent-folded: plain ranges, no slow Unicode classes. */
const WORD = new RegExp(`[${WORD_CHARACTERS}]+`, 'g');
/** VADER's normalisation constant: a single strong word lands near ±0.6, several saturate towards ±1. */
const NORMALISATION = 15;
/** Labels need at least one clearly valenced word. */
const LABEL_THRESHOLD = 0.2;

/** One Map lookup per word: far faster than a 3,000-key object, and immune to keys like "constructor". */
const VALENCES: ReadonlyMap<string, number> = new Map([
  // AFINN-165 as the sentiment can use it (`scripts/make-afinn-lexicon.ts`); our own words after, so they win.
  ...Object.entries(AFINN_BY_VALENCE).flatMap(([valence, words]) => readFrontCoded(words).map((word) => [word, Number(valence)] as const)),
  ...Object.entries(EXTRA_VALENCES).filter(([word]) => !NEUTRAL_IN_CONTEXT.has(word)),
]);
const JAPANESE_ENTRIES = Object.entries(JAPANESE_VALENCES);
const EMOJI_ENTRIES = Object.entries(EMOJI_VALENCES);
/** Japanese and emoji sit above U+2000; most tweets have neither and skip those scans. */
const BEYOND_LATIN = /[\u2000-\uffff]/;

function labelFor(score: number): Sentiment['label'] {
  if (score >= LABEL_THRESHOLD) return 'positive';
  if (score <= -LABEL_THRESHOLD) return 'negative';
  return 'neutral';
}

function scanSubstrings(text: string, valences: readonly [string, number][], visit: (evidence: Evidence, valence: number) => void): void {
  for (const [needle, valence] of valences) {
    for (let start = text.indexOf(needle); start !== -1; start = text.indexOf(needle, start + needle.length)) {
      visit({ text: needle, start, end: start + needle.length }, valence);
    }
  }
}

/**
 * Scores a prepared tweet with AFINN-165 plus our multilingual and emoji lists; a negator just before a word
 * flips it. `text` gives evidence its original spelling; `matchable` is the same length, accents folded.
 */
export function readSentiment(text: string, matchable: string): SentimentReading {
  const positive: Evidence[] = [];
  const negative: Evidence[] = [];
  let total = 0;
  let previous = '';
  WORD.lastIndex = 0;
  for (let match = WORD.exec(matchable); match !== null; match = WORD.exec(matchable)) {
    const word = match[0];
    const found = VALENCES.get(word);
    if (found !== undefined) {
      const start = match.index;
      const valence = NEGATORS.has(previous) ? -found : found;
      total += valence;
      (valence > 0 ? positive : negative).push({ text: text.slice(start, start + word.length), start, end: start + word.length });
    }
    previous = word;
  }
  if (BEYOND_LATIN.test(matchable)) {
    const visit = (evidence: Evidence, valence: number) => {
      total += valence;
      (valence > 0 ? positive : negative).push(evidence);
    };
    scanSubstrings(matchable, JAPANESE_ENTRIES, visit);
    scanSubstrings(matchable, EMOJI_ENTRIES, visit);
  }
  const score = total / Math.sqrt(total * total + NORMALISATION);
  return { sentiment: { score: Math.round(score * 1000) / 1000, label: labelFor(score) }, positive, negative };
}
