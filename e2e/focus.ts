import type { Frame, Page } from 'playwright-core';

/** What has the keyboard focus in the app: its test id (or the nearest one around it), tag and text. */
export interface Focused {
  testId: string | null;
  tag: string;
  /** Inside an open dialog. */
  inDialog: boolean;
  text: string;
}

export async function focused(frame: Frame): Promise<Focused> {
  return frame.evaluate(() => {
    const element = document.activeElement;
    return {
      testId: element?.closest('[data-testid]')?.getAttribute('data-testid') ?? null,
      tag: element?.tagName.toLowerCase() ?? '',
      inDialog: element?.closest('[role="dialog"]') != null,
      text: (element?.textContent ?? '').trim().slice(0, 60),
    };
  });
}

/** Presses Tab (or Shift+Tab) until the element with this test id has the focus, as a keyboard user would. */
export async function tabTo(page: Page, frame: Frame, testId: string, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<Focused[]> {
  const path: Focused[] = [];
  for (let presses = 0; presses < 60; presses += 1) {
    const now = await focused(frame);
    if (now.testId === testId) return path;
    path.push(now);
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached ${testId}; focus went through ${JSON.stringify(path.map((step) => step.testId ?? step.tag))}`);
}

/** Whether the focused element draws a focus ring (Garden's box-shadow, or an outline). */
export async function focusRingShown(frame: Frame): Promise<boolean> {
  return frame.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return false;
    const style = getComputedStyle(element);
    return (style.boxShadow !== 'none' && style.boxShadow !== '') || (style.outlineStyle !== 'none' && style.outlineWidth !== '0px');
  });
}
