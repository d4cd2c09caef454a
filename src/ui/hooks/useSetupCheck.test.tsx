import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { renderPanel } from '../../testing/renderPanel';

const load = vi.hoisted(() => ({ failures: 0 }));

// The check's chunk loads after the first paint; here its first load fails as a dropped connection would.
vi.mock('../../workflow/setupCheck', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../workflow/setupCheck')>();
  return {
    ...real,
    checkSetup: (...args: Parameters<typeof real.checkSetup>) => {
      if (load.failures > 0) {
        load.failures -= 1;
        return Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/setupCheck.js'));
      }
      return real.checkSetup(...args);
    },
  };
});

describe('the setup check', () => {
  test('waits for the suggestion: nothing of the check is asked before it shows', async () => {
    const { channel } = renderPanel();
    await screen.findByTestId('suggestion', {}, { timeout: 30_000 });
    expect(channel.calls).toEqual([]);
    await waitFor(() => expect(screen.getByTestId('panel').dataset.setup).toBe('done'), { timeout: 5000 });
    expect(channel.calls).toContain('auth.test');
  });

  test('a check that cannot run says so with Retry instead of checking forever; Retry runs it again', async () => {
    load.failures = 1;
    renderPanel({ settings: { involvement_macro_title: 'Involving Experts::Gone' } });
    // The check starts once the suggestion shows (the triage's chunk loads first).
    const banner = await screen.findByTestId('setup-banner', {}, { timeout: 30_000 });
    expect(banner.textContent).toContain('The setup could not be checked');
    expect(banner.textContent).toContain('Failed to fetch dynamically imported module');
    await userEvent.click(screen.getByTestId('setup-retry'));
    await waitFor(() => expect(screen.getByTestId('setup-banner').textContent).toContain('There is no active macro titled “Involving Experts::Gone”'), { timeout: 5000 });
  });
});
