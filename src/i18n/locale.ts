/** The locales the panel ships, as Zendesk names them. */
export const SUPPORTED_LOCALES = ['en', 'de', 'es', 'fr', 'ja', 'pt-BR'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: SupportedLocale = 'en';

/**
 * Zendesk's `currentUser.locale` (`pt-BR`, `de-CH`, `fr`, `en-GB`…) to a locale we ship: the exact tag, then the
 * language with any region we have (`pt-PT` → `pt-BR`), then English.
 */
export function resolveLocale(requested: string | null | undefined): SupportedLocale {
  if (!requested) return DEFAULT_LOCALE;
  const tag = requested.replace('_', '-');
  const exact = SUPPORTED_LOCALES.find((locale) => locale.toLowerCase() === tag.toLowerCase());
  if (exact) return exact;
  const language = tag.split('-')[0]?.toLowerCase() ?? '';
  return SUPPORTED_LOCALES.find((locale) => locale.split('-')[0]?.toLowerCase() === language) ?? DEFAULT_LOCALE;
}
