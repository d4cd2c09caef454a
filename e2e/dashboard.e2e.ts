import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { scanPanel } from './axe';
import { listedRows, listSettled, openDashboard, pastShareRows, postAbout, row, threadOf } from './dashboardSupport';
import { focusRingShown, tabTo } from './focus';
import { browserPerFile, sim } from './support';

const browser = browserPerFile();

/*
 * The truth, counted by hand from simulator/fixtures/dashboard.ts (RECENT_SHARES, the last 14 days, tickets
 * 1001–1021; the older weeks start 340 h back, outside the range). A state is the most advanced fact: withdrawn,
 * responded (respondedAfterHours), answered (✅), claimed (👀), else waiting.
 *   waiting   1001 1004 1005 1010 1019 1021                 6
 *   claimed   1002 1006 1013                                3
 *   answered  1003 1011 1014 1018                           4
 *   responded 1007 1008 1012 1015 1017 1020                 6
 *   withdrawn 1009 1016                                     2   (21 in all)
 * Needs attention (stale_after_hours 24): waiting and posted more than 24 h ago: 1005 (30 h), 1010 (80 h),
 * 1021 (130 h); claimed and the first person in the thread (else the post) more than 24 h ago: 1006 (posted 40 h
 * ago, first reply 4 h later, so 36 h ago), 1013 (👀 without a reply, posted 150 h ago). 1002's reply is 4 h old.
 */
const STATES_BY_HAND: Record<string, number[]> = {
  waiting: [1001, 1004, 1005, 1010, 1019, 1021],
  claimed: [1002, 1006, 1013],
  answered: [1003, 1011, 1014, 1018],
  responded: [1007, 1008, 1012, 1015, 1017, 1020],
  withdrawn: [1009, 1016],
};
const STALE_BY_HAND = [1005, 1006, 1010, 1013, 1021];
/** Posted hours ago, from the fixture: what "sort by age" must follow. */
const HOURS_AGO: Record<number, number> = {
  1001: 2, 1002: 5, 1003: 10, 1004: 20, 1005: 30, 1006: 40, 1007: 50, 1008: 60, 1009: 72, 1010: 80, 1011: 100,
  1012: 120, 1013: 150, 1014: 180, 1015: 200, 1016: 230, 1017: 260, 1018: 300, 1019: 12, 1020: 90, 1021: 130,
};

const byTicket = (ids: number[]) => [...ids].sort((a, b) => a - b);

describe('the dashboard lists what the fixture holds', () => {
  test('states per share, needs-attention first, and the Support category numbers by hand', async () => {
    const { dash, context } = await openDashboard(browser());
    try {
      const rows = await pastShareRows(dash);
      expect(rows).toHaveLength(21);
      for (const [state, ids] of Object.entries(STATES_BY_HAND)) {
        expect(byTicket(rows.filter((listed) => listed.state === state).map((listed) => listed.ticketId)), state).toEqual(ids);
      }
      expect(byTicket(rows.filter((listed) => listed.attention !== '').map((listed) => listed.ticketId))).toEqual(STALE_BY_HAND);
      expect(rows.find((listed) => listed.ticketId === 1013)?.attention).toBe('claimed_no_reply');
      expect(rows.find((listed) => listed.ticketId === 1021)?.attention).toBe('unclaimed');

      // Stale first: every row that needs attention (other tests' tickets too) comes before every row that does not.
      const all = await listedRows(dash);
      const firstCalm = all.findIndex((listed) => listed.attention === '');
      expect(firstCalm).toBeGreaterThan(0);
      expect(all.slice(firstCalm).every((listed) => listed.attention === '')).toBe(true);

      /*
       * Support in the last 14 days: 1002, 1007, 1012, 1017 → 4 shares, none withdrawn.
       * Claimed: all four have 👀 → 100 %. Answered (✅ or responded): 1007, 1012, 1017 → 3 of 4 = 75 %.
       * Time to first claim (first person in the thread): 1 h, 0.5 h, 1.5 h, 8 h → sorted 0.5, 1, 1.5, 8 → median
       * (1 + 1.5) / 2 = 1.25 h, shown with one decimal: "1.3 hr". Time to reply (responded after): 6 h, 5 h, 20 h
       * (1002 has none) → median 6 h.
       */
      const support = dash.locator('[data-testid="group-table-category"] tr[data-group="support"]');
      expect(await support.locator('td').allTextContents()).toEqual(['4', '100%', '75%', '1.3 hr', '6 hr']);
      await dash.getByTestId('filter-category').selectOption('support');
      await expect.poll(async () => byTicket((await listedRows(dash)).map((listed) => listed.ticketId))).toEqual([1002, 1007, 1012, 1017]);
      expect(await dash.getByTestId('metric-shares').textContent()).toBe('4');
      expect(await dash.getByTestId('metric-claim-rate').textContent()).toBe('100%');
      expect(await dash.getByTestId('metric-answer-rate').textContent()).toBe('75%');
      expect(await dash.getByTestId('metric-median-claim').textContent()).toBe('1.3 hr');
      expect(await dash.getByTestId('metric-median-reply').textContent()).toBe('6 hr');
      // 1002 is claimed, its first reply 4 h old: not stale. The other three are done.
      expect(await dash.getByTestId('metric-attention').textContent()).toBe('0');
    } finally {
      await context.close();
    }
  });

  test('filters by state, category, area and sharer, and Clear brings every row back', async () => {
    const { dash, context } = await openDashboard(browser());
    try {
      const ids = async () => byTicket((await pastShareRows(dash)).map((listed) => listed.ticketId));
      await dash.getByTestId('filter-state').selectOption('answered');
      await expect.poll(ids).toEqual(STATES_BY_HAND.answered);
      expect((await listedRows(dash)).every((listed) => listed.state === 'answered')).toBe(true);

      await dash.getByTestId('filter-state').selectOption('');
      await dash.getByTestId('filter-area').selectOption('verify');
      // Expert requests in Verify: 1019 and 1021 (1020 is Secure).
      await expect.poll(ids).toEqual([1019, 1021]);

      await dash.getByTestId('filter-area').selectOption('');
      await dash.getByTestId('filter-sharer').selectOption('Sam Rivera');
      // Shared by Sam Rivera in the last 14 days: 1002, 1005, 1008, 1012, 1014, 1016, 1020.
      await expect.poll(ids).toEqual([1002, 1005, 1008, 1012, 1014, 1016, 1020]);

      await dash.getByTestId('filter-category').selectOption('product');
      // And in Product: 1005, 1008.
      await expect.poll(ids).toEqual([1005, 1008]);

      await dash.getByTestId('clear-filters').click();
      await expect.poll(async () => (await ids()).length).toBe(21);
    } finally {
      await context.close();
    }
  });

  test('sorts by age, oldest or newest first, below the rows that need attention', async () => {
    const { dash, context } = await openDashboard(browser());
    try {
      const calmOrder = async () => (await pastShareRows(dash)).filter((listed) => listed.attention === '').map((listed) => listed.ticketId);
      const calm = Object.keys(HOURS_AGO).map(Number).filter((id) => !STALE_BY_HAND.includes(id));
      const oldestFirst = [...calm].sort((a, b) => (HOURS_AGO[b] ?? 0) - (HOURS_AGO[a] ?? 0));
      expect(await calmOrder()).toEqual(oldestFirst);
      await dash.getByTestId('sort-order').selectOption('newest');
      await expect.poll(calmOrder).toEqual([...oldestFirst].reverse());
      // The longest-waiting stale share stays on top whatever the order.
      const stale = (await pastShareRows(dash)).filter((listed) => listed.attention !== '').map((listed) => listed.ticketId);
      expect(stale).toEqual([...STALE_BY_HAND].sort((a, b) => (HOURS_AGO[b] ?? 0) - (HOURS_AGO[a] ?? 0)));
    } finally {
      await context.close();
    }
  });
});

describe('acting on a row', () => {
  test('Nudge posts exactly one thread reply even when double-clicked, and is refused a second time the same day', async () => {
    const post = await postAbout(1005);
    expect(await threadOf(post.ts)).toEqual([]);
    const { page, dash, context } = await openDashboard(browser());
    try {
      await row(dash, 1005).getByTestId('nudge-button').dblclick();
      await expect.poll(() => row(dash, 1005).getByTestId('nudge-status').textContent()).toBe('Nudged: one reply in the thread asks for a volunteer.');
      const thread = await threadOf(post.ts);
      expect(thread).toHaveLength(1);
      expect(thread[0]?.text).toBe('Still open: anyone? React :eyes: if you can take it.');
      expect(thread[0]?.metadata?.event_type).toBe('community_involvement_nudge');
      // The host's Slack pane shows the same thread reply.
      await expect.poll(() => page.locator(`#slack-pane [data-slack-ts="${post.ts}"]`).textContent()).toContain('Still open: anyone?');

      // Another tab (or a reload) knows nothing of the first click: the thread itself refuses today's second nudge.
      await page.reload();
      const again = page.frameLocator('#dashboard-frame');
      await listSettled(again);
      await row(again, 1005).getByTestId('nudge-button').click();
      await expect.poll(() => row(again, 1005).getByTestId('nudge-status').textContent()).toBe("Already nudged today: the thread has today's nudge.");
      expect(await threadOf(post.ts)).toHaveLength(1);
    } finally {
      await context.close();
    }
  });

  test('Withdraw from a row withdraws the share: the row, the ticket and the Slack post change; expert requests offer no Withdraw', async () => {
    const { dash, context } = await openDashboard(browser());
    try {
      expect(await row(dash, 1019).getByTestId('withdraw-button').count()).toBe(0);
      expect(await row(dash, 1009).getByTestId('withdraw-button').count()).toBe(0);

      await row(dash, 1004).getByTestId('withdraw-button').click();
      await dash.getByTestId('withdraw-confirm').click();
      await expect.poll(() => row(dash, 1004).getAttribute('data-state')).toBe('withdrawn');
      expect(await row(dash, 1004).getByTestId('row-state').textContent()).toBe('Withdrawn');

      const post = await postAbout(1004);
      expect(post.metadata?.event_payload.status).toBe('withdrawn');
      expect(post.edited).toBeDefined();
      const ticket = await sim.ticket(1004);
      expect(ticket.tags).toContain('ci_withdrawn');
      expect(ticket.tags).not.toContain('ci_shared');
      expect(await row(dash, 1004).getByTestId('withdraw-button').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  test('Export CSV downloads the listed rows: the header and a known share', async () => {
    const { page, dash, context } = await openDashboard(browser());
    try {
      await dash.getByTestId('filter-category').selectOption('support');
      await expect.poll(async () => (await listedRows(dash)).length).toBe(4);
      const [download] = await Promise.all([page.waitForEvent('download'), dash.getByTestId('export-csv').click()]);
      expect(download.suggestedFilename()).toMatch(/^community-involvement-\d{4}-\d{2}-\d{2}\.csv$/);
      const path = await download.path();
      const lines = readFileSync(path, 'utf8').split('\r\n');
      expect(lines[0]).toBe(
        'kind,ticket_id,shared_at,shared_by,state,category,area,author,excerpt,claimed_by,answered_by,thread_replies,minutes_to_first_claim,minutes_to_reply,post_url,slack_channel,slack_ts',
      );
      // Four rows and the closing line break.
      expect(lines).toHaveLength(6);
      const post = await postAbout(1007);
      // 1007: Alex Advocate's Support share, 👀 and ✅ by Jane, her reply after 30 min and ours when responded (2 in
      // the thread), responded after 6 h = 360 min. The author is AUTHORS[1007 % 6] = Jonas Lindqvist, the text
      // TWEETS.support[1007 % 2] and its link; quoted, as it holds a comma. A cell starting with @ gets an apostrophe
      // so a spreadsheet does not run it as a formula (src/dashboard/csv.ts).
      const known = lines.find((line) => line.startsWith('share,1007,'));
      expect(known).toBe(
        `share,1007,${new Date(Math.round(Number(post.ts) * 1000)).toISOString()},Alex Advocate,responded,support,,'@jlindqvist,` +
          `"Cannot sign in to @gitlab with SSO since this morning, is something down?",Jane Park,Jane Park,2,30,360,https://x.com/jlindqvist/status/1860000000000001007,C0COMMUNITY,${post.ts}`,
      );
    } finally {
      await context.close();
    }
  });

  test('a row opens its ticket in the workspace (ZAF routeTo) and links its Slack post', async () => {
    const { page, dash, context } = await openDashboard(browser());
    try {
      const post = await postAbout(1012);
      const slack = row(dash, 1012).getByTestId('open-slack');
      expect(await slack.getAttribute('href')).toBe(`https://gitlab-sim.slack.com/archives/C0COMMUNITY/p${post.ts.replace('.', '')}`);
      expect(await slack.getAttribute('target')).toBe('_blank');

      await row(dash, 1012).getByTestId('open-ticket').click();
      await page.waitForURL((url) => url.searchParams.get('ticket') === '1012' && !url.searchParams.has('view'));
      await page.frameLocator('#app-frame').getByTestId('panel').waitFor();
      expect(await page.locator('#ticket-switcher').inputValue()).toBe('1012');
      expect(await page.locator('#conversation').textContent()).toContain('runner keeps failing');
    } finally {
      await context.close();
    }
  });
});

describe('keyboard, accessibility and languages', () => {
  test('keyboard only: Tab to a filter and change it, Tab through a row to Nudge and press Enter; the focus is always visible', async () => {
    const { page, frame, context } = await openDashboard(browser());
    try {
      await page.locator('#dashboard-frame').focus();
      await page.keyboard.press('Tab');
      await tabTo(page, frame, 'filter-state');
      expect(await focusRingShown(frame)).toBe(true);
      // A closed native select steps through its options with the arrows: "Any" → "Waiting".
      await page.keyboard.press('ArrowDown');
      await expect.poll(async () => (await listedRows(page.frameLocator('#dashboard-frame'))).every((listed) => listed.state === 'waiting')).toBe(true);

      const path = await tabTo(page, frame, 'nudge-button');
      // Through the row's own links first: its ticket and its Slack post.
      expect(path.map((step) => step.testId)).toEqual(expect.arrayContaining(['open-ticket', 'open-slack']));
      expect(await focusRingShown(frame)).toBe(true);
      const ticketId = await frame.evaluate(() => Number(document.activeElement?.closest('[data-ticket-id]')?.getAttribute('data-ticket-id')));
      const post = await postAbout(ticketId);
      await page.keyboard.press('Enter');
      await expect.poll(() => row(page.frameLocator('#dashboard-frame'), ticketId).getByTestId('nudge-status').textContent()).toContain('Nudged');
      expect(await threadOf(post.ts)).toHaveLength(1);
    } finally {
      await context.close();
    }
  });

  test.each(['light', 'dark'] as const)('axe finds nothing on the dashboard, %s theme (and with the Withdraw dialog open)', async (theme) => {
    const { page, dash, context } = await openDashboard(browser(), { theme });
    try {
      expect(await scanPanel(page, '#dashboard-frame')).toEqual([]);
      await row(dash, 1004).getByTestId('withdraw-button').click();
      await dash.getByTestId('withdraw-dialog').waitFor();
      expect(await scanPanel(page, '#dashboard-frame')).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test.each(['en', 'de', 'es', 'fr', 'ja', 'pt-BR'])('renders in %s without a missing or English-only string', async (locale) => {
    const { frame, dash, context } = await openDashboard(browser(), { locale });
    try {
      const strings = dashboardStrings(locale);
      expect(await dash.getByTestId('dashboard-title').textContent()).toBe(strings['title']);
      expect(await dash.locator('#numbers-title').textContent()).toBe(strings['numbers.heading']);
      const text = await frame.evaluate(() => document.body.innerText);
      // A missing key shows the key itself.
      expect(text).not.toMatch(/\b(dashboard|panel|triage|expert)\.[a-z_]+\.[a-z_.]+/);
      if (locale !== 'en') {
        // A key missing in this locale would fall back to English: no English sentence of the page may show.
        const english = dashboardStrings('en');
        const leaked = Object.entries(english)
          .filter(([key, value]) => strings[key] !== value && !value.includes('{{') && value.length >= 8)
          .map(([, value]) => value)
          .filter((value) => text.includes(value));
        expect(leaked).toEqual([]);
      }
    } finally {
      await context.close();
    }
  });
});

/** The dashboard's part of a locale file, flattened (`numbers.heading` → "Numbers"). */
function dashboardStrings(locale: string): Record<string, string> {
  const tree = (JSON.parse(readFileSync(new URL(`../translations/${locale}.json`, import.meta.url), 'utf8')) as { dashboard: object }).dashboard;
  const flat: Record<string, string> = {};
  const walk = (node: object, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string') flat[`${prefix}${key}`] = value;
      else if (value && typeof value === 'object') walk(value as object, `${prefix}${key}.`);
    }
  };
  walk(tree, '');
  return flat;
}
