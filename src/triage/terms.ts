/**
 * Word edges are Latin letters and digits only, so "CIでTerraformの" still finds Terraform between Japanese
 * characters. After folding, little beyond ASCII is left; the ranges keep `ß` or `ø` inside words at the end.
 */
export const WORD_CHARACTER = '[a-z0-9_\\u00c0-\\u024f]';

function escapeName(name: string): string {
  return name.trim().toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

/** Names as one alternation for a regular expression; an empty list matches nothing rather than everything. */
export function alternation(names: readonly string[]): string {
  const escaped = names.filter((name) => name.trim() !== '').map(escapeName);
  return escaped.length > 0 ? `(?:${escaped.join('|')})` : '(?!)';
}

/**
 * A vocabulary term as regular-expression source: `{brand}` and `{competitor}` filled in, a space matching any
 * run of spaces and ` ?` an optional run, the `~` marker dropped.
 */
export function termSource(term: string, brand: string, competitor: string): string {
  let source = term.startsWith('~') ? term.slice(1) : term;
  // Most terms have neither a name nor a space: the panel turns some 2,000 into sources for its first ticket.
  if (source.includes('{')) source = source.replace(/\{brand\}/g, brand).replace(/\{competitor\}/g, competitor);
  return source.includes(' ') ? source.replace(/ (\?)?/g, (_space, optional?: string) => (optional ? '\\s*' : '\\s+')) : source;
}

/**
 * Writes terms as one alternation: plain, or factored into a prefix tree when batch code lent the factoring
 * ({@link factorTermsWith}), which V8 runs faster over thousands of tweets and which prefers the same term.
 */
export function alternativesOf(terms: readonly string[]): string {
  return factor ? factor(terms) : terms.join('|');
}

let factor: ((terms: readonly string[]) => string) | null = null;

/** Whether batch code lent the factoring: it matches many tweets, and compiles every term once for them all. */
export function factorsTerms(): boolean {
  return factor !== null;
}

/** Lends {@link alternativesOf} the factoring (`factorAlternatives.ts`); the panel never downloads it. */
export function factorTermsWith(factorAlternatives: (terms: readonly string[]) => string): void {
  factor = factorAlternatives;
}
