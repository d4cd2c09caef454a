import type { ZafClient } from './types';

/** Zendesk's English locale, used when the host cannot tell us the agent's. */
export const FALLBACK_LOCALE = 'en';

/** The agent's Zendesk locale tag (`en-US`, `pt-BR`…), unresolved: `src/i18n` picks the translation. */
export async function readLocale(zaf: ZafClient): Promise<string> {
  try {
    const locale = await zaf.getOne<unknown>('currentUser.locale');
    return typeof locale === 'string' && locale !== '' ? locale : FALLBACK_LOCALE;
  } catch {
    return FALLBACK_LOCALE;
  }
}
