import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { firstLoad } from './firstLoadBytes';

/**
 * What the sidebar downloads before it is interactive, gzip (Zendesk's hello-world scaffold: 79 kB). The bench's
 * budget is 79 kB of what the browser actually fetches before the card; this guard in every CI run stops growth a
 * little above it. Main was 79.3 kB on 2026-12-02 after post-link finding for five sources joined the card, and
 * 80.8 kB after the expert section, the reply-link form and the other-author guard joined the panel's entry the same
 * day: the guard stands at 81 kB until that growth is taken back out of the first load (issue 16; the bench still
 * fails above 79 kB).
 */
export const FIRST_LOAD_BUDGET_BYTES = 81_000;

const assets = join(import.meta.dirname, '..', 'dist', 'assets');

describe('the first load of the sidebar', () => {
  test('the build exists (npm test builds before it tests)', () => {
    expect(existsSync(join(assets, 'index.html')), 'run "npm run build" first').toBe(true);
  });

  test(`stays within ${FIRST_LOAD_BUDGET_BYTES / 1000} kB gzip before it is interactive`, () => {
    const load = firstLoad(assets, readdirSync(assets));
    expect(load.files.length).toBeGreaterThan(0);
    expect(load.gzipBytes, `first load: ${load.files.join(', ')}`).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_BYTES);
  });

  test('leaves the triage, the share workflow, dialogs and other locales to later chunks', () => {
    const { files } = firstLoad(assets, readdirSync(assets));
    const deferred = /^(triage|shareRunner|WithdrawDialog|ShareStatus|SuggestionSection|TransactionView|(de|es|fr|ja|pt-BR)-panel|en-details)-/;
    expect(files.filter((file) => deferred.test(file))).toEqual([]);
  });
});
