import type { Root } from 'react-dom/client';
import { loadMoreTranslations, loadTranslations, type MorePart } from '../i18n/loadTranslations';
import { DEFAULT_LOCALE, resolveLocale } from '../i18n/locale';
import { App } from '../ui/App';
import type { PanelServices } from '../ui/services';
import { systemClock } from '../workflow/ports';
import { readAppSettings } from '../workflow/settings';
import { likelyColorScheme, readColorScheme } from '../zendesk/colorScheme';
import { readTicketSnapshot, type TicketSnapshot } from '../zendesk/ticket';
import type { RawZafClient } from '../zendesk/types';
import { createZafClient } from '../zendesk/zafClient';
import { renderOutsideZendesk } from './outsideZendesk';
import { lazyZendeskPort } from './lazyZendesk';
import { lazySlackPort } from './lazySlack';
import { slackThroughZendeskProxy } from './slackTransport';
import { rehearseCard } from './rehearsal';
import { openStorage } from './storage';

/** The SDK's global: Zendesk's CDN build in production, the npm build in the simulator. */
export interface ZafSdk {
  init(): RawZafClient | false;
}

/**
 * Starts the app: the ZAF client and, during its handshake, the English strings (every locale falls back on
 * them); then the ticket, the user's locale and colour scheme in parallel; then the panel, with the ticket in its
 * first render when it came before the strings.
 */
export async function boot(sdk: ZafSdk | undefined, root: Root): Promise<void> {
  const raw = sdk?.init();
  if (!raw) {
    await renderOutsideZendesk(root);
    return;
  }
  const zaf = createZafClient(raw);
  const english = loadTranslations(DEFAULT_LOCALE);
  english.catch(() => undefined);
  const stopRehearsal = rehearseCard(english, likelyColorScheme(window.location.search));
  const [metadata, context] = await Promise.all([zaf.metadata(), zaf.context()]);
  const ticketId = context.ticketId ?? 0;
  const firstLoad = readTicketSnapshot(zaf, ticketId);
  let firstTicket: TicketSnapshot | undefined;
  firstLoad.then((snapshot) => (firstTicket = snapshot), () => undefined);
  const [user, colorScheme] = await Promise.all([
    zaf.get(['currentUser.locale']).then(({ values }) => values['currentUser.locale'], () => undefined),
    readColorScheme(window.location.search, zaf),
  ]);
  const locale = resolveLocale(typeof user === 'string' ? user : undefined);
  // Screen readers pick their voice from the page's language.
  document.documentElement.lang = locale;
  const i18n = await (locale === DEFAULT_LOCALE ? english : loadTranslations(locale));
  const settings = readAppSettings(metadata.settings);
  const storage = openStorage();
  // A ticket already here is drawn in the first render; otherwise the panel waits on the read already running.
  let pending: Promise<TicketSnapshot> | null = firstTicket ? null : firstLoad;

  const services: PanelServices = {
    ticketId,
    ...(firstTicket ? { firstTicket } : {}),
    subdomain: context.account.subdomain,
    installationId: metadata.installationId,
    settings,
    loadTicket: () => {
      // The first read started before the translations loaded; later reads are fresh.
      const load = pending ?? readTicketSnapshot(zaf, ticketId);
      pending = null;
      return load;
    },
    on: (event, handler) => zaf.on(event, handler),
    resize: (height) => void zaf.invoke('resize', { width: '100%', height: `${height}px` }).catch(() => undefined),
    zendesk: lazyZendeskPort(zaf, storage, metadata.installationId),
    slack: lazySlackPort(slackThroughZendeskProxy(zaf)),
    clock: systemClock,
    storage,
  };
  const loadMore = (part: MorePart) => loadMoreTranslations(locale, part);
  stopRehearsal();
  root.render(<App services={services} i18n={{ locale, ...i18n, loadMore }} colorScheme={colorScheme} />);
}
