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
  return term
    .replace(/^~/, '')
    .replace(/\{brand\}/g, brand)
    .replace(/\{competitor\}/g, competitor)
    .replace(/ (\?)?/g, (_space, optional?: string) => (optional ? '\\s*' : '\\s+'));
}
