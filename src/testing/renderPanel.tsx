import { render } from '@testing-library/react';
import english from '../../translations/en.json';
import { flatten, type TranslationTree } from '../i18n/translate';
import { App } from '../ui/App';
import type { PanelServices } from '../ui/services';
import { readAppSettings } from '../workflow/settings';
import type { TicketSnapshot } from '../zendesk/ticket';
import { createFakeChannel } from './fakeChannel';
import { createFakeClock } from './fakeClock';
import { createFakeZendesk } from './fakeZendesk';
import { fakeZafEvents } from './fakeZafEvents';

/** A praise tweet that arrived through the X channel, as the ticket reader returns it. */
export function praiseSnapshot(overrides: Partial<TicketSnapshot> = {}): TicketSnapshot {
  const via = {
    channel: 'twitter',
    source: {
      from: { profile_url: 'https://twitter.com/sarah_codes', username: 'sarah_codes', name: 'Sarah Okafor' },
      to: { profile_url: 'https://twitter.com/gitlab', username: 'gitlab', name: 'GitLab' },
      rel: null,
    },
  };
  const description =
    'Just migrated our whole monorepo from Jenkins to @gitlab CI in an afternoon. Pipelines went from 40 min to 12. Honestly the best call we made this quarter 🚀 https://twitter.com/sarah_codes/status/1859203847561029632';
  return {
    id: 101,
    subject: 'Mention of @gitlab by @sarah_codes',
    description,
    status: 'new',
    tags: [],
    updatedAt: '2026-11-24T14:00:00Z',
    via,
    requester: { id: 9001, name: 'Sarah Okafor', handle: 'sarah_codes', profileUrl: 'https://twitter.com/sarah_codes' },
    currentUser: { id: 1, name: 'Alex Advocate', locale: 'en-US' },
    comments: [
      { id: 1, authorId: 9001, authorName: 'Sarah Okafor', public: true, via, createdAt: '2026-11-22T08:14:09Z', body: description, htmlBody: `<p>${description}</p>` },
    ],
    ...overrides,
  };
}

/**
 * Renders the whole panel with fake ports: a Zendesk ticket that answers like the REST API, one Slack channel,
 * English strings, and ZAF events the test can fire.
 */
export function renderPanel(
  options: { snapshot?: TicketSnapshot; loadTicket?: () => Promise<TicketSnapshot>; settings?: Record<string, string>; holdWaits?: boolean } = {},
) {
  const snapshot = options.snapshot ?? praiseSnapshot();
  const clock = createFakeClock();
  const zendesk = createFakeZendesk({ tags: snapshot.tags });
  const channel = createFakeChannel({ now: clock.now });
  const events = fakeZafEvents();
  const resizes: number[] = [];
  const memory = new Map<string, string>();
  let loads = 0;
  const heldWaits: (() => void)[] = [];
  const services: PanelServices = {
    ticketId: snapshot.id,
    subdomain: 'gitlab-sim',
    installationId: 1,
    settings: readAppSettings({ slack_channel_id: 'C0COMMUNITY', ...options.settings }),
    loadTicket: () => {
      loads += 1;
      return options.loadTicket ? options.loadTicket() : Promise.resolve({ ...snapshot, tags: zendesk.ticket.tags, updatedAt: zendesk.ticket.updatedAt });
    },
    on: events.on,
    resize: (height) => void resizes.push(height),
    zendesk: zendesk.port,
    slack: channel.slack,
    // Real time for React's timers; waits (Retry-After, grace periods) are cut to 300 ms so a test sees them pass,
    // or, with `holdWaits`, last until the test lets them go: what shows during a wait is then seen at any load.
    clock: {
      now: () => Date.now(),
      sleep: (ms) => new Promise((resolve) => (options.holdWaits ? heldWaits.push(() => resolve()) : setTimeout(resolve, Math.min(ms, 300)))),
    },
    storage: { getItem: (key) => memory.get(key) ?? null, setItem: (key, value) => void memory.set(key, value), removeItem: (key) => void memory.delete(key) },
  };
  const strings = flatten(english as unknown as TranslationTree);
  const view = render(<App services={services} i18n={{ locale: 'en', strings, fallback: strings }} colorScheme="light" />);
  return {
    ...view,
    zendesk,
    channel,
    resizes,
    loads: () => loads,
    clock,
    /** Ends the waits held so far (`holdWaits`). */
    releaseWaits: () => heldWaits.splice(0).forEach((release) => release()),
    /** Fires a ZAF event as the host would. */
    fire: events.fire,
  };
}
