/**
 * Where a regular expression's match can start, read from its source, so the matcher runs each combined pattern
 * only at the few places of a tweet where one of its terms could begin. A regular-expression call costs far more
 * than walking a tree of first letters: a tweet has a few dozen word starts, and most begin with letters no term of
 * a given pattern begins with.
 *
 * The answer is a superset, never a subset: anything the reader does not follow (`\s`, `.`, negated classes,
 * lookarounds) stands for any character, so a pattern it cannot read is run everywhere, as before.
 */

/** Stands for any one character but whitespace in a key. */
const ANY = '\u0000';
/** Stands for a run of whitespace: the walk reads a run of spaces as one, so `\s+` and `\s*` need no guessing. */
const SPACE = '\u0001';
/** Stands for "anything from here on": the key ends (a repeat, or a character that may be whitespace). */
const REST = '\u0002';
const DIGITS = '0123456789';
const WORD_CHARACTERS = `${DIGITS}abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_`;
/** How many leading characters a key spells out: enough to tell "stuck" from "stupid". */
const KEY_LENGTH = 8;
/** More keys than this for one term: spell fewer characters. */
const MAX_KEYS = 512;

class TooManyKeys extends Error {}

interface Parsed {
  keys: Set<string>;
  at: number;
}

/** Reads a pattern's possible leading characters, `length` of them at most. */
class KeyReader {
  constructor(private readonly source: string, private readonly length: number) {}

  private join(heads: ReadonlySet<string>, tails: ReadonlySet<string>): Set<string> {
    const joined = new Set<string>();
    for (const head of heads) {
      if (head.length >= this.length || head.endsWith(REST)) joined.add(head);
      else {
        for (const tail of tails) {
          // Two runs of whitespace in a row are one run in the text.
          const key = head.endsWith(SPACE) && tail.startsWith(SPACE) ? head + tail.slice(1) : head + tail;
          joined.add(key.length > this.length ? key.slice(0, this.length) : key);
        }
      }
      if (joined.size > MAX_KEYS) throw new TooManyKeys();
    }
    return joined;
  }

  /** A class such as `[oa]` as its characters; ranges, escapes, negations and spaces as anything from here on. */
  private classKeys(from: number): Parsed {
    const { source } = this;
    let at = from + 1;
    const characters = new Set<string>();
    let simple = source[at] !== '^';
    for (; at < source.length && source[at] !== ']'; at += 1) {
      const character = source[at] ?? '';
      if (character === '\\') {
        simple = false;
        at += 1;
      } else if (character === '-' && at > from + 1 && source[at + 1] !== ']') simple = false;
      else characters.add(character);
    }
    const plain = simple && characters.size > 0 && ![...characters].some((character) => /\s/.test(character));
    return { keys: plain ? characters : new Set([REST]), at: at + 1 };
  }

  /**
   * One escape: `\b` matches no character, `\d` and `\w` their characters, `\s` a run of whitespace, `\S` any
   * other character, other classes anything from here on, the rest itself.
   */
  private escapeKeys(from: number): Parsed {
    const character = this.source[from + 1] ?? '';
    const at = from + 2;
    if (character === 'b' || character === 'B') return { keys: new Set(['']), at };
    if (character === 'd') return { keys: new Set(DIGITS), at };
    if (character === 'w') return { keys: new Set(WORD_CHARACTERS), at };
    if (character === 's') return { keys: new Set([SPACE]), at };
    if (character === 'S') return { keys: new Set([ANY]), at };
    if (/[DWpPuxck0-9]/.test(character)) return { keys: new Set([REST]), at };
    return { keys: new Set([/\s/.test(character) ? SPACE : character]), at };
  }

  private atomKeys(from: number): Parsed {
    const { source } = this;
    const character = source[from];
    if (character === '(') {
      // Lookarounds match no character; skipping them only lets more through.
      const assertion = /^\(\?(?:[=!]|<[=!])/.exec(source.slice(from, from + 4));
      const inner = this.alternationKeys(from + (assertion ? assertion[0].length : source.startsWith('(?:', from) ? 3 : 1));
      return { keys: assertion ? new Set(['']) : inner.keys, at: inner.at + 1 };
    }
    if (character === '[') return this.classKeys(from);
    if (character === '\\') return this.escapeKeys(from);
    if (character === '^' || character === '$') return { keys: new Set(['']), at: from + 1 };
    if (character === '.') return { keys: new Set([REST]), at: from + 1 };
    return { keys: new Set([/\s/.test(character ?? '') ? SPACE : (character ?? '')]), at: from + 1 };
  }

  /** The quantifier at `from`, if any: whether the atom may be absent, whether it may repeat, and where it ends. */
  private quantifier(from: number): { optional: boolean; repeats: boolean; at: number } {
    const { source } = this;
    const character = source[from];
    let result = { optional: false, repeats: false, at: from };
    if (character === '?') result = { optional: true, repeats: false, at: from + 1 };
    else if (character === '*') result = { optional: true, repeats: true, at: from + 1 };
    else if (character === '+') result = { optional: false, repeats: true, at: from + 1 };
    else if (character === '{') {
      const bounds = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(from));
      if (bounds) {
        const least = Number(bounds[1]);
        const most = bounds[2] === undefined ? least : bounds[3] === '' ? Infinity : Number(bounds[3]);
        result = { optional: least === 0, repeats: most > 1, at: from + bounds[0].length };
      }
    }
    // A lazy quantifier matches the same strings.
    if (result.at > from && source[result.at] === '?') result.at += 1;
    return result;
  }

  private sequenceKeys(from: number): Parsed {
    const { source } = this;
    let keys = new Set(['']);
    let at = from;
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      const atom = this.atomKeys(at);
      const { optional, repeats, at: next } = this.quantifier(atom.at);
      // After a repeated atom anything may follow, except after whitespace: the walk reads a run of it as one.
      const once = repeats ? new Set([...atom.keys].map((key) => (key === SPACE ? key : key + REST))) : atom.keys;
      const joined = this.join(keys, once);
      keys = optional ? new Set([...keys, ...joined]) : joined;
      if (keys.size > MAX_KEYS) throw new TooManyKeys();
      at = next;
    }
    return { keys, at };
  }

  alternationKeys(from: number): Parsed {
    const keys = new Set<string>();
    let at = from;
    for (;;) {
      const sequence = this.sequenceKeys(at);
      for (const key of sequence.keys) keys.add(key);
      if (keys.size > MAX_KEYS) throw new TooManyKeys();
      at = sequence.at;
      if (this.source[at] !== '|') return { keys, at };
      at += 1;
    }
  }
}

/** A key without what says nothing: whatever follows {@link REST}, and "any character" at its end. */
function spelled(key: string): string {
  const rest = key.indexOf(REST);
  let end = rest < 0 ? key.length : rest;
  while (end > 0 && key[end - 1] === ANY) end -= 1;
  return key.slice(0, end);
}

/**
 * The leading characters of a pattern's matches, each key up to {@link KEY_LENGTH} characters with {@link ANY} for
 * any character; a shorter key means anything may follow. An empty key means the pattern may match anywhere.
 */
export function leadingKeys(source: string): string[] {
  for (let length = KEY_LENGTH; length > 0; length -= 1) {
    try {
      const keys = new Set<string>();
      for (const key of new KeyReader(source, length).alternationKeys(0).keys) keys.add(spelled(key));
      return [...keys];
    } catch (error) {
      if (!(error instanceof TooManyKeys)) throw error;
    }
  }
  return [''];
}

/**
 * A tree of leading characters, flat: node `n` says which patterns may match from where a walk reaches it
 * (`masks[n]`, a bit per pattern), where a character leads (`next`, keyed by `n * 128 + code` for ASCII and
 * `-(n * 65536 + code) - 1` beyond) and where "any character" leads (`anys[n]`, -1: nowhere). Node 0 is the root.
 */
interface KeyTree {
  masks: number[];
  anys: number[];
  next: Map<number, number>;
}

/**
 * The tree as the walk reads it, numbered breadth first so the nodes near the root, which every walk reads, sit
 * together: each node's transitions as a run of edges (`edgeCodes`, `edgeChildren` from `firstEdge[n]` to
 * `firstEdge[n + 1]`), and the ASCII transitions of the few nodes with many children (the root, most first letters)
 * in a flat table (`dense[denseRows[n] * 128 + code]`, the child plus one, 0: none). A table for every node (17,800
 * of them, 9 MB) missed the processor's caches on most steps; these arrays take ~250 kB.
 */
interface WalkedTree {
  masks: Int32Array;
  anys: Int32Array;
  firstEdge: Int32Array;
  edgeCodes: Uint16Array;
  edgeChildren: Int32Array;
  denseRows: Int32Array;
  dense: Int32Array;
  opens: Uint8Array;
  anywhere: boolean;
  /** Bits of the patterns some term of which may start anywhere: those are scanned whole. */
  everywhere: number;
}

/** Nodes with at least this many ASCII children get a row of the flat table: a scan of their edges would be longer. */
const DENSE_CHILDREN = 4;

/** The tree renumbered breadth first, in the arrays {@link walk} reads. */
function walkedTree(index: KeyTree, opens: Uint8Array, anywhere: boolean, everywhere: number): WalkedTree {
  const size = index.masks.length;
  const children: [code: number, child: number][][] = Array.from({ length: size }, () => []);
  for (const [key, child] of index.next) {
    const [node, code] = key >= 0 ? [Math.floor(key / 128), key % 128] : [Math.floor((-key - 1) / 65536), (-key - 1) % 65536];
    children[node]?.push([code, child]);
  }
  const order = [0];
  const renumbered = new Int32Array(size).fill(-1);
  renumbered[0] = 0;
  const visit = (child: number) => {
    if ((renumbered[child] ?? 0) >= 0) return;
    renumbered[child] = order.length;
    order.push(child);
  };
  for (let at = 0; at < order.length; at += 1) {
    const old = order[at] ?? 0;
    for (const [, child] of children[old] ?? []) visit(child);
    if ((index.anys[old] ?? -1) >= 0) visit(index.anys[old] ?? 0);
  }
  const tree: WalkedTree = {
    masks: new Int32Array(size),
    anys: new Int32Array(size).fill(-1),
    firstEdge: new Int32Array(size + 1),
    edgeCodes: new Uint16Array(index.next.size),
    edgeChildren: new Int32Array(index.next.size),
    denseRows: new Int32Array(size).fill(-1),
    dense: new Int32Array(0),
    opens,
    anywhere,
    everywhere,
  };
  const rows: number[] = [];
  let edge = 0;
  order.forEach((old, node) => {
    tree.masks[node] = index.masks[old] ?? 0;
    const any = index.anys[old] ?? -1;
    if (any >= 0) tree.anys[node] = renumbered[any] ?? -1;
    tree.firstEdge[node] = edge;
    const own = children[old] ?? [];
    for (const [code, child] of own) {
      tree.edgeCodes[edge] = code;
      tree.edgeChildren[edge] = renumbered[child] ?? -1;
      edge += 1;
    }
    if (own.filter(([code]) => code < 128).length >= DENSE_CHILDREN) {
      tree.denseRows[node] = rows.length;
      rows.push(node);
    }
  });
  tree.firstEdge[size] = edge;
  tree.dense = new Int32Array(rows.length * 128);
  rows.forEach((node, row) => {
    for (let at = tree.firstEdge[node] ?? 0; at < (tree.firstEdge[node + 1] ?? 0); at += 1) {
      const code = tree.edgeCodes[at] ?? 0;
      if (code < 128) tree.dense[row * 128 + code] = (tree.edgeChildren[at] ?? 0) + 1;
    }
  });
  return tree;
}

/** Where a matcher's patterns may start in a text; see {@link startsIndex}. */
export interface StartsIndex {
  /** Finds the places in `text` where any pattern may start; {@link each} visits them. */
  find(text: string): void;
  /** Whether pattern `pattern` is tried only where {@link find} says (false: it may start anywhere, scan it whole). */
  has(pattern: number): boolean;
  /** Every match of pattern `pattern` at the places {@link find} found in `text`, in text order. */
  each(pattern: number, text: string, visit: (match: RegExpExecArray) => void): void;
}

function transition(node: number, code: number): number {
  return code < 128 ? node * 128 + code : -(node * 65536 + code) - 1;
}

type IndexedPatterns = readonly { pattern: RegExp; terms: readonly string[] }[];

/** The tree of the keys of every term of `patterns`: reading the terms' sources is most of a batch's start (~0.25 s). */
function keyTree(patterns: IndexedPatterns, anywhere: boolean): WalkedTree {
  const index: KeyTree = { masks: [0], anys: [-1], next: new Map() };
  let everywhere = 0;
  const add = () => {
    index.masks.push(0);
    index.anys.push(-1);
    return index.masks.length - 1;
  };
  patterns.forEach(({ terms }, pattern) => {
    const bit = 1 << pattern;
    for (const term of terms) {
      for (const key of leadingKeys(term)) {
        if (key === '' || key.startsWith(ANY)) everywhere |= bit;
        let node = 0;
        // Code units, as the patterns (no `u` flag) and the walk read the text.
        for (let at = 0; at < key.length; at += 1) {
          const character = key.charAt(at);
          if (character === ANY) {
            if ((index.anys[node] ?? -1) < 0) index.anys[node] = add();
            node = index.anys[node] ?? 0;
          } else {
            const at = transition(node, character.charCodeAt(0));
            let child = index.next.get(at);
            if (child === undefined) index.next.set(at, (child = add()));
            node = child;
          }
        }
        index.masks[node] = (index.masks[node] ?? 0) | bit;
      }
    }
  });
  // ASCII characters no key starts with, turned away without a walk: most spaces and punctuation, for words.
  const opens = new Uint8Array(128);
  for (let code = 0; code < 128; code += 1) {
    const read = isSpaceCode(code) ? SPACE_CODE : code;
    opens[code] = index.next.has(transition(0, read)) || (index.anys[0] ?? -1) >= 0 ? 1 : 0;
  }
  return walkedTree(index, opens, anywhere, everywhere);
}

/** Increase when {@link WalkedTree} or its bytes change: trees kept by an older version are then built again. */
const TREE_FORMAT = 1;
const HEADER = ['format', 'size', 'edges', 'rows', 'anywhere', 'everywhere'] as const;

/** A tree as bytes: the header's numbers, then each array as 32-bit numbers (native byte order: kept on this machine only). */
function treeBytes(tree: WalkedTree): Uint8Array {
  const size = tree.masks.length;
  const header = [TREE_FORMAT, size, tree.edgeCodes.length, tree.dense.length / 128, tree.anywhere ? 1 : 0, tree.everywhere];
  const parts = [header, tree.masks, tree.anys, tree.firstEdge, tree.edgeCodes, tree.edgeChildren, tree.denseRows, tree.dense, tree.opens];
  const words = new Int32Array(parts.reduce((total, part) => total + part.length, 0));
  let at = 0;
  for (const part of parts) {
    words.set(part, at);
    at += part.length;
  }
  return new Uint8Array(words.buffer);
}

/** The tree {@link treeBytes} wrote, or null when the bytes are not one (another format, cut short). */
function treeFromBytes(bytes: Uint8Array): WalkedTree | null {
  if (bytes.byteLength % 4 !== 0 || bytes.byteLength < HEADER.length * 4) return null;
  const words = new Int32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const [format, size = 0, edges = 0, rows = 0, anywhere, everywhere = 0] = words.subarray(0, HEADER.length);
  const lengths = [size, size, size + 1, edges, edges, size, rows * 128, 128];
  if (format !== TREE_FORMAT || words.length !== HEADER.length + lengths.reduce((total, length) => total + length, 0)) return null;
  let at = HEADER.length;
  const next = (length: number) => words.subarray(at, (at += length));
  return {
    masks: next(size),
    anys: next(size),
    firstEdge: next(size + 1),
    edgeCodes: Uint16Array.from(next(edges)),
    edgeChildren: next(edges),
    denseRows: next(size),
    dense: next(rows * 128),
    opens: Uint8Array.from(next(128)),
    anywhere: anywhere === 1,
    everywhere,
  };
}

/**
 * Where built trees are kept between processes (the CLI's workers keep them beside their bundle), by what they index:
 * `identity` names the terms in full, so a tree is only ever read back for the same terms.
 */
export interface StartsTrees {
  load(identity: string): Uint8Array | null;
  save(identity: string, bytes: Uint8Array): void;
}

/**
 * Indexes patterns (at most 31; bit `n` is pattern `n`, whose matches start with one of its `terms`) by the keys of
 * their terms' sources. The patterns start at a word edge (`\b`), or with `anywhere` at any character. With `trees`,
 * a tree built before for the same terms is read instead of built.
 */
export function startsIndex(patterns: IndexedPatterns, anywhere = false, trees?: StartsTrees): StartsIndex {
  const identity = trees ? JSON.stringify({ format: TREE_FORMAT, anywhere, terms: patterns.map(({ terms }) => terms) }) : '';
  const kept = trees?.load(identity);
  const built = () => {
    const tree = keyTree(patterns, anywhere);
    trees?.save(identity, treeBytes(tree));
    return tree;
  };
  const tree = (kept ? treeFromBytes(kept) : null) ?? built();
  // Each pattern, sticky: tried at one place at a time.
  const sticky = patterns.map(({ pattern }) => new RegExp(pattern.source, 'y'));
  // The current text's places, reused from text to text: `positions[i]`, `masks[i]` for `i < count`.
  const positions: number[] = [];
  const masks: number[] = [];
  let count = 0;
  return {
    find: (text) => {
      count = findStarts(tree, text, positions, masks);
    },
    has: (pattern) => ((tree.everywhere >> pattern) & 1) === 0,
    each: (pattern, text, visit) => {
      const bit = 1 << pattern;
      const regex = sticky[pattern];
      if (!regex) return;
      for (let place = 0; place < count; place += 1) {
        if (((masks[place] ?? 0) & bit) === 0) continue;
        regex.lastIndex = positions[place] ?? 0;
        const match = regex.exec(text);
        if (match !== null) visit(match);
      }
    },
  };
}

const SPACE_CODE = SPACE.charCodeAt(0);
/** What `\s` matches. */
function isSpaceCode(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/.test(String.fromCharCode(code)));
}

/** The bits of the patterns that may match at `at`: the masks of every node the text's characters reach. */
function walk(index: WalkedTree, from: number, text: string, start: number): number {
  let mask = 0;
  let node = from;
  let at = start;
  for (;;) {
    mask |= index.masks[node] ?? 0;
    if (at >= text.length) return mask;
    let code = text.charCodeAt(at);
    at += 1;
    if (isSpaceCode(code)) {
      code = SPACE_CODE;
      while (at < text.length && isSpaceCode(text.charCodeAt(at))) at += 1;
    }
    const any = index.anys[node] ?? -1;
    if (any >= 0) mask |= walk(index, any, text, at);
    const child = childOf(index, node, code);
    if (child < 0) return mask;
    node = child;
  }
}

/** Where `code` leads from `node`, or -1. */
function childOf(tree: WalkedTree, node: number, code: number): number {
  const row = tree.denseRows[node] ?? -1;
  if (row >= 0 && code < 128) return (tree.dense[row * 128 + code] ?? 0) - 1;
  const end = tree.firstEdge[node + 1] ?? 0;
  for (let edge = tree.firstEdge[node] ?? 0; edge < end; edge += 1) {
    if (tree.edgeCodes[edge] === code) return tree.edgeChildren[edge] ?? -1;
  }
  return -1;
}

/** `\b`'s word characters (no Unicode flag): ASCII letters, digits and `_`. */
function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || code === 95;
}

/** The places of `text` where a pattern may start (at word edges, or at any character), with the patterns' bits. */
function findStarts(tree: WalkedTree, text: string, positions: number[], masks: number[]): number {
  const { everywhere } = tree;
  let count = 0;
  let previousIsWord = false;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    const isWord = isWordCode(code);
    const edge = tree.anywhere || isWord !== previousIsWord;
    previousIsWord = isWord;
    if (!edge || (code < 128 && tree.opens[code] === 0)) continue;
    const mask = walk(tree, 0, text, at) & ~everywhere;
    if (mask !== 0) {
      positions[count] = at;
      masks[count] = mask;
      count += 1;
    }
  }
  return count;
}
