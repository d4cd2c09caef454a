/**
 * `npm run screenshots`: the README's pictures and the Zendesk listing's, taken from the simulator in Chromium.
 * Needs a build (`npm run build && npm run build:sim`). Emoji render only with an emoji font installed
 * (`apt-get install -y fonts-noto-color-emoji`).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type FrameLocator, type Page } from 'playwright-core';
import { startSimulator } from '../simulator/server/index';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './ensure-chromium';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'docs', 'screenshots');
const PRAISE = 101;
const DM = 112;
const NO_URL = 118;
const SHARED = 120;
const REPLIED = 121;
const CI_QUESTION = 301;
const OUTAGE = 302;

type Control = (path: string, body?: unknown) => Promise<void>;

interface Shot {
  file: string;
  ticket: number;
  theme?: 'light' | 'dark';
  /** What to do before the picture (faults, clicks), and the test id to wait for. */
  prepare?: (control: Control) => Promise<void>;
  act?: (page: Page, app: FrameLocator) => Promise<void>;
  waitFor: string;
  /** The whole page at the listing's size instead of the app's iframe. */
  listing?: boolean;
  element?: string;
}

const share = async (_page: Page, app: FrameLocator) => {
  await app.getByTestId('share-button').click();
};

/** Sets the decision to "Needs an expert" when the triage said otherwise, and waits for the rotation's proposal. */
const expertForm = async (_page: Page, app: FrameLocator) => {
  await app.getByTestId('suggestion').waitFor();
  if ((await app.getByTestId('expert-section').count()) === 0) await app.getByTestId('decision-select').selectOption('expert');
  await app.getByTestId('expert-section').waitFor();
};
const askExpert = async (page: Page, app: FrameLocator) => {
  await expertForm(page, app);
  await app.getByTestId('expert-reason').waitFor();
  await app.getByTestId('expert-ask').click();
  await app.getByTestId('expert-result').waitFor({ timeout: 30_000 });
};
const expertStatus = async (page: Page, app: FrameLocator) => {
  await askExpert(page, app);
  await page.reload();
  await page.frameLocator('#app-frame').getByTestId('expert-status').waitFor();
};

const SHOTS: Shot[] = [
  { file: 'panel-suggestion-light.png', ticket: PRAISE, waitFor: 'suggestion' },
  { file: 'panel-suggestion-dark.png', ticket: PRAISE, theme: 'dark', waitFor: 'suggestion' },
  { file: 'panel-dm-light.png', ticket: DM, waitFor: 'suggestion' },
  { file: 'panel-no-url-light.png', ticket: NO_URL, waitFor: 'tweet-url-input' },
  { file: 'panel-sharing-light.png', ticket: PRAISE, prepare: (c) => c('/__sim/latency', { ms: 700 }), act: share, waitFor: 'step-list' },
  { file: 'panel-shared-light.png', ticket: PRAISE, act: share, waitFor: 'share-result' },
  {
    file: 'panel-failure-light.png',
    ticket: PRAISE,
    prepare: (c) => c('/__sim/faults', { match: 'slack:chat.postMessage', slackError: 'not_in_channel' }),
    act: share,
    waitFor: 'share-failure',
  },
  { file: 'panel-setup-light.png', ticket: PRAISE, prepare: (c) => c('/__sim/slack/config', { tokenState: 'invalid_auth' }), waitFor: 'setup-banner' },
  { file: 'panel-status-light.png', ticket: SHARED, waitFor: 'share-activity' },
  { file: 'panel-status-dark.png', ticket: SHARED, theme: 'dark', waitFor: 'share-activity' },
  { file: 'panel-responded-light.png', ticket: REPLIED, waitFor: 'mark-responded' },
  { file: 'workspace.png', ticket: PRAISE, waitFor: 'suggestion', element: 'body' },
  { file: 'slack-pane.png', ticket: PRAISE, act: share, waitFor: 'share-result', element: '#slack-pane' },
  { file: 'listing-1.png', ticket: PRAISE, waitFor: 'suggestion', listing: true },
  { file: 'listing-2.png', ticket: PRAISE, act: share, waitFor: 'share-result', listing: true },
  { file: 'listing-3.png', ticket: SHARED, theme: 'dark', waitFor: 'share-activity', listing: true },
  { file: 'expert-ask-light.png', ticket: CI_QUESTION, act: expertForm, waitFor: 'expert-reason' },
  { file: 'expert-ask-dark.png', ticket: CI_QUESTION, theme: 'dark', act: expertForm, waitFor: 'expert-reason' },
  { file: 'expert-incident-light.png', ticket: OUTAGE, act: expertForm, waitFor: 'expert-incident-hint' },
  { file: 'expert-asked-light.png', ticket: CI_QUESTION, act: askExpert, waitFor: 'expert-result' },
  { file: 'expert-status-light.png', ticket: CI_QUESTION, act: expertStatus, waitFor: 'expert-status' },
  { file: 'expert-status-dark.png', ticket: CI_QUESTION, theme: 'dark', act: expertStatus, waitFor: 'expert-status' },
  {
    file: 'expert-routing-banner-light.png',
    ticket: CI_QUESTION,
    prepare: (c) => c('/__sim/settings', { settings: { expert_routing: 'verify s_verify U0PRIYA\nplan C0SDEPLOYOLD\nfallback C0QUESTIONS' } }),
    waitFor: 'setup-banner',
  },
  {
    file: 'expert-slack-pane.png',
    ticket: CI_QUESTION,
    act: async (page, app) => {
      await askExpert(page, app);
      await page.selectOption('#slack-channel', 'C0SVERIFY');
    },
    waitFor: 'expert-result',
    element: '#slack-pane',
  },
];

async function take(browser: Browser, host: string, control: Control, shot: Shot): Promise<void> {
  await control('/__sim/reset');
  await shot.prepare?.(control);
  const context = await browser.newContext({
    viewport: shot.listing ? { width: 1024, height: 768 } : shot.element ? { width: 1400, height: 1000 } : { width: 1400, height: 2600 },
    deviceScaleFactor: shot.listing || shot.element === 'body' ? 1 : 2,
    colorScheme: shot.theme ?? 'light',
  });
  const page = await context.newPage();
  await page.goto(`${host}/?ticket=${shot.ticket}&theme=${shot.theme ?? 'light'}`);
  const app = page.frameLocator('#app-frame');
  await app.getByTestId('panel').waitFor();
  await shot.act?.(page, app);
  await app.getByTestId(shot.waitFor).first().waitFor({ timeout: 30_000 });
  // Let fades finish and the iframe take its new height.
  await page.waitForTimeout(600);
  const path = join(OUT, shot.file);
  if (shot.listing) await page.screenshot({ path });
  else if (shot.element) await page.locator(shot.element).screenshot({ path });
  // The panel itself, whole: the host's sidebar would cut a tall panel.
  else await app.getByTestId('panel').screenshot({ path });
  await context.close();
  console.log(`wrote docs/screenshots/${shot.file}`);
}

/** The nav bar page (issue 13): the dashboard over the fixture's past shares, scrolled to the top, in one theme. */
async function dashboardShot(browser: Browser, host: string, control: Control, theme: 'light' | 'dark'): Promise<void> {
  await control('/__sim/reset');
  const context = await browser.newContext({ viewport: { width: 1400, height: 1100 }, deviceScaleFactor: 1, colorScheme: theme });
  const page = await context.newPage();
  await page.goto(`${host}/?view=dashboard&theme=${theme}`);
  const dash = page.frameLocator('#dashboard-frame');
  await dash.locator('[data-testid="dashboard"][aria-busy="false"]').waitFor({ timeout: 60_000 });
  await dash.getByTestId('share-list').waitFor();
  await page.waitForTimeout(600);
  const file = `dashboard-${theme}.png`;
  await page.locator('#dashboard-frame').screenshot({ path: join(OUT, file) });
  await context.close();
  console.log(`wrote docs/screenshots/${file}`);
}

async function main(): Promise<void> {
  if (!existsSync(join(ROOT, 'dist', 'assets', 'index.html')) || !existsSync(join(ROOT, 'simulator', 'dist', 'index.html'))) {
    console.error('Build first: npm run build && npm run build:sim');
    process.exitCode = 1;
    return;
  }
  if (!existsSync('/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf')) {
    console.warn('No emoji font: emoji will show as boxes. apt-get install -y fonts-noto-color-emoji');
  }
  mkdirSync(OUT, { recursive: true });
  const simulator = await startSimulator({ port: 0, quiet: true });
  const control: Control = async (path, body = {}) => {
    await fetch(`${simulator.hostOrigin}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  };
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  try {
    // `npm run screenshots -- expert` takes only the pictures whose file name starts with `expert`.
    const only = process.argv[2];
    for (const shot of SHOTS.filter((candidate) => !only || candidate.file.startsWith(only))) await take(browser, simulator.hostOrigin, control, shot);
    if (!only || 'dashboard'.startsWith(only)) for (const theme of ['light', 'dark'] as const) await dashboardShot(browser, simulator.hostOrigin, control, theme);
  } finally {
    await browser.close();
    await simulator.close();
  }
}

await main();
