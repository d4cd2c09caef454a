import { describe, expect, test } from 'vitest';
import type { FrameLocator, Page } from 'playwright-core';
import { appFrame, scanPanel } from './axe';
import { praiseTicket, ticketWhere } from './fixtures';
import { CLAIMED_TICKET, REPLIED_TICKET } from './loopSupport';
import { browserPerFile, openTicket, sim, press } from './support';

const browser = browserPerFile();

const PRAISE = praiseTicket();
const DIRECT_MESSAGE = ticketWhere((ticket) => ticket.expected.isDirectMessage, 'a direct message');
const NO_LINK = ticketWhere(
  (ticket) => ticket.expected.tweetUrl === null && !ticket.expected.isDirectMessage && !ticket.comments.some((comment) => comment.body.includes('https://t.co/')),
  'a public tweet without any link',
);
const ONLY_SHORT_LINK = ticketWhere(
  (ticket) => ticket.expected.tweetUrl === null && ticket.comments.some((comment) => comment.body.includes('https://t.co/')),
  'a tweet with only a t.co link',
);

interface Opened {
  page: Page;
  app: FrameLocator;
}

/** Scans the panel as it is now; the label says which state failed. */
type Scan = (state: string) => Promise<void>;

interface PanelState {
  ticketId: number;
  /** What the simulator must be like before the ticket opens (a revoked token). */
  before?: () => Promise<unknown>;
  /** Reaches the state the way an advocate does, scanning at each stop. */
  visit: (opened: Opened, scan: Scan) => Promise<void>;
}

/** Each panel state the advocate can meet. */
const STATES: Record<string, PanelState> = {
  'a fresh praise tweet with its suggestion': {
    ticketId: PRAISE.id,
    visit: async ({ app }, scan) => {
      await suggestionShown(app);
      await scan('suggestion shown');
    },
  },
  'a direct message (sharing blocked)': {
    ticketId: DIRECT_MESSAGE.id,
    visit: async ({ app }, scan) => {
      await suggestionShown(app);
      await app.getByTestId('share-blocked-reason').waitFor();
      await scan('direct message');
    },
  },
  'a tweet without a URL, then an invalid URL typed': {
    ticketId: NO_LINK.id,
    visit: async ({ app }, scan) => {
      await suggestionShown(app);
      const field = app.getByTestId('tweet-url-input');
      await field.waitFor();
      await scan('the field to paste a URL');
      await field.fill('https://x.com/ahmed_writes_go/likes');
      await app.getByText('That is not a link to a post.', { exact: false }).waitFor();
      await scan('an invalid URL typed');
    },
  },
  'a tweet with only a t.co link': {
    ticketId: ONLY_SHORT_LINK.id,
    visit: async ({ app }, scan) => {
      await suggestionShown(app);
      await app.getByTestId('tweet-url-input').waitFor();
      await scan('only a short link');
    },
  },
  'the share running, then finished': {
    ticketId: PRAISE.id,
    visit: async ({ app }, scan) => {
      await suggestionShown(app);
      await sim.latency(800);
      await press(app.getByTestId('share-button'));
      await app.locator('[data-testid="step-list"] [data-status="running"]').waitFor();
      await scan('share running');
      await app.getByTestId('share-result').waitFor({ timeout: 20_000 });
      await scan('share finished');
    },
  },
  'a failed share with its Retry button': {
    ticketId: PRAISE.id,
    visit: async ({ app }, scan) => {
      await suggestionShown(app);
      await sim.fault({ match: 'slack:chat.postMessage', slackError: 'not_in_channel' });
      await press(app.getByTestId('share-button'));
      await app.getByTestId('retry-button').waitFor({ timeout: 15_000 });
      await scan('share failed');
    },
  },
  'the setup banner (invalid Slack token)': {
    ticketId: PRAISE.id,
    before: () => sim.slackConfig({ tokenState: 'invalid_auth' }),
    visit: async ({ app }, scan) => {
      await app.getByTestId('setup-banner').waitFor({ timeout: 15_000 });
      await suggestionShown(app);
      await scan('setup banner');
    },
  },
  "an already shared ticket with volunteers' activity": {
    ticketId: CLAIMED_TICKET.id,
    visit: async ({ app }, scan) => {
      await app.getByTestId('claims').waitFor({ timeout: 15_000 });
      await scan('shared with activity');
    },
  },
  'a reopened ticket with "Mark as responded"': {
    ticketId: REPLIED_TICKET.id,
    visit: async ({ app }, scan) => {
      await app.getByTestId('mark-responded').waitFor({ timeout: 15_000 });
      await app.getByTestId('share-activity').waitFor({ timeout: 15_000 });
      await scan('mark as responded');
    },
  },
  'the withdraw dialog open': {
    ticketId: CLAIMED_TICKET.id,
    visit: async ({ app }, scan) => {
      await app.getByTestId('claims').waitFor({ timeout: 15_000 });
      await press(app.getByTestId('withdraw-button'));
      await app.getByTestId('withdraw-confirm').waitFor();
      await scan('withdraw dialog');
    },
  },
};

async function suggestionShown(app: FrameLocator): Promise<void> {
  await app.getByTestId('suggested-decision').waitFor({ timeout: 15_000 });
}

/**
 * The panel's surfaces (page, sections, dialog) whose background does not follow the workspace's theme: dark
 * ones in the light theme or light ones in the dark theme. Mid-grey fails both.
 */
async function surfacesNotIn(page: Page, theme: 'light' | 'dark'): Promise<string[]> {
  const frame = await appFrame(page);
  const backgrounds = await frame.evaluate(() =>
    ['body', 'section', '[role="dialog"]'].flatMap((selector) =>
      [...document.querySelectorAll(selector)].map((element) => ({ selector, background: getComputedStyle(element).backgroundColor })),
    ),
  );
  return backgrounds
    .filter(({ background }) => {
      const [red = 0, green = 0, blue = 0] = (background.match(/\d+/g) ?? []).map(Number);
      const brightness = (red + green + blue) / 3;
      return theme === 'dark' ? brightness > 80 : brightness < 200;
    })
    .map(({ selector, background }) => `${selector} ${background}`);
}

describe.each(['light', 'dark'] as const)('axe finds no WCAG 2.1 AA or best-practice violation (%s theme)', (theme) => {
  test.each(Object.entries(STATES))('%s', async (_name, state) => {
    await state.before?.();
    const opened = await openTicket(browser(), state.ticketId, { theme });
    try {
      await state.visit(opened, async (what) => {
        expect(await scanPanel(opened.page), what).toEqual([]);
        expect(await surfacesNotIn(opened.page, theme), `${what}: surfaces not in the ${theme} theme`).toEqual([]);
      });
    } finally {
      await opened.context.close();
    }
  });
});
