import { distinctEvidence, type Verdict } from './decide';
import { featureHash, foldHash } from './model';
import type { PreparedText } from './preparedText';
import { SIGNALS, type SignalId } from './signals';
import { CATEGORIES, DECISIONS, type Evidence } from './types';

/**
 * What the learned model reads from a tweet: its words and word pairs, Japanese character pairs, emoji, the
 * rules' signals and verdict, and a few facts about its shape. Names are short prefixes plus the thing itself
 * (`w:pipeline`, `b:still_shows`, `s:billing`, `r:expert`), so the weights file stays readable.
 */
export interface TweetFeatures {
  /**
   * Feature names present in the tweet (each counts once), worked out at each call: the trainer reads them once,
   * scoring needs only the hashes. A function, not a getter: a getter of its own on each object kept every tweet's features
   * (through the getter's closure, which V8's map for the object pointed to) until a full garbage collection.
   */
  names: () => string[];
  /** The names' hashes, as the model looks them up. */
  hashes: number[];
  /**
   * Where the word and pair features a reader can weigh sit in the text, to show the words that tipped the model
   * (worked out on demand). Words that only glue a sentence ("wir haben", "heute", "auf") are left out.
   */
  spans: () => ReadonlyMap<string, Evidence>;
}

/** Facts about a tweet's shape the rules hand to the model as `f:` features, besides `f:to_brand`. */
export const RULE_FLAGS = ['off_topic', 'too_short', 'reply_to_person', 'sentiment_positive', 'sentiment_neutral', 'sentiment_negative', 'names_a_person', 'belittling_words', 'look_alike_link'] as const;
export type RuleFlag = (typeof RULE_FLAGS)[number];

/**
 * Every feature the rules can add to a tweet's words: each signal fired, inferred or with several pieces of
 * evidence, the verdict's decision and category, and the flags. A few hundred names, known before any tweet.
 */
export function ruleFeatureHashes(): number[] {
  return [
    ...Object.keys(SIGNALS).flatMap((signal) => Object.values(signalHashes(signal))),
    ...DECISIONS.map((decision) => fixedHash('r:', decision)),
    ...CATEGORIES.map((category) => fixedHash('rc:', category)),
    fixedHash('f:to_brand'),
    ...RULE_FLAGS.map((flag) => fixedHash('f:', flag)),
  ];
}

/** What the rules found, handed to the model as features. */
export interface RuleFindings {
  fired: ReadonlyMap<SignalId, Evidence[]>;
  inferred: ReadonlySet<SignalId>;
  verdict: Verdict;
  addressesBrand: boolean;
  /** Facts about the tweet's shape, named (`reply_to_person`, `off_topic`, ...). */
  flags: readonly RuleFlag[];
}

/** The brand's and the competitors' names as single words; the model sees them as `{brand}` and `{competitor}`. */
export interface NameWords {
  brand: ReadonlySet<string>;
  competitor: ReadonlySet<string>;
}

/** "GitLab", "GitLab.com", "@gitlabstatus" → `gitlab`, `gitlabstatus`; "GitHub Actions" → `github`. */
export function nameWords(brandNames: readonly string[], brandHandles: readonly string[], competitorNames: readonly string[]): NameWords {
  const first = (name: string) => name.trim().toLowerCase().replace(/^@/, '').split(/[\s.]+/)[0] ?? '';
  return {
    brand: new Set([...brandNames, ...brandHandles].map(first).filter((word) => word !== '')),
    competitor: new Set(competitorNames.map(first).filter((word) => word !== '')),
  };
}

const WORD = /[a-z0-9'\u00df-\u024f]+|[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]+|\p{Extended_Pictographic}/gu;
/** Most tweets have no Japanese and no emoji: a plain pattern finds their words several times faster. */
const LATIN_WORD = /[a-z0-9'\u00df-\u024f]+/g;
const BEYOND_LATIN = /[\u2000-\uffff]/;
const DIGITS = /^\d+$/;
const JAPANESE = /^[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;
/** Words too common to say anything, kept out so the weights file stays small. */
const TOO_COMMON = new Set(['a', 'an', 'the', 'and', 'or', 'to', 'of', 'in', 'on', 'at', 'it', 'is', 'de', 'la', 'le', 'el', 'en', 'y', 'e', 'o', 'und', 'der', 'die', 'das']);

/**
 * Words that carry no reason on their own, in the six languages: never shown as evidence. Accents are folded, as in
 * the features.
 */
const FUNCTION_WORDS = new Set([
  ...'i me my we our us you your like he she they them their its it\'s this that these those is are was were be been am have has had do does did will would can could should with for from by about as but if so just all any some there here what when where who which up out into than then too very also today now still again get got our im i\'m we\'re you\'re'.split(' '),
  ...'wir haben heute auf ich du sie er es ist sind war mit fur von zu im am ein eine einen den dem des nicht auch noch schon jetzt mal so aber wenn dass bei nach aus unsere unser unseren mein meine euer eure ihr hat habe wird werden kann konnen alles'.split(' '),
  ...'que los las un una por para con mi mis nos nuestro esta son hoy ya pero muy al del lo se su sus me te'.split(' '),
  ...'je nous vous il elle les une des du pour avec sur dans est sont pas ne mon ma mes notre votre ce cette qui aujourd\'hui au aux'.split(' '),
  ...'os as um uma com no na meu minha nosso hoje ja mas muito do da dos das'.split(' '),
]);
const KANA_ONLY = /^[\u3040-\u309f]+$/;

/** Whether a word or pair feature means something to a reader on its own. */
function readable(name: string): boolean {
  const body = name.slice(2);
  if (name.startsWith('#')) return false;
  if (name.startsWith('j:')) return !KANA_ONLY.test(body);
  const words = body.split('_');
  // A number says something only beside the words it counts, and those words are evidence enough.
  return words.every((word) => !word.startsWith('#')) && words.some((word) => !FUNCTION_WORDS.has(word) && !word.startsWith('{'));
}

/** Numbers stand for their shape: `502` is `#5xx`, `2024` is `#4`, so codes generalise and years do not clutter. */
function wordFeature(word: string): string {
  if (!DIGITS.test(word)) return `w:${word}`;
  return word.length === 3 ? `#${word[0] ?? ''}xx` : `#${Math.min(word.length, 5)}`;
}

function bare(feature: string): string {
  return feature.startsWith('w:') ? feature.slice(2) : feature;
}

/** FNV-1a's offset basis and prime, as in {@link featureHash}: a feature's hash grows letter by letter. */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashMore(hash: number, text: string, from = 0, to = text.length): number {
  let next = hash;
  for (let index = from; index < to; index += 1) next = Math.imul(next ^ text.charCodeAt(index), FNV_PRIME);
  return next;
}

const W_PREFIX = hashMore(FNV_OFFSET, 'w:');
const B_PREFIX = hashMore(FNV_OFFSET, 'b:');
const UNDERSCORE = '_'.charCodeAt(0);

/** Hashes of the fixed feature names (signals, verdicts, flags), worked out once each, by prefix and then name. */
const FIXED_HASHES = new Map<string, Map<string, number>>();
function fixedHash(prefix: string, name = ''): number {
  let byName = FIXED_HASHES.get(prefix);
  if (!byName) {
    byName = new Map();
    FIXED_HASHES.set(prefix, byName);
  }
  let hash = byName.get(name);
  if (hash === undefined) {
    hash = featureHash(`${prefix}${name}`);
    byName.set(name, hash);
  }
  return hash;
}

/** The three features of a signal, `s:id`, `s:id:inferred` and `s:id:several`, by signal. */
const SIGNAL_HASHES = new Map<string, { fired: number; inferred: number; several: number }>();
function signalHashes(signal: string): { fired: number; inferred: number; several: number } {
  let hashes = SIGNAL_HASHES.get(signal);
  if (!hashes) {
    hashes = { fired: featureHash(`s:${signal}`), inferred: featureHash(`s:${signal}:inferred`), several: featureHash(`s:${signal}:several`) };
    SIGNAL_HASHES.set(signal, hashes);
  }
  return hashes;
}

/**
 * The hashes of every feature name {@link readWords} would note, in the same order, without building the names: one
 * pass over the words hashes each word and pair as it goes. Names that share a hash count once.
 */
function wordHashes(prepared: PreparedText, names: NameWords, note: (hash: number) => void): void {
  const text = prepared.matchable;
  const words = BEYOND_LATIN.test(text) ? WORD : LATIN_WORD;
  words.lastIndex = 0;
  // The previous word as the pair feature spells it: `text[previousStart, previousEnd)`, or `previousBare` when it is not the text's spelling.
  let hasPrevious = false;
  let previousBare: string | null = null;
  let previousStart = 0;
  let previousEnd = 0;
  for (let match = words.exec(text); match !== null; match = words.exec(text)) {
    const token = match[0];
    const start = match.index;
    const end = start + token.length;
    if (words === WORD && (PICTOGRAPH.test(token) || JAPANESE.test(token))) {
      if (PICTOGRAPH.test(token)) note(featureHash(`e:${token}`));
      else {
        if (token.length === 1) note(featureHash(`j:${token}`));
        for (let index = 0; index + 2 <= token.length; index += 1) note(foldHash(hashMore(hashMore(FNV_OFFSET, 'j:'), token, index, index + 2)));
      }
      hasPrevious = false;
      continue;
    }
    if (TOO_COMMON.has(token)) {
      [hasPrevious, previousBare, previousStart, previousEnd] = [true, null, start, end];
      continue;
    }
    const special = names.brand.has(token) ? '{brand}' : names.competitor.has(token) ? '{competitor}' : DIGITS.test(token) ? wordFeature(token) : null;
    // `w:` words lose their prefix in pairs; numbers (`#5xx`) have none.
    note(special === null ? foldHash(hashMore(W_PREFIX, text, start, end)) : special.startsWith('#') ? fixedHash('', special) : fixedHash('w:', special));
    if (hasPrevious) {
      let pair = previousBare === null ? hashMore(B_PREFIX, text, previousStart, previousEnd) : hashMore(B_PREFIX, previousBare);
      pair = Math.imul(pair ^ UNDERSCORE, FNV_PRIME);
      pair = special === null ? hashMore(pair, text, start, end) : hashMore(pair, special);
      note(foldHash(pair));
    }
    [hasPrevious, previousBare, previousStart, previousEnd] = [true, special, start, end];
  }
}

/**
 * The hashes of the tweet's word, pair, Japanese and emoji features, in the order {@link tweetFeatures} notes them
 * first: what the words alone ask of the model, known before any rule has run.
 */
export function wordFeatureHashes(prepared: PreparedText, names: NameWords): number[] {
  const seen = new Set<number>();
  wordHashes(prepared, names, (hash) => seen.add(hash));
  return [...seen];
}

/** Reads the model's features from a prepared tweet and what the rules found in it. */
export function tweetFeatures(prepared: PreparedText, findings: RuleFindings, names: NameWords): TweetFeatures {
  const seen = new Set<number>();
  const hashes: number[] = [];
  const note = (hash: number) => {
    if (seen.has(hash)) return;
    seen.add(hash);
    hashes.push(hash);
  };
  wordHashes(prepared, names, note);
  for (const [signal, evidence] of findings.fired) {
    const signalHash = signalHashes(signal);
    note(signalHash.fired);
    if (findings.inferred.has(signal)) note(signalHash.inferred);
    else if (distinctEvidence(evidence) >= 2) note(signalHash.several);
  }
  note(fixedHash('r:', findings.verdict.decision));
  note(fixedHash('rc:', findings.verdict.category));
  if (findings.addressesBrand) note(fixedHash('f:to_brand'));
  for (const flag of findings.flags) note(fixedHash('f:', flag));
  let spans: Map<string, Evidence> | undefined;
  return {
    names: () => namesOf(prepared, findings, names),
    hashes,
    // Where each word sits is needed only to explain a decision: found again then, not for every tweet.
    spans: () => {
      spans ??= new Map();
      const found = spans;
      readWords(prepared, names, (name, start, end) => {
        if (!found.has(name) && readable(name)) found.set(name, { text: prepared.text.slice(start, end), start, end });
      });
      return found;
    },
  };
}

/** The feature names of a tweet, one per hash, in the order of {@link TweetFeatures.hashes}. */
function namesOf(prepared: PreparedText, findings: RuleFindings, names: NameWords): string[] {
  const byHash = new Map<number, string>();
  const add = (name: string) => {
    const hash = featureHash(name);
    if (!byHash.has(hash)) byHash.set(hash, name);
  };
  readWords(prepared, names, add);
  for (const [signal, evidence] of findings.fired) {
    add(`s:${signal}`);
    if (findings.inferred.has(signal)) add(`s:${signal}:inferred`);
    else if (distinctEvidence(evidence) >= 2) add(`s:${signal}:several`);
  }
  add(`r:${findings.verdict.decision}`);
  add(`rc:${findings.verdict.category}`);
  if (findings.addressesBrand) add('f:to_brand');
  for (const flag of findings.flags) add(`f:${flag}`);
  return [...byHash.values()];
}

/** Calls `note` for every word, word pair, Japanese character pair and emoji feature, with where it sits. */
function readWords(prepared: PreparedText, names: NameWords, note: (name: string, start: number, end: number) => void): void {
  let previous: { feature: string; start: number } | undefined;
  const words = BEYOND_LATIN.test(prepared.matchable) ? WORD : LATIN_WORD;
  for (const match of prepared.matchable.matchAll(words)) {
    const token = match[0];
    const start = match.index;
    const end = start + token.length;
    if (words === WORD && PICTOGRAPH.test(token)) {
      note(`e:${token}`, start, end);
      previous = undefined;
      continue;
    }
    if (words === WORD && JAPANESE.test(token)) {
      // Japanese has no spaces: pairs of characters stand in for words.
      if (token.length === 1) note(`j:${token}`, start, end);
      for (let index = 0; index + 2 <= token.length; index += 1) note(`j:${token.slice(index, index + 2)}`, start + index, start + index + 2);
      previous = undefined;
      continue;
    }
    if (TOO_COMMON.has(token)) {
      previous = { feature: token, start };
      continue;
    }
    // The brand is a setting: the model learns "{brand}", not GitLab, and the same for competitors.
    const feature = names.brand.has(token) ? 'w:{brand}' : names.competitor.has(token) ? 'w:{competitor}' : wordFeature(token);
    note(feature, start, end);
    if (previous) note(`b:${bare(previous.feature)}_${bare(feature)}`, previous.start, end);
    previous = { feature, start };
  }
}
