import type { SupportedLocale } from './locale';
import { loadMoreTranslations, loadTranslations, type Translations } from './loadTranslations';

/**
 * The three parts together, for places that show any string at once, like the page outside Zendesk (whose lazy
 * chunk carries this, not the sidebar's first load).
 */
export async function loadAllTranslations(locale: SupportedLocale): Promise<Translations> {
  const parts = await Promise.all([loadTranslations(locale), loadMoreTranslations(locale, 'suggestion'), loadMoreTranslations(locale, 'rest')]);
  return parts.reduce((all, part) => ({ strings: { ...all.strings, ...part.strings }, fallback: { ...all.fallback, ...part.fallback } }));
}
