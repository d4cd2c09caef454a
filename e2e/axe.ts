import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';

/** The WCAG 2.1 A/AA rules and axe's best practices: what the issue asks the panel to pass. */
export const AXE_RULESETS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] as const;

/**
 * Page-level rules that axe settles across all frames of a page: Zendesk's agent page holds the level-one
 * heading, and a sidebar app adding its own would give screen-reader users two. Scanning our iframe alone,
 * as if it were the whole page, would demand one.
 */
const PAGE_LEVEL_RULES = ['page-has-heading-one'] as const;

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One rule the panel breaks, with the elements that break it, short enough to read in a failed test. */
export interface AxeViolation {
  /** axe's rule id (`color-contrast`, `label`…). */
  rule: string;
  /** axe's one-line summary of the rule. */
  help: string;
  /** The offending elements: CSS selector and axe's explanation of what is wrong. */
  nodes: { target: string; why: string }[];
}

/**
 * The app's iframe as a Playwright frame (another site than the host page, so not reachable by the host's DOM):
 * the sidebar's `#app-frame`, or the nav bar page's `#dashboard-frame`.
 */
export async function appFrame(page: Page, selector = '#app-frame'): Promise<Frame> {
  const handle = await page.waitForSelector(selector);
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('The app iframe has no document yet.');
  return frame;
}

/**
 * Runs axe in the app's own document. `evaluate` rather than a script tag: it goes through the DevTools protocol,
 * so a Content-Security-Policy on the app (Zendesk serves one) cannot block the scanner.
 */
export async function scanPanel(page: Page, frameSelector = '#app-frame'): Promise<AxeViolation[]> {
  const frame = await appFrame(page, frameSelector);
  await frame.evaluate(settled);
  const loaded = await frame.evaluate(() => 'axe' in window);
  if (!loaded) await frame.evaluate(AXE_SOURCE);
  const results = await frame.evaluate(
    ({ rulesets, pageLevel }) => (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(document, {
      runOnly: { type: 'tag', values: rulesets },
      resultTypes: ['violations'],
      rules: Object.fromEntries(pageLevel.map((rule) => [rule, { enabled: false }])),
    }),
    { rulesets: [...AXE_RULESETS], pageLevel: [...PAGE_LEVEL_RULES] },
  );
  // An empty result from an empty document would pass silently: make sure axe looked at the panel.
  if (results.passes.length === 0) throw new Error('axe checked nothing in the app frame: is the panel rendered?');
  return results.violations.map(summarise);
}

/**
 * Ends fades and slides at once (a dialog opening): mid-fade colours are not what the advocate reads. Finishing them,
 * rather than awaiting `animation.finished`, does not depend on the frame producing frames: in a loaded clean-clone CI
 * run the app's out-of-process iframe once stopped painting, and an awaited fade never ended (issue 16).
 */
function settled(): void {
  for (const animation of document.getAnimations()) {
    if (animation.effect?.getTiming().iterations !== Infinity) animation.finish();
  }
}

function summarise(violation: Result): AxeViolation {
  return {
    rule: violation.id,
    help: violation.help,
    nodes: violation.nodes.map((node) => ({ target: node.target.join(' '), why: node.failureSummary ?? '' })),
  };
}
