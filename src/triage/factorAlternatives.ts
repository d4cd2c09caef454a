/**
 * Rewrites a list of regular-expression alternatives as a prefix tree: `pricks?|pathetic|liars?` becomes
 * `p(?:ricks?|athetic)|liars?`. V8 tries alternatives one after another at every position, so a signal with two
 * hundred terms cost two hundred checks per word; factored, a word that starts with `q` is turned away after
 * one check per first letter. Only plain leading characters are factored; anything else is left as it was.
 */

/** Characters with a meaning in a regular expression; everything else stands for itself. */
const SPECIAL = new Set(['.', '*', '+', '?', '(', ')', '[', ']', '{', '}', '|', '^', '$', '\\']);
const QUANTIFIER = new Set(['?', '*', '+', '{']);
/** Escapes that stand for one literal character. */
const ESCAPED_LITERAL = /^\\[$+.*?()[\]{}|^/\\-]/;
/** Groups with more alternatives than this are not spread out, to keep the source small. */
const MAX_SPREAD = 8;
/** How deep the tree goes: the first few characters decide almost everything. */
const MAX_DEPTH = 4;

/** The leading literal character of an alternative (one character or one escape), if it can be split off. */
function leadingLiteral(alternative: string): string | undefined {
  let token: string | undefined;
  const first = alternative[0];
  if (first === undefined) return undefined;
  if (!SPECIAL.has(first)) token = first;
  else if (ESCAPED_LITERAL.test(alternative)) token = alternative.slice(0, 2);
  if (token === undefined) return undefined;
  // "s?" or "a+" quantify the character itself: it cannot be split off.
  return QUANTIFIER.has(alternative[token.length] ?? '') ? undefined : token;
}

/** Index of the parenthesis that closes the group opening at 0, or -1. */
function closingParenthesis(source: string): number {
  let depth = 0;
  for (let index = 0; index < source.length; index += 1) {
    const character = source[index];
    if (character === '\\') index += 1;
    else if (character === '[') {
      index = source.indexOf(']', index + 2);
      if (index < 0) return -1;
    } else if (character === '(') depth += 1;
    else if (character === ')' && (depth -= 1) === 0) return index;
  }
  return -1;
}

/** Splits a group's body at its top-level `|`. */
function topLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let index = 0; index < body.length; index += 1) {
    const character = body[index];
    if (character === '\\') index += 1;
    else if (character === '[') index = Math.max(index, body.indexOf(']', index + 2));
    else if (character === '(') depth += 1;
    else if (character === ')') depth -= 1;
    else if (character === '|' && depth === 0) {
      parts.push(body.slice(from, index));
      from = index + 1;
    }
  }
  parts.push(body.slice(from));
  return parts;
}

/**
 * `(?:can'?t|cannot) push` as `can'?t push` and `cannot push`, so both can join the tree; a quantified group
 * or one with many alternatives stays whole.
 */
function spread(alternative: string): string[] {
  if (!alternative.startsWith('(?:')) return [alternative];
  const close = closingParenthesis(alternative);
  if (close < 0 || QUANTIFIER.has(alternative[close + 1] ?? '')) return [alternative];
  const inner = topLevel(alternative.slice(3, close));
  if (inner.length > MAX_SPREAD || inner.some((part) => part === '')) return [alternative];
  const rest = alternative.slice(close + 1);
  return inner.map((part) => part + rest);
}

function factor(alternatives: readonly string[], depth: number): string {
  if (depth >= MAX_DEPTH || alternatives.length < 2) return alternatives.join('|');
  // Buckets keep the order in which their first member appeared, and members keep theirs: only alternatives that
  // start with different characters, which never match at the same place, change places.
  const buckets = new Map<string, string[]>();
  const order: (string | { literal: string; rests: string[] })[] = [];
  for (const alternative of alternatives.flatMap(spread)) {
    const literal = leadingLiteral(alternative);
    if (literal === undefined) {
      order.push(alternative);
      // What comes after it stays after it: it may match where they do, and the first that matches wins.
      buckets.clear();
      continue;
    }
    const bucket = buckets.get(literal);
    if (bucket) bucket.push(alternative.slice(literal.length));
    else {
      const rests = [alternative.slice(literal.length)];
      buckets.set(literal, rests);
      order.push({ literal, rests });
    }
  }
  return order
    .map((item) => {
      if (typeof item === 'string') return item;
      const { literal, rests } = item;
      if (rests.length === 1) return literal + (rests[0] ?? '');
      return `${literal}(?:${factor(rests, depth + 1)})`;
    })
    .join('|');
}

/**
 * The alternatives as one source, factored by their leading characters; it matches exactly what `a|b|c` matched, with
 * the same alternative winning where several could match.
 */
export function factorAlternatives(alternatives: readonly string[]): string {
  return factor(alternatives, 0);
}
