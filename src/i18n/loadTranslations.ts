import { DEFAULT_LOCALE, type SupportedLocale } from './locale';
import { flatten, type TranslationTree } from './translate';

// One lazy chunk per locale: a German advocate downloads German and English, nothing else.
const files = import.meta.glob<TranslationTree>('../../translations/*.json', { import: 'default' });

async function load(locale: SupportedLocale): Promise<Record<string, string>> {
  const loader = files[`../../translations/${locale}.json`];
  if (!loader) return {};
  return flatten(await loader());
}

/** The user's strings and English beneath them, loaded in parallel. */
export async function loadTranslations(
  locale: SupportedLocale,
): Promise<{ strings: Record<string, string>; fallback: Record<string, string> }> {
  const [strings, fallback] = await Promise.all([load(locale), locale === DEFAULT_LOCALE ? Promise.resolve({}) : load(DEFAULT_LOCALE)]);
  return { strings, fallback: locale === DEFAULT_LOCALE ? strings : fallback };
}
