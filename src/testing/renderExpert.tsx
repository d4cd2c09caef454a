import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { ThemeProvider } from '@zendeskgarden/react-theming';
import english from '../../translations/en.json';
import { I18nProvider } from '../i18n/I18nProvider';
import { flatten, type TranslationTree } from '../i18n/translate';
import type { PanelServices } from '../ui/services';
import { ServicesProvider } from '../ui/ServicesProvider';
import { themeFor } from '../ui/theme';
import { readAppSettings } from '../workflow/settings';
import { createFakeChannel } from './fakeChannel';
import { createFakeZendesk } from './fakeZendesk';
import { fakeZafEvents } from './fakeZafEvents';
import { praiseSnapshot } from './renderPanel';

/** The simulator's Verify and Plan routing, in small. */
export const EXPERT_ROUTING = 'verify C0SVERIFY U0PRIYA U0TOMAS\nplan C0SPLAN U0KENJI\nfallback C0QUESTIONS';

/**
 * The expert channels and experts of a small workspace, a Zendesk ticket, English strings and the light theme,
 * for rendering one expert component with fake ports. `now` is the Slack clock (message timestamps).
 */
export function expertWorld(options: { settings?: Record<string, string>; now?: () => number; tags?: string[] } = {}) {
  const now = options.now ?? (() => Date.now());
  const channel = createFakeChannel({
    now,
    channels: { C0SVERIFY: { name: 's_verify' }, C0SPLAN: { name: 's_plan' }, C0QUESTIONS: { name: 'questions' } },
    users: { U0PRIYA: 'Priya Raman', U0TOMAS: 'Tomás Ribeiro', U0KENJI: 'Kenji Sato' },
    scopes: ['chat:write', 'channels:read', 'channels:history', 'reactions:read', 'users:read'],
  });
  const zendesk = createFakeZendesk({ tags: options.tags });
  // ZAF events the components listen to (`ticket.submit.done`, …), fired by the test.
  const { on, fire } = fakeZafEvents();
  const services: PanelServices = {
    ticketId: 301,
    subdomain: 'gitlab-sim',
    installationId: 1,
    settings: readAppSettings({ slack_channel_id: 'C0COMMUNITY', expert_routing: EXPERT_ROUTING, ...options.settings }),
    loadTicket: () => Promise.resolve(praiseSnapshot({ id: 301 })),
    on,
    resize: () => undefined,
    zendesk: zendesk.port,
    slack: channel.slack,
    clock: { now, sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.min(ms, 50))) },
    storage: { getItem: () => null, setItem: () => undefined, removeItem: () => undefined },
  };
  const strings = flatten(english as unknown as TranslationTree);
  const wrap = (element: ReactElement) => (
    <ServicesProvider services={services}>
      <ThemeProvider theme={themeFor('light')}>
        <I18nProvider locale="en" strings={strings} fallback={strings}>
          {element}
        </I18nProvider>
      </ThemeProvider>
    </ServicesProvider>
  );
  /** Renders `element`; `rerender` draws it again, as the panel does after the ticket's refresh. */
  const show = (element: ReactElement) => {
    const view = render(wrap(element));
    return { ...view, rerender: (next: ReactElement) => view.rerender(wrap(next)) };
  };
  const snapshot = () => praiseSnapshot({ id: 301, tags: zendesk.ticket.tags, updatedAt: zendesk.ticket.updatedAt });
  return { channel, zendesk, services, show, snapshot, fire };
}
