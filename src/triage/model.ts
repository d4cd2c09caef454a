import type { TweetFeatures } from './features';
import type { Evidence, SkipReason } from './types';

/**
 * A linear model over {@link TweetFeatures}: one weight per feature and class, softmax over the sums. Trained by
 * `npm run triage:train` on the labelled sets in `data/triage/`; the weights live in `model.json`.
 */
export interface LinearModel<Label extends string> {
  labels: readonly Label[];
  bias: readonly number[];
  /** Weights per feature name, one per label, in `labels` order. */
  weights: Readonly<Record<string, readonly number[]>>;
}

/** The model's answer for one tweet. */
export interface Scored<Label extends string> {
  label: Label;
  /** Probability per label, in the model's label order. */
  probabilities: number[];
}

/** A model ready to score: one row of weights per feature hash. */
export interface CompiledModel<Label extends string> {
  labels: readonly Label[];
  bias: readonly number[];
  weights: ReadonlyMap<number, readonly number[]>;
}

/** What the decision model answers: involve, expert, or one of the skip reasons only words can show. */
export type Outcome = 'involve' | 'expert' | Extract<SkipReason, 'hostile' | 'spam' | 'off_topic'>;
export const OUTCOMES: readonly Outcome[] = ['involve', 'expert', 'hostile', 'spam', 'off_topic'];

/** Words shown as the model's reason: enough to see why, few enough to read. */
const MAX_EVIDENCE = 4;
/** Feature names become 24-bit hashes: no names to ship, and few enough bits that the gaps between them pack small. */
const HASH_BITS = 24;
const HASH_MASK = (1 << HASH_BITS) - 1;

/** FNV-1a over the UTF-16 code units, folded to {@link HASH_BITS}: the same number in the trainer and the browser. */
export function featureHash(name: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < name.length; index += 1) {
    hash ^= name.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return foldHash(hash);
}

/** The last step of {@link featureHash}, for callers that grow the 32-bit FNV-1a state themselves. */
export function foldHash(hash: number): number {
  return ((hash >>> HASH_BITS) ^ hash) & HASH_MASK;
}

/**
 * The decision and category models as `model.json` stores them, compact for the browser: one sorted list of feature
 * hashes for both, and every weight as one character of a 64-letter alphabet (a 6-bit step of the model's largest
 * weight). Weights are text, not base64 of bytes, so gzip's Huffman codes can squeeze the many small ones; the
 * hashes, as random as hashes are, go as packed bits (Rice codes of the gaps), which gzip cannot squeeze anyway.
 */
export interface StoredPair<First extends string, Second extends string> {
  /** Sorted feature hashes, the gaps between them Rice-coded with `keyBits` low bits, six bits a letter. */
  keys: string;
  keyBits: number;
  /** How many hashes `keys` holds (its last letter may have spare bits). */
  keyCount: number;
  first: StoredWeights<First>;
  second: StoredWeights<Second>;
  /**
   * One bit a key, six a letter: set when more than {@link RARE_IN_TWEETS} training tweets have the feature. The
   * sidebar's build keeps these keys in the triage chunk and puts the rest in {@link MODEL_PIECES} pieces by hash
   * range, fetched for a ticket's own features (`modelInPieces.ts`). Absent: every key is kept.
   */
  frequent?: string;
}

/** Sorted 24-bit hashes (or their top bits), the gaps Rice-coded with `keyBits` low bits, six bits a letter. */
export interface StoredKeys {
  keys: string;
  keyBits: number;
  /** How many hashes `keys` holds (its last letter may have spare bits). */
  keyCount: number;
}

/**
 * The rare keys of one hash range and their rows, as one small module of the sidebar's build: a list, not an object,
 * since field names would be a good part of each piece's bytes. Keys count from the range's first hash; labels,
 * biases and steps are the whole pair's.
 */
export type StoredPiece = [piece: number, keys: string, keyBits: number, keyCount: number, firstRows: string, firstWeights: string, secondRows: string, secondWeights: string];

type PieceWeights = Pick<StoredWeights<string>, 'rows' | 'weights'>;

export interface StoredWeights<Label extends string> {
  labels: readonly Label[];
  bias: readonly number[];
  /** The size of one unit of a stored weight. */
  step: number;
  /** Which keys this model has weights for: one bit a key, six a letter (the category model weighs far fewer words). */
  rows: string;
  /** `labels.length` letters per key it has weights for, each a weight of -31..31 steps. */
  weights: string;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LEVELS = 31;
const ZERO = LEVELS + 1;
const LETTER_BITS = 6;
/** Each letter's value by character code (-1: not a letter): a table lookup per letter keeps compiling the model fast. */
const VALUE_OF_CODE = new Int8Array(128).fill(-1);
for (let index = 0; index < LETTERS.length; index += 1) VALUE_OF_CODE[LETTERS.charCodeAt(index)] = index;

function letterValue(code: number, otherwise: number): number {
  const value = VALUE_OF_CODE[code] ?? -1;
  return value < 0 ? otherwise : value;
}

/** Rows keyed by hash; features that share a hash add up, as they would when scored. */
export function hashedRows(model: LinearModel<string>): Map<number, number[]> {
  const rows = new Map<number, number[]>();
  for (const [name, weights] of Object.entries(model.weights)) {
    const hash = featureHash(name);
    const row = rows.get(hash) ?? model.labels.map(() => 0);
    weights.forEach((weight, index) => (row[index] = (row[index] ?? 0) + weight));
    rows.set(hash, row);
  }
  return rows;
}

/** Bits written most significant first, six a letter. */
class BitWriter {
  private text = '';
  private value = 0;
  private filled = 0;

  write(value: number, bits: number): void {
    for (let bit = bits - 1; bit >= 0; bit -= 1) {
      this.value = (this.value << 1) | (Math.floor(value / 2 ** bit) & 1);
      this.filled += 1;
      if (this.filled === LETTER_BITS) this.flush();
    }
  }

  done(): string {
    if (this.filled > 0) {
      this.value <<= LETTER_BITS - this.filled;
      this.flush();
    }
    return this.text;
  }

  private flush(): void {
    this.text += LETTERS[this.value] ?? 'A';
    this.value = 0;
    this.filled = 0;
  }
}

/** Reads what a {@link BitWriter} wrote. */
function bitReader(text: string): () => number {
  let at = 0;
  let value = 0;
  let left = 0;
  return () => {
    if (left === 0) {
      value = letterValue(text.charCodeAt(at), 0);
      at += 1;
      left = LETTER_BITS;
    }
    left -= 1;
    return (value >> left) & 1;
  };
}

/** Rice codes of the gaps between sorted hashes: the gap's high part in unary, then its `bits` low bits. */
function storeKeys(hashes: readonly number[], base = 0): { keys: string; keyBits: number } {
  const mean = ((hashes.at(-1) ?? base) - base) / Math.max(1, hashes.length);
  const keyBits = Math.max(0, Math.floor(Math.log2(Math.max(1, mean))));
  const writer = new BitWriter();
  let previous = base;
  for (const hash of hashes) {
    const gap = hash - previous;
    for (let high = Math.floor(gap / 2 ** keyBits); high > 0; high -= 1) writer.write(1, 1);
    writer.write(0, 1);
    writer.write(gap % 2 ** keyBits, keyBits);
    previous = hash;
  }
  return { keys: writer.done(), keyBits };
}

/**
 * Training tweets a feature may appear in and still wait in a piece: most of the keys, few of any tweet's features. 32
 * until the eighth pass; with 6,274 training tweets (blind6, blind7 and heldout-11 joined) 32 kept 549 keys in the chunk
 * and the way to the bench ticket's suggestion was 149,359 B gzip (guard 148,500); 40: 433 keys, 148,690 B; 48: 348
 * keys, 148,430 B (14 pieces, 3.6 kB; 2.2 kB for a real training tweet on average); 64: 238 keys, 148,452 B.
 */
export const RARE_IN_TWEETS = 48;
/** How many pieces the rare keys come in, by the top bits of their hash. */
export const MODEL_PIECES = 256;
const PIECE_SHIFT = HASH_BITS - Math.log2(MODEL_PIECES);

/** The piece a rare feature's key waits in. */
export function pieceOf(hash: number): number {
  return hash >>> PIECE_SHIFT;
}

/** The {@link StoredPair.frequent} bits for `hashes` (sorted), from every training tweet's feature hashes. */
export function frequentKeys(hashes: readonly number[], tweets: readonly (readonly number[])[]): string {
  const counts = new Map<number, number>();
  for (const tweet of tweets) for (const hash of new Set(tweet)) counts.set(hash, (counts.get(hash) ?? 0) + 1);
  const writer = new BitWriter();
  for (const hash of hashes) writer.write((counts.get(hash) ?? 0) > RARE_IN_TWEETS ? 1 : 0, 1);
  return writer.done();
}

/** The pair's keys in order, as `model.json` stores them. */
export function pairKeys(stored: StoredPair<string, string>): Int32Array {
  return readKeys(stored.keys, stored.keyBits, stored.keyCount);
}

/** One side's stored rows, only those of the kept keys: the same letters, so the same weights. */
function sideOnly<Label extends string>(stored: StoredWeights<Label>, kept: readonly boolean[]): StoredWeights<Label> {
  const present = bitReader(stored.rows);
  const rows = new BitWriter();
  const width = stored.labels.length;
  let weights = '';
  let at = 0;
  for (const keep of kept) {
    if (present() === 0) {
      if (keep) rows.write(0, 1);
      continue;
    }
    if (keep) {
      rows.write(1, 1);
      weights += stored.weights.slice(at, at + width);
    }
    at += width;
  }
  return { labels: stored.labels, bias: stored.bias, step: stored.step, rows: rows.done(), weights };
}

/**
 * The part of a stored pair that holds only the keys `keep` accepts, with their weights' letters as they were: the
 * parts of a pair, compiled together ({@link compileParts}), score every feature as the whole pair does.
 */
export function pairPart<First extends string, Second extends string>(stored: StoredPair<First, Second>, keep: (hash: number, index: number) => boolean, base = 0): StoredPair<First, Second> {
  const hashes = pairKeys(stored);
  const kept = Array.from(hashes, (hash, index) => keep(hash, index));
  const keys = Array.from(hashes).filter((_, index) => kept[index]);
  return { ...storeKeys(keys, base), keyCount: keys.length, first: sideOnly(stored.first, kept), second: sideOnly(stored.second, kept) };
}

/** Whether each key of a stored pair is frequent ({@link StoredPair.frequent}); all are when the pair does not say. */
export function frequentFlags(stored: StoredPair<string, string>): boolean[] {
  if (stored.frequent === undefined) return Array.from({ length: stored.keyCount }, () => true);
  const read = bitReader(stored.frequent);
  return Array.from({ length: stored.keyCount }, () => read() === 1);
}

/** Top bits of a rare key's hash the triage chunk keeps, so that a word the model never saw fetches no piece. */
const RARE_FILTER_BITS = 17;
const RARE_FILTER_SHIFT = HASH_BITS - RARE_FILTER_BITS;

/** The pair as the sidebar fetches it (vite.config.ts, `triageModelPieces`). */
export interface PairInPieces<First extends string, Second extends string> {
  /** The frequent keys, with the pair's labels, biases and steps. */
  frequent: StoredPair<First, Second>;
  /** The rare keys' top {@link RARE_FILTER_BITS} bits: a feature outside them has no row in any piece. */
  rare: StoredKeys;
  /** The rare keys by {@link pieceOf}, with their rows. */
  pieces: StoredPiece[];
}

/**
 * Splits the pair: the frequent keys, and `alsoFrequent` (the rules' features, so that the pieces a ticket needs
 * follow from its words alone), stay together; the rest go to pieces by hash range.
 */
export function pairPieces<First extends string, Second extends string>(stored: StoredPair<First, Second>, alsoFrequent: ReadonlySet<number> = new Set()): PairInPieces<First, Second> {
  const flags = frequentFlags(stored);
  const hashes = pairKeys(stored);
  const isFrequent = (index: number) => flags[index] === true || alsoFrequent.has(hashes[index] ?? -1);
  const rareTops = [...new Set(Array.from(hashes).filter((_, index) => !isFrequent(index)).map((hash) => hash >>> RARE_FILTER_SHIFT))];
  const pieceOf = (piece: number): StoredPiece => {
    const { keys, keyBits, keyCount, first, second } = pairPart(stored, (hash, index) => !isFrequent(index) && hash >>> PIECE_SHIFT === piece, piece << PIECE_SHIFT);
    return [piece, keys, keyBits, keyCount, first.rows, first.weights, second.rows, second.weights];
  };
  const { frequent: _frequent, ...frequent } = pairPart(stored, (_, index) => isFrequent(index));
  return {
    frequent,
    rare: { ...storeKeys(rareTops), keyCount: rareTops.length },
    pieces: Array.from({ length: MODEL_PIECES }, (_, piece) => pieceOf(piece)),
  };
}

/** The rare keys' top bits as a bit set, one bit per value of {@link RARE_FILTER_BITS} bits. */
export function readRareFilter(rare: StoredKeys): Uint8Array {
  const bits = new Uint8Array(2 ** RARE_FILTER_BITS / 8);
  for (const top of readKeys(rare.keys, rare.keyBits, rare.keyCount)) bits[top >>> 3] = (bits[top >>> 3] ?? 0) | (1 << (top & 7));
  return bits;
}

/** Whether a feature may have a row in a piece (false: none has it; true: one may, a few unseen words do too). */
export function mayBeRare(filter: Uint8Array, hash: number): boolean {
  const top = hash >>> RARE_FILTER_SHIFT;
  return ((filter[top >>> 3] ?? 0) & (1 << (top & 7))) !== 0;
}

function readKeys(keys: string, keyBits: number, keyCount: number, base = 0): Int32Array {
  const hashes = new Int32Array(keyCount);
  // Bits not yet used, most significant first: `bits` of them in `buffer`. Plain loops, not a reader per bit:
  // this runs once per panel, before V8 has optimised anything.
  let buffer = 0;
  let bits = 0;
  let at = 0;
  let hash = base;
  for (let index = 0; index < keyCount; index += 1) {
    let high = 0;
    for (;;) {
      if (bits === 0) {
        buffer = letterValue(keys.charCodeAt(at), 0);
        at += 1;
        bits = LETTER_BITS;
      }
      bits -= 1;
      if (((buffer >> bits) & 1) === 0) break;
      high += 1;
    }
    while (bits < keyBits) {
      buffer = ((buffer & ((1 << bits) - 1)) << LETTER_BITS) | letterValue(keys.charCodeAt(at), 0);
      at += 1;
      bits += LETTER_BITS;
    }
    bits -= keyBits;
    hash += high * 2 ** keyBits + ((buffer >> bits) & ((1 << keyBits) - 1));
    hashes[index] = hash;
  }
  return hashes;
}

function storeWeights<Label extends string>(model: LinearModel<Label>, rows: Map<number, number[]>, hashes: readonly number[]): StoredWeights<Label> {
  const largest = Math.max(1e-9, ...[...rows.values()].flatMap((row) => row.map(Math.abs)));
  const step = Math.ceil((largest / LEVELS) * 1e6) / 1e6;
  const present = new BitWriter();
  let weights = '';
  for (const hash of hashes) {
    const letters = model.labels.map((_, index) => LETTERS[ZERO + Math.round((rows.get(hash)?.[index] ?? 0) / step)] ?? 'g').join('');
    // A row that rounds to nothing is not stored: the key is the other model's.
    const stored = /[^g]/.test(letters);
    present.write(stored ? 1 : 0, 1);
    if (stored) weights += letters;
  }
  return { labels: model.labels, bias: model.bias.map((value) => Math.round(value * 1000) / 1000), step, rows: present.done(), weights };
}

export function storePair<First extends string, Second extends string>(first: LinearModel<First>, second: LinearModel<Second>): StoredPair<First, Second> {
  const firstRows = hashedRows(first);
  const secondRows = hashedRows(second);
  const hashes = [...new Set([...firstRows.keys(), ...secondRows.keys()])].sort((a, b) => a - b);
  return { ...storeKeys(hashes), keyCount: hashes.length, first: storeWeights(first, firstRows, hashes), second: storeWeights(second, secondRows, hashes) };
}

/** One model's weights, straight into the pair's flat rows (row `i` is key `i`; a key it does not weigh stays zeros). */
function readSide<Label extends string>(pair: StoredWeights<Label>, stored: PieceWeights, keyCount: number): PairSide<Label> {
  const width = pair.labels.length;
  const rows = new Float64Array(keyCount * width);
  const present = bitReader(stored.rows);
  let at = 0;
  for (let key = 0; key < keyCount; key += 1) {
    if (present() === 0) continue;
    for (let column = 0, to = key * width; column < width; column += 1, at += 1, to += 1) rows[to] = (letterValue(stored.weights.charCodeAt(at), ZERO) - ZERO) * pair.step;
  }
  return { labels: pair.labels, bias: pair.bias, rows, weighed: at / width };
}

/**
 * Reads both models back from `model.json`, ready to score together: the keys into the lookup table, the letters
 * straight into flat rows. No map or array per feature: compiling is on the way to the panel's suggestion.
 */
export function compilePair<First extends string, Second extends string>(stored: StoredPair<First, Second>): ModelPair<First, Second> {
  return compileParts(stored, []);
}

/** A pair's frequent part and some of its pieces ({@link pairPieces}), ready to score as one: rows in part order. */
export function compileParts<First extends string, Second extends string>(head: StoredPair<First, Second>, pieces: readonly StoredPiece[]): ModelPair<First, Second> {
  const parts: { keys: Int32Array; first: PieceWeights; second: PieceWeights }[] = [
    { keys: pairKeys(head), first: head.first, second: head.second },
    ...pieces.map(([piece, keys, keyBits, keyCount, firstRows, firstWeights, secondRows, secondWeights]) => ({
      keys: readKeys(keys, keyBits, keyCount, piece << PIECE_SHIFT),
      first: { rows: firstRows, weights: firstWeights },
      second: { rows: secondRows, weights: secondWeights },
    })),
  ];
  const keyed = parts.map((part) => part.keys);
  const total = keyed.reduce((sum, hashes) => sum + hashes.length, 0);
  // At most half full, so a lookup probes one or two slots.
  let size = 16;
  while (size < total * 2) size *= 2;
  const slotKeys = new Int32Array(size);
  const slotRows = new Int32Array(size);
  let row = 0;
  for (const hashes of keyed) {
    for (const hash of hashes) {
      let slot = hash & (size - 1);
      while (slotKeys[slot] !== 0) slot = (slot + 1) & (size - 1);
      slotKeys[slot] = hash + 1;
      slotRows[slot] = row;
      row += 1;
    }
  }
  const first = joinSides(parts.map((part, index) => readSide(head.first, part.first, keyed[index]?.length ?? 0)));
  const second = joinSides(parts.map((part, index) => readSide(head.second, part.second, keyed[index]?.length ?? 0)));
  return { first, second, slotKeys, slotRows };
}

/** One side's rows of every part, end to end (a single part is used as it is). */
function joinSides<Label extends string>(sides: readonly PairSide<Label>[]): PairSide<Label> {
  const [head] = sides;
  if (!head) throw new Error('a model pair needs one part at least');
  if (sides.length === 1) return head;
  const rows = new Float64Array(sides.reduce((sum, side) => sum + side.rows.length, 0));
  let at = 0;
  for (const side of sides) {
    rows.set(side.rows, at);
    at += side.rows.length;
  }
  return { labels: head.labels, bias: head.bias, rows, weighed: sides.reduce((sum, side) => sum + side.weighed, 0) };
}

/** One model of a pair on its own, as {@link score} takes it (the trainer compares it with full precision). */
export function sideModel<Label extends string>(pair: ModelPair<string, string>, side: PairSide<Label>): CompiledModel<Label> {
  const width = side.labels.length;
  const weights = new Map<number, number[]>();
  for (let slot = 0; slot < pair.slotKeys.length; slot += 1) {
    const key = pair.slotKeys[slot] ?? 0;
    if (key === 0) continue;
    const at = (pair.slotRows[slot] ?? 0) * width;
    const row = Array.from(side.rows.subarray(at, at + width));
    if (row.some((weight) => weight !== 0)) weights.set(key - 1, row);
  }
  return { labels: side.labels, bias: side.bias, weights };
}

/** A trained model ready to score, at full precision. */
export function compileModel<Label extends string>(model: LinearModel<Label>): CompiledModel<Label> {
  return { labels: model.labels, bias: model.bias, weights: hashedRows(model) };
}

/** Scores a tweet's features: softmax over the summed weights. */
export function score<Label extends string>(model: CompiledModel<Label>, features: TweetFeatures): Scored<Label> {
  const sums = [...model.bias];
  for (const hash of features.hashes) {
    const weights = model.weights.get(hash);
    if (!weights) continue;
    for (let index = 0; index < sums.length; index += 1) sums[index] = (sums[index] ?? 0) + (weights[index] ?? 0);
  }
  return softmax(model.labels, sums);
}

/** One model of a {@link ModelPair}. */
export interface PairSide<Label extends string> {
  labels: readonly Label[];
  bias: readonly number[];
  /** `labels.length` weights per row, the pair's rows in order (zeros where this model does not weigh the feature). */
  rows: Float64Array;
  /** How many rows this model weighs. */
  weighed: number;
}

/**
 * Two models over the same features: one lookup per feature gives a row in both, and the rows sit in two flat
 * arrays (a model without weights for a feature has zeros there, which add nothing).
 */
export interface ModelPair<First extends string, Second extends string> {
  first: PairSide<First>;
  second: PairSide<Second>;
  /**
   * The row of each feature hash, as an open-addressing table: slot `hash & (size - 1)` onwards holds `hash + 1` in
   * `slotKeys` (0: empty) and its row in `slotRows`. Typed arrays, because a `Map` lookup per feature was most of
   * the scoring's time.
   */
  slotKeys: Int32Array;
  slotRows: Int32Array;
}

/** Whether either model of the pair weighs the feature with this hash. */
export function weighsHash(pair: ModelPair<string, string>, hash: number): boolean {
  return rowOfHash(pair.slotKeys, pair.slotRows, hash) >= 0;
}

/** The row of `hash` in a pair's flat arrays, or -1 when neither model weighs it. */
function rowOfHash(slotKeys: Int32Array, slotRows: Int32Array, hash: number): number {
  const mask = slotKeys.length - 1;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const key = slotKeys[slot] ?? 0;
    if (key === hash + 1) return slotRows[slot] ?? -1;
    if (key === 0) return -1;
  }
}

function softmax<Label extends string>(labels: readonly Label[], sums: ArrayLike<number>): Scored<Label> {
  let best = 0;
  for (let index = 1; index < sums.length; index += 1) if ((sums[index] ?? 0) > (sums[best] ?? 0)) best = index;
  const top = sums[best] ?? 0;
  const probabilities: number[] = [];
  let total = 0;
  for (let index = 0; index < sums.length; index += 1) {
    const exp = Math.exp((sums[index] ?? 0) - top);
    probabilities.push(exp);
    total += exp;
  }
  for (let index = 0; index < probabilities.length; index += 1) probabilities[index] = (probabilities[index] ?? 0) / total;
  return { label: labels[best] as Label, probabilities };
}

/** Scores a tweet with both models of a pair; the same answers as {@link score} on each. */
export function scorePair<First extends string, Second extends string>(pair: ModelPair<First, Second>, features: TweetFeatures): [Scored<First>, Scored<Second>] {
  // The constructor copies an array directly; `Float64Array.from` would walk an iterator.
  const first = new Float64Array(pair.first.bias);
  const second = new Float64Array(pair.second.bias);
  const firstWidth = first.length;
  const secondWidth = second.length;
  const { slotKeys, slotRows } = pair;
  const firstRows = pair.first.rows;
  const secondRows = pair.second.rows;
  const { hashes } = features;
  for (let feature = 0; feature < hashes.length; feature += 1) {
    const row = rowOfHash(slotKeys, slotRows, hashes[feature] ?? -1);
    if (row < 0) continue;
    for (let index = 0, at = row * firstWidth; index < firstWidth; index += 1, at += 1) first[index] = (first[index] ?? 0) + (firstRows[at] ?? 0);
    for (let index = 0, at = row * secondWidth; index < secondWidth; index += 1, at += 1) second[index] = (second[index] ?? 0) + (secondRows[at] ?? 0);
  }
  return [softmax(pair.first.labels, first), softmax(pair.second.labels, second)];
}

/**
 * The tweet's words whose weights in the pair's first model favour `answer` over `against` (or over every other
 * label) most, in text order. Words a reader cannot weigh (pairs of kana, words that only glue a sentence) and the same words twice are left out.
 */
export function explain<Label extends string>(pair: ModelPair<Label, string>, features: TweetFeatures, answer: Label, against?: Label): Evidence[] {
  const { labels, rows } = pair.first;
  const width = labels.length;
  const chosen = labels.indexOf(answer);
  const other = against === undefined ? -1 : labels.indexOf(against);
  const ranked: { evidence: Evidence; margin: number }[] = [];
  for (const [name, evidence] of features.spans()) {
    const row = rowOfHash(pair.slotKeys, pair.slotRows, featureHash(name));
    if (row < 0) continue;
    const weights = Array.from(rows.subarray(row * width, row * width + width));
    const rival = other >= 0 ? (weights[other] ?? 0) : Math.max(...weights.filter((_, index) => index !== chosen));
    const margin = (weights[chosen] ?? 0) - rival;
    if (margin > 0) ranked.push({ evidence, margin });
  }
  const kept: Evidence[] = [];
  for (const { evidence } of ranked.sort((a, b) => b.margin - a.margin)) {
    if (kept.length >= MAX_EVIDENCE) break;
    // "CI/CD" and "CD", "🚀" and "🚀": one is enough.
    const seen = kept.some((item) => item.text.toLowerCase() === evidence.text.toLowerCase() || (item.start <= evidence.start && evidence.end <= item.end) || (evidence.start <= item.start && item.end <= evidence.end));
    // Plain objects: evidence travels to the panel and into Slack posts.
    if (!seen) kept.push({ text: evidence.text, start: evidence.start, end: evidence.end });
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * How the model's probabilities become a decision. The floors lean the way the costs do: a missed expert case
 * or an involved troll costs more than an involve suggested as expert. `npm run triage:train` picks them by
 * leaving one writer's tweets out at a time, never on the blind sets.
 */
export interface DecisionPolicy {
  /** An expert's answer wins over a skip reason whenever the model gives expert at least this probability. */
  expertFloor: number;
  /** Never suggest involvement when the skip reasons together have at least this probability. */
  skipFloor: number;
  /** Between involve and expert, expert from this share of their two probabilities. */
  expertShare: number;
  /** Involve or expert with a confidence below this is shown as uncertain. */
  uncertainBelow: number;
  /**
   * A skip the model is less sure of than this needs a reason the rules see ({@link SkipGrounds}); without one the
   * tweet is involve or expert, shown as uncertain (issue 11: a public tweet by a person about the brand is a candidate).
   */
  reasonlessSkipBelow: number;
}

export const DEFAULT_POLICY: DecisionPolicy = { expertFloor: 1, skipFloor: 1, expertShare: 0.5, uncertainBelow: 0, reasonlessSkipBelow: 0 };

/** What the rules see in a tweet that could make each of the model's skip reasons hold. */
export interface SkipGrounds {
  /** Words aimed at a person: staff, "this guy", "you" in a reply to someone. */
  atPerson: boolean;
  /** The brand's staff speaking as such ("As @gitlab's Head of Remote"): the roles named are the author's own. */
  speaksForBrand: boolean;
  /** Only kind words, a few letters of them (praise, thanks; not a tone read from it). */
  kind: boolean;
  /** Nothing in the tweet is about software or the brand. */
  offTopic: boolean;
}

/** The model's call on one tweet. */
export interface Judgement {
  outcome: Outcome;
  /** 0.5 on the line between involve and expert, towards 1 away from it; for a skip reason, its probability. */
  confidence: number;
  uncertain: boolean;
}

/** The model is never as sure as a rule: 1 is kept for what the rules settle. */
const MOST_CONFIDENT = 0.99;
const logit = (p: number) => Math.log(Math.max(p, 1e-9) / Math.max(1 - p, 1e-9));

/**
 * Applies a {@link DecisionPolicy} to probabilities in {@link OUTCOMES} order. "Off topic" is a reason only when the
 * rules found nothing about software or the brand in the tweet (`grounds.offTopic`); otherwise a tweet about the
 * product is never skipped for it. Below `reasonlessSkipBelow` a skip's reason must be one the rules see: "@gitlab
 * Awesome!" is not hostile because the model gives hostility 0.27 on two words.
 */
export function judge(policy: DecisionPolicy, probabilities: readonly number[], grounds: SkipGrounds): Judgement {
  const [involveRaw = 0, expertRaw = 0, hostileRaw = 0, spamRaw = 0, offTopicRaw = 0] = probabilities;
  const { offTopic, atPerson, speaksForBrand, kind } = grounds;
  // Not off topic by the rules: the other answers, given that one is ruled out.
  const scale = offTopic ? 1 : 1 / Math.max(1 - offTopicRaw, 1e-9);
  // A few kind words aimed at nobody are neither hostility nor spam, however sure the model is ("@gitlab Awesome!"):
  // with no skip left, involve and expert are weighed against each other alone.
  const onlyKind = kind && !atPerson;
  // Nor is a staff member's post about their own role hostile: "As @gitlab's Head of Remote, it's surreal to see the
  // world catch on" was hostile at 0.04 on "Head", "world" and "VP" (a model of the ninth pass, skip floor 0.03).
  const [involve, expert, hostile, spam] = [involveRaw * scale, expertRaw * scale, onlyKind || speaksForBrand ? 0 : hostileRaw * scale, onlyKind ? 0 : spamRaw * scale];
  const off = offTopic ? offTopicRaw : 0;
  const skip = hostile + spam + off;
  const skipping = expert < policy.expertFloor && (skip >= policy.skipFloor || skip >= Math.max(involve, expert));
  // Unsure, the model names only a reason the rules see some ground for: hostility aimed at a person, off topic. (One
  // advert cue is spam by the rules only with a second one; the model's own words name it only when it is sure.)
  const named = skip < policy.reasonlessSkipBelow ? [atPerson ? hostile : 0, 0, off] : [hostile, spam, off];
  const top = Math.max(...named);
  if (skipping && top > 0) return { outcome: OUTCOMES[named.indexOf(top) + 2] ?? 'off_topic', confidence: Math.min(skip, MOST_CONFIDENT), uncertain: false };
  const share = expert / Math.max(involve + expert, 1e-9);
  const lean = logit(share) - logit(policy.expertShare);
  const confidence = Math.min(1 / (1 + Math.exp(-Math.abs(lean))), MOST_CONFIDENT);
  // A skip overruled for want of a reason is a candidate the model doubts.
  return { outcome: lean >= 0 ? 'expert' : 'involve', confidence, uncertain: skipping || confidence < policy.uncertainBelow };
}
