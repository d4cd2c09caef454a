import { DEFAULT_LOCALE, type SupportedLocale } from './locale';
import type { Translations } from './loadTranslations';
import { flatten, type TranslationTree } from './translate';

// One lazy chunk per locale with the dashboard's strings (see panelTranslations in vite.config.ts).
const loaders = import.meta.glob<TranslationTree>('../../translations/*.json', { import: 'default', query: '?dashboard' });

async function load(locale: SupportedLocale): Promise<Record<string, string>> {
  const loader = loaders[`../../translations/${locale}.json`];
  return loader ? flatten(await loader()) : {};
}

/** The dashboard's strings in the user's locale, English beneath. */
export async function loadDashboardTranslations(locale: SupportedLocale): Promise<Translations> {
  const [strings, fallback] = await Promise.all([load(locale), locale === DEFAULT_LOCALE ? null : load(DEFAULT_LOCALE)]);
  return { strings, fallback: fallback ?? strings };
}
