import { describe, expect, test } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { appFrame } from './axe';
import { praiseTicket } from './fixtures';
import { CLAIMED_TICKET } from './loopSupport';
import { focused, tabTo } from './focus';
import { browserPerFile, openTicket, sim } from './support';

const browser = browserPerFile();

const PRAISE = praiseTicket();
const NOTE = 'Sarah asked about Auto DevOps for monorepos, a pipeline tip would land well.';

/** From the host page, the agent moves into the sidebar app the way Zendesk's own Tab order does. */
async function enterApp(page: Page): Promise<Frame> {
  await page.locator('#app-frame').focus();
  await page.keyboard.press('Tab');
  return appFrame(page);
}

/** The text of every live region of the app (aria-live, role=status, role=alert), to check what is announced. */
async function announced(frame: Frame): Promise<string> {
  return frame.evaluate(() =>
    [...document.querySelectorAll('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"]')]
      .map((region) => region.textContent ?? '')
      .join('\n'),
  );
}

describe('the share flow with the keyboard alone', () => {
  test('Tab to the category, change it, type a note, Enter on Share: focus lands on the result and the post carries both', async () => {
    const { page, app, context } = await openTicket(browser(), PRAISE.id);
    try {
      await app.getByTestId('suggested-decision').waitFor({ timeout: 15_000 });
      const frame = await enterApp(page);

      await tabTo(page, frame, 'category-select');
      const before = await app.getByTestId('category-select').inputValue();
      await page.keyboard.press('ArrowDown');
      const after = await app.getByTestId('category-select').inputValue();
      expect(after).not.toBe(before);
      const chosenCategory = (await app.locator(`[data-testid="category-select"] option[value="${after}"]`).textContent()) ?? '';
      expect(chosenCategory).not.toBe('');

      await tabTo(page, frame, 'note-input');
      await page.keyboard.type(NOTE);
      await tabTo(page, frame, 'share-button');
      await page.keyboard.press('Enter');

      await app.getByTestId('share-result').waitFor({ timeout: 15_000 });
      await expect.poll(async () => (await focused(frame)).testId).toBe('share-result');
      const [post] = (await sim.messages()).filter((message) => message.metadata?.event_payload.ticket_id === PRAISE.id);
      expect(JSON.stringify(post?.blocks)).toContain(NOTE);
      expect(JSON.stringify(post?.blocks)).toContain(chosenCategory);
    } finally {
      await context.close();
    }
  });

  test('while the share runs, focus stays in the share section and each step is announced', async () => {
    const { page, app, context } = await openTicket(browser(), PRAISE.id);
    try {
      await app.getByTestId('suggested-decision').waitFor({ timeout: 15_000 });
      const frame = await enterApp(page);
      await tabTo(page, frame, 'share-button');
      await sim.latency(600);
      await page.keyboard.press('Enter');

      await app.locator('[data-testid="step-list"] [data-status="running"]').waitFor();
      expect((await focused(frame)).testId).toBe('share-progress');
      expect(await app.getByTestId('step-announcement').getAttribute('role')).toBe('status');
      await expect.poll(() => announced(frame), { timeout: 10_000 }).toContain('Post to Slack — in progress');
      await expect.poll(() => announced(frame), { timeout: 15_000 }).toContain('Shared to #community-involvement');
    } finally {
      await context.close();
    }
  });

  test('a failure is announced, Tab reaches Retry, and Enter resumes the share', async () => {
    const { page, app, context } = await openTicket(browser(), PRAISE.id);
    try {
      await app.getByTestId('suggested-decision').waitFor({ timeout: 15_000 });
      await sim.fault({ match: 'slack:chat.postMessage', slackError: 'not_in_channel' });
      const frame = await enterApp(page);
      await tabTo(page, frame, 'share-button');
      await page.keyboard.press('Enter');

      const failure = app.getByTestId('share-failure');
      await failure.waitFor({ timeout: 15_000 });
      expect(await failure.getAttribute('role')).toBe('alert');
      expect(await announced(frame)).toContain('Stopped at: Post to Slack');

      const path = await tabTo(page, frame, 'retry-button');
      expect(path.length).toBeLessThanOrEqual(1);
      await page.keyboard.press('Enter');
      await app.getByTestId('share-result').waitFor({ timeout: 15_000 });
      await expect.poll(async () => (await focused(frame)).testId).toBe('share-result');
      expect((await sim.messages()).filter((message) => message.metadata?.event_payload.ticket_id === PRAISE.id)).toHaveLength(1);
    } finally {
      await context.close();
    }
  });
});

describe('the withdraw dialog with the keyboard', () => {
  test('traps focus while open; Escape closes it and gives the focus back to Withdraw', async () => {
    const { page, app, context } = await openTicket(browser(), CLAIMED_TICKET.id);
    try {
      await app.getByTestId('claims').waitFor({ timeout: 15_000 });
      const frame = await enterApp(page);
      await tabTo(page, frame, 'withdraw-button');
      await page.keyboard.press('Enter');
      await app.getByTestId('withdraw-confirm').waitFor();
      await expect.poll(async () => (await focused(frame)).inDialog).toBe(true);

      for (const key of ['Tab', 'Shift+Tab'] as const) {
        for (let presses = 0; presses < 8; presses += 1) {
          await page.keyboard.press(key);
          expect((await focused(frame)).inDialog, `${key} #${presses + 1}`).toBe(true);
        }
      }

      await page.keyboard.press('Escape');
      await expect.poll(() => app.getByTestId('withdraw-dialog').count()).toBe(0);
      await expect.poll(async () => (await focused(frame)).testId).toBe('withdraw-button');
      expect((await sim.ticket(CLAIMED_TICKET.id)).tags).toContain('ci_shared');
    } finally {
      await context.close();
    }
  });
});
