import type { Root } from 'react-dom/client';
import { loadDashboardTranslations } from '../i18n/loadDashboardTranslations';
import { resolveLocale } from '../i18n/locale';
import type { DashboardServices } from '../ui/dashboard/dashboardServices';
import { DashboardApp } from '../ui/dashboard/DashboardApp';
import { systemClock } from '../workflow/ports';
import { readAppSettings, readDashboardSettings } from '../workflow/settings';
import { readColorScheme } from '../zendesk/colorScheme';
import { searchPage } from '../zendesk/search';
import { createZafClient } from '../zendesk/zafClient';
import type { ZafSdk } from './boot';
import { lazySlackPort } from './lazySlack';
import { slackThroughZendeskProxy } from './slackTransport';
import { openStorage } from './storage';
import { renderOutsideZendesk } from './outsideZendesk';
import { createZendeskPort } from './zendeskPort';

/**
 * Starts the nav bar page: the ZAF client (no ticket here), settings, the agent's name, locale and colour scheme,
 * the dashboard's strings, then the page, which reads the program itself.
 */
export async function bootDashboard(sdk: ZafSdk | undefined, root: Root): Promise<void> {
  const raw = sdk?.init();
  if (!raw) {
    await renderOutsideZendesk(root);
    return;
  }
  const zaf = createZafClient(raw);
  const [metadata, context, user, colorScheme] = await Promise.all([
    zaf.metadata(),
    zaf.context(),
    zaf.get(['currentUser.locale', 'currentUser.name']).then(({ values }) => values, () => ({}) as Record<string, unknown>),
    readColorScheme(window.location.search, zaf),
  ]);
  const locale = resolveLocale(typeof user['currentUser.locale'] === 'string' ? user['currentUser.locale'] : undefined);
  document.documentElement.lang = locale;
  const i18n = await loadDashboardTranslations(locale);
  const storage = openStorage();
  const services: DashboardServices = {
    installationId: metadata.installationId,
    subdomain: context.account.subdomain,
    settings: { ...readAppSettings(metadata.settings), ...readDashboardSettings(metadata.settings) },
    currentUserName: typeof user['currentUser.name'] === 'string' ? user['currentUser.name'] : '',
    sources: { searchPage: (path) => searchPage(zaf, path), slack: lazySlackPort(slackThroughZendeskProxy(zaf)), clock: systemClock },
    zendesk: createZendeskPort(zaf, storage, metadata.installationId),
    storage,
    openTicket: async (ticketId) => {
      await zaf.invoke('routeTo', 'ticket', ticketId);
    },
    on: (event, handler) => zaf.on(event, handler),
    slackText: (key) => i18n.fallback[key] ?? key,
  };
  root.render(<DashboardApp services={services} i18n={{ locale, ...i18n }} colorScheme={colorScheme} />);
}
