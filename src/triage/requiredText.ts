/**
 * The text every match of a term contains, read from its regular-expression source: `(?:is|are) down` cannot match
 * a tweet without "down" in it, nor without "is" or "are". A tweet is tried only against the terms whose required
 * text it contains, so the panel compiles a few terms for a ticket instead of some 2,000.
 *
 * The answer may ask too little, never too much: whatever the reader does not follow (classes, `\d`, `.`,
 * lookarounds, optional parts) asks for nothing, so a term it cannot read is always tried.
 */

/** Every entry must hold: one of its strings occurs in the text. */
export type RequiredText = readonly (readonly string[])[];

/** An escape, a class, a group's opening, `|` or `)`, a quantifier (lazy or not), or one character. */
const TOKEN = /\\(?:u[\da-f]{4}|x[\da-f]{2}|c.|.)|\[(?:\\.|[^\]])*\]|\((?:\?<?[=!:])?|[)|]|(?:[?*+]|\{\d+(?:,\d*)?\})\??|[^]/g;
const QUANTIFIER = /^(?:[?*+]|\{\d)/;
const OPTIONAL = /^(?:[?*]|\{0\b)/;
const REPEATED = /^(?:[*+]|\{\d+,|\{\d\d|\{[2-9])/;

/** What one of several alternatives requires: one of their first entries' strings. */
function together(alternatives: readonly string[][][]): string[][] {
  if (alternatives.length === 1) return alternatives[0] ?? [];
  const firsts = alternatives.map((required) => required[0]);
  return firsts.every((first) => first !== undefined) ? [firsts.flat()] : [];
}

/** The text every match of `source` (a term as a regular expression, no flags) contains. */
export function requiredText(source: string): RequiredText {
  const tokens = source.match(TOKEN) ?? [];
  let at = 0;
  // Reads alternatives up to the `)` that closes them (or the end).
  const group = (): string[][] => {
    const alternatives: string[][][] = [];
    let required: string[][] = [];
    let run = '';
    const endRun = () => {
      if (run !== '') required.push([run]);
      run = '';
    };
    for (let token = tokens[at++]; ; token = tokens[at++]) {
      if (token === undefined || token === ')' || token === '|') {
        endRun();
        alternatives.push(required);
        required = [];
        if (token === '|') continue;
        return together(alternatives);
      }
      let atom: string | string[][] | undefined;
      if (token.startsWith('(')) {
        const inner = group();
        // Lookarounds match no text.
        if (token === '(' || token === '(?:') atom = inner;
        // An escape (`\.`, `\d`), a class or `.`, `^`, `$` requires no text here.
      } else if (token.length === 1 && !'.^${'.includes(token)) atom = token;
      const quantifier = QUANTIFIER.test(tokens[at] ?? '') ? (tokens[at++] ?? '') : '';
      const optional = OPTIONAL.test(quantifier);
      if (typeof atom === 'string' && !optional) {
        run += atom;
        // "a+b" may read "aab": the run goes on only after a character that occurs exactly once.
        if (REPEATED.test(quantifier)) endRun();
      } else {
        endRun();
        if (Array.isArray(atom) && !optional) required.push(...atom);
      }
    }
  };
  return group();
}

/** Whether a text contains what `required` asks for; `contains` answers for one string (and may remember). */
export function hasRequiredText(required: RequiredText, contains: (part: string) => boolean): boolean {
  return required.every((entry) => entry.some(contains));
}

/** Plain characters at the start of a source, up to one with a meaning or one a quantifier makes optional ("outages?"). */
const LEADING_TEXT = /^(?:[^\\()[\]{}|.*+?^$](?![?*{]))*/;

/**
 * The characters every match starts with, read by the regular-expression engine: nine terms in ten start with
 * some, and most tweets lack them, so {@link requiredText} reads only the rest.
 */
export function leadingText(source: string): string {
  return LEADING_TEXT.exec(source)?.[0] ?? '';
}

/**
 * A leading `(?:…|…)` of alternatives without groups or classes, not made optional by what follows (`?`, `*`, `{0…`):
 * every match starts with one of them. An escaped backslash inside is not read (a `|` after it would split wrongly).
 */
const LEADING_GROUP = /^\(\?:((?:[^()[\]\\]|\\[^\\])*)\)(?![?*]|\{0)/;

/**
 * Texts one of which every match starts with: the leading text, or else the leading texts of the alternatives of a
 * leading group (`(?:can'?t|cannot) login`: "can" or "cannot"), read by the regular-expression engine. Empty when a
 * match may start anyhow.
 */
export function leadingTexts(source: string): readonly string[] {
  const leading = leadingText(source);
  if (leading !== '') return [leading];
  const group = LEADING_GROUP.exec(source)?.[1];
  // A `|` escaped in the group only splits one alternative into two that are each asked for less: never too much.
  const alternatives = group === undefined ? [] : group.split('|').map(leadingText);
  return alternatives.includes('') ? [] : alternatives;
}

/** What each term's matches start with, and what they contain once that is there, read once per source. */
const NEEDS = new Map<string, { leading: readonly string[]; required?: RequiredText }>();

/**
 * Whether a term can match in a text that contains the parts `occurs` accepts: a term without its required text
 * cannot, so leaving it out of a pattern changes no match.
 */
export function mayMatch(source: string, occurs: (part: string) => boolean): boolean {
  let needs = NEEDS.get(source);
  if (needs === undefined) NEEDS.set(source, (needs = { leading: leadingTexts(source) }));
  // Most terms are turned away by their first letters, before their source is read: for a ticket's first read, the
  // parser below ran on ~285 of some 2,000 terms, 207 of them every ticket's (those starting with a group or an escape);
  // with the leading groups' alternatives, on ~150 (~5 ms of the panel's cold read).
  if (needs.leading.length > 0 && !needs.leading.some(occurs)) return false;
  needs.required ??= requiredText(source);
  return hasRequiredText(needs.required, occurs);
}
