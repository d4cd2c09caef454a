import { DEFAULT_LOCALE, type SupportedLocale } from './locale';
import { flatten, type TranslationTree } from './translate';

type Loaders = Record<string, () => Promise<TranslationTree>>;

// Per locale, two lazy chunks (see panelTranslations in vite.config.ts): what the first paint shows, and the
// rest. A German advocate downloads German and English panel strings, nothing of the other locales.
const firstPaint: Loaders = import.meta.glob<TranslationTree>('../../translations/*.json', { import: 'default', query: '?panel' });
const details: Loaders = import.meta.glob<TranslationTree>('../../translations/*.json', { import: 'default', query: '?details' });

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

async function loadBoth(loaders: Loaders, locale: SupportedLocale): Promise<Translations> {
  const [strings, fallback] = await Promise.all([load(loaders, locale), locale === DEFAULT_LOCALE ? null : load(loaders, DEFAULT_LOCALE)]);
  return { strings, fallback: fallback ?? strings };
}

/** The strings the first paint needs; the panel renders once they are here. */
export function loadTranslations(locale: SupportedLocale): Promise<Translations> {
  return loadBoth(firstPaint, locale);
}

/** Everything else (triage labels, guidelines, errors); merged in as soon as it arrives. */
export function loadMoreTranslations(locale: SupportedLocale): Promise<Translations> {
  return loadBoth(details, locale);
}

/** Both halves together (for places that show any string at once, like the page outside Zendesk). */
export async function loadAllTranslations(locale: SupportedLocale): Promise<Translations> {
  const [first, more] = await Promise.all([loadTranslations(locale), loadMoreTranslations(locale)]);
  return { strings: { ...first.strings, ...more.strings }, fallback: { ...first.fallback, ...more.fallback } };
}
