import type { Root } from 'react-dom/client';
import { resolveLocale } from '../i18n/locale';

/** Opened outside Zendesk (no SDK client): say so in the browser's language; both locations share this page. */
export async function renderOutsideZendesk(root: Root): Promise<void> {
  const locale = resolveLocale(navigator.language);
  document.documentElement.lang = locale;
  // The page's code carries the loading of every string: a page the sidebar rarely shows costs its first load nothing.
  const { OutsideZendesk, loadAllTranslations } = await import('../ui/OutsideZendesk');
  const i18n = await loadAllTranslations(locale);
  root.render(<OutsideZendesk locale={locale} {...i18n} />);
}
