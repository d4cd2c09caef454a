import { lazy, Suspense, useState } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { WITHDRAW_STEPS, type WithdrawProgress } from '../workflow/withdrawShare';
import type { TransactionControl } from './hooks/useTransaction';
import { TransactionView } from './TransactionView';

const WithdrawDialog = lazy(() => import('./WithdrawDialog'));

export interface WithdrawControlsProps {
  /** The withdrawal's transaction; it runs once the advocate confirms. */
  control: TransactionControl<WithdrawProgress>;
  channelLabel: string;
  /** The button's label, already translated. */
  label: string;
  /** Where the dialog's words are (`panel.status` for a share, `expert.panel` for an expert request). */
  keyPrefix: 'panel.status' | 'expert.panel';
  /** Another transaction of the same post is running. */
  disabled: boolean;
  'data-testid': string;
}

/** Withdraw: the button, the dialog that asks first (loaded only when opened), then the withdrawal's steps. */
export function WithdrawControls({ control, channelLabel, label, keyPrefix, disabled, 'data-testid': testId }: WithdrawControlsProps) {
  const [confirming, setConfirming] = useState(false);
  const close = () => setConfirming(false);
  return (
    <>
      <Button size="small" isBasic isDanger disabled={disabled} onClick={() => setConfirming(true)} data-testid={testId}>
        {label}
      </Button>
      <TransactionView control={control} steps={WITHDRAW_STEPS} stepsPrefix="panel.withdraw.step" context={{ channel: channelLabel, macroTitle: '' }} />
      {confirming && (
        <Suspense fallback={null}>
          <WithdrawDialog
            channelLabel={channelLabel}
            keyPrefix={keyPrefix}
            onCancel={close}
            onConfirm={() => {
              close();
              control.run();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
