import { DEFAULT_LOCALE, type SupportedLocale } from './locale';
import { flatten, type TranslationTree } from './translate';

export type Loaders = Record<string, () => Promise<TranslationTree>>;

// Per locale, three lazy chunks (see panelTranslations in vite.config.ts): what the first paint shows, what the
// suggestion shows and the rest (their loaders in moreTranslations.ts). A German advocate downloads German and
// English panel strings, nothing of the other locales.
const firstPaint: Loaders = import.meta.glob<TranslationTree>('../../translations/*.json', { import: 'default', query: '?panel' });

export interface Translations {
  /** The user's strings, flattened. */
  strings: Record<string, string>;
  /** English beneath them. */
  fallback: Record<string, string>;
}

async function load(loaders: Loaders, locale: SupportedLocale): Promise<Record<string, string>> {
  const loader = loaders[`../../translations/${locale}.json`];
  return loader ? flatten(await loader()) : {};
}

/** One part of the user's strings, with English beneath. */
export async function loadPart(loaders: Loaders, locale: SupportedLocale): Promise<Translations> {
  const [strings, fallback] = await Promise.all([load(loaders, locale), locale === DEFAULT_LOCALE ? null : load(loaders, DEFAULT_LOCALE)]);
  return { strings, fallback: fallback ?? strings };
}

/** The strings the first paint needs; the panel renders once they are here. */
export function loadTranslations(locale: SupportedLocale): Promise<Translations> {
  return loadPart(firstPaint, locale);
}

/** The strings after the first paint's, in two parts: what the suggestion shows, and the rest. */
export type MorePart = 'suggestion' | 'rest';

/** One part of the strings after the first paint's; the parts' loaders come in a chunk of their own. */
export function loadMoreTranslations(locale: SupportedLocale, part: MorePart): Promise<Translations> {
  return import('./moreTranslations').then((parts) => loadPart(parts[part], locale));
}
