import type { Root } from 'react-dom/client';
import { loadAllTranslations } from '../i18n/loadTranslations';
import { resolveLocale } from '../i18n/locale';

/** Opened outside Zendesk (no SDK client): say so in the browser's language; both locations share this page. */
export async function renderOutsideZendesk(root: Root): Promise<void> {
  const locale = resolveLocale(navigator.language);
  document.documentElement.lang = locale;
  const [i18n, { OutsideZendesk }] = await Promise.all([loadAllTranslations(locale), import('../ui/OutsideZendesk')]);
  root.render(<OutsideZendesk locale={locale} {...i18n} />);
}
