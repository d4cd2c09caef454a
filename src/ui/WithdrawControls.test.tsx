import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ThemeProvider } from '@zendeskgarden/react-theming';
import { describe, expect, test, vi } from 'vitest';
import english from '../../translations/en.json';
import { I18nProvider } from '../i18n/I18nProvider';
import { flatten, type TranslationTree } from '../i18n/translate';
import type { WithdrawProgress } from '../workflow/withdrawShare';
import type { TransactionControl } from './hooks/useTransaction';
import { themeFor } from './theme';
import { WithdrawControls } from './WithdrawControls';

const strings = flatten(english as unknown as TranslationTree);

function renderControls(keyPrefix: 'panel.status' | 'expert.panel', disabled = false) {
  const run = vi.fn();
  const control: TransactionControl<WithdrawProgress> = { progress: null, running: false, run };
  render(
    <ThemeProvider theme={themeFor('light')}>
      <I18nProvider locale="en" strings={strings} fallback={strings}>
        <WithdrawControls control={control} channelLabel="#community-involvement" label="Withdraw" keyPrefix={keyPrefix} disabled={disabled} data-testid="withdraw" />
      </I18nProvider>
    </ThemeProvider>,
  );
  return run;
}

describe('Withdraw asks first', () => {
  test('nothing is withdrawn until the advocate confirms in the dialog, and then once', async () => {
    const run = renderControls('panel.status');
    await userEvent.click(screen.getByTestId('withdraw'));
    const dialog = await screen.findByTestId('withdraw-dialog');
    expect(dialog.textContent).toContain('#community-involvement');
    expect(run).not.toHaveBeenCalled();
    await userEvent.click(screen.getByTestId('withdraw-confirm'));
    expect(run).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByTestId('withdraw-dialog')).toBeNull());
  });

  test('cancelling closes the dialog and withdraws nothing', async () => {
    const run = renderControls('expert.panel');
    await userEvent.click(screen.getByTestId('withdraw'));
    await screen.findByTestId('withdraw-dialog');
    await userEvent.click(screen.getByText(strings['expert.panel.withdraw_cancel'] ?? ''));
    await waitFor(() => expect(screen.queryByTestId('withdraw-dialog')).toBeNull());
    expect(run).not.toHaveBeenCalled();
  });

  test('while another step of the post runs, the button is off', () => {
    renderControls('panel.status', true);
    expect((screen.getByTestId('withdraw') as HTMLButtonElement).disabled).toBe(true);
  });
});
