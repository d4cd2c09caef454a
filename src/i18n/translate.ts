/** A translation file: nested objects whose leaves are strings, or `{title, value}` in Zendesk's format. */
export interface TranslationTree {
  [key: string]: string | TranslationTree | { title: string; value: string };
}

export type Params = Record<string, string | number>;

/** `t(key, params)`: the translated sentence, `{{name}}` filled in, plural forms by `count`. */
export type Translate = (key: string, params?: Params) => string;

/** Flattens `{a: {b: 'x'}}` to `{'a.b': 'x'}` (a `{title, value}` leaf becomes its value). */
export function flatten(tree: TranslationTree, prefix = '', into: Record<string, string> = {}): Record<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') into[path] = value;
    else if (isZendeskLeaf(value)) into[path] = value.value;
    else flatten(value, path, into);
  }
  return into;
}

function isZendeskLeaf(value: object): value is { title: string; value: string } {
  return 'value' in value && typeof (value as { value: unknown }).value === 'string';
}

/**
 * Builds `t` over the user's strings with English beneath them. A key missing everywhere shows the key itself
 * (and a warning), never a crash: a sidebar that throws on a typo is worse than one with an odd label.
 */
export function createTranslate(locale: string, strings: Record<string, string>, fallback: Record<string, string>): Translate {
  // Made at the first count: the card's strings have none, and the rules cost the first render ~15 ms on a cold page.
  let plurals: Intl.PluralRules | undefined;
  return (key, params) => {
    const count = params?.count;
    const pluralKey = typeof count === 'number' ? `${key}.${(plurals ??= new Intl.PluralRules(locale)).select(count)}` : undefined;
    const template =
      (pluralKey && (strings[pluralKey] ?? fallback[pluralKey])) ?? strings[key] ?? fallback[key] ?? (pluralKey ? fallback[`${key}.other`] : undefined);
    if (template === undefined) {
      console.warn(`Missing translation: ${key}`);
      return key;
    }
    return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
      const value = params?.[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value;
    });
  };
}

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/**
 * "3 minutes ago", "vor 3 Minuten", "3 分前" from `Intl`. Only past events are shown: a time slightly ahead of the
 * browser's clock (Zendesk's stamps move a second forward per save, and clocks differ) reads as "now".
 */
export function formatRelativeTime(locale: string, then: number, now: number): string {
  const seconds = Math.min(0, Math.round((then - now) / 1000));
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of RELATIVE_UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second') {
      return format.format(Math.round(seconds / size), unit);
    }
  }
  return format.format(0, 'second');
}
