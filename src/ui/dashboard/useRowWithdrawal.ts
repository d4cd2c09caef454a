import { useCallback, useState } from 'react';
import { postedShareOf } from '../../dashboard/rowWithdrawal';
import type { ShareRow } from '../../dashboard/shareRow';
import { useI18n } from '../../i18n/I18nProvider';
import { buildWithdrawnUpdate } from '../../slack/statusMessage';
import { COMMUNITY_SHARE } from '../../workflow/involvementKind';
import { startWithdraw, withdrawShare } from '../../workflow/withdrawShare';
import { useDashboardServices } from './DashboardServicesProvider';
import { reasonOf } from './errorReason';

export type RowWithdrawalState = { kind: 'idle' } | { kind: 'running' } | { kind: 'done' } | { kind: 'failed'; reason: string };

/**
 * Withdraw from the dashboard: the sidebar's own transaction (`withdrawShare`: mark the post, then take the tags
 * off the ticket with a note), started from what the row knows; the list reads again when it is done.
 */
export function useRowWithdrawal(row: ShareRow, onDone: () => void) {
  const { zendesk, sources, subdomain, currentUserName, settings } = useDashboardServices();
  const { t } = useI18n();
  const [state, setState] = useState<RowWithdrawalState>({ kind: 'idle' });
  const run = useCallback(() => {
    setState({ kind: 'running' });
    const by = currentUserName || t('dashboard.row.someone');
    withdrawShare(
      { zendesk, slack: sources.slack, clock: sources.clock },
      {
        kind: COMMUNITY_SHARE,
        ticketId: row.ticketId,
        update: buildWithdrawnUpdate(postedShareOf(row, subdomain), { by, at: new Date(sources.clock.now()) }),
        internalNote: t('panel.withdraw.internal_note', { name: by, channel: row.channel }),
        macroTitle: settings[COMMUNITY_SHARE.macroSetting],
      },
      startWithdraw({ tags: [], updatedAt: '', status: '' }),
      () => undefined,
    ).then(
      (progress) => {
        if (progress.failure) {
          setState({ kind: 'failed', reason: reasonOf(progress.failure.error) });
          return;
        }
        setState({ kind: 'done' });
        onDone();
      },
      (error: unknown) => setState({ kind: 'failed', reason: reasonOf(error) }),
    );
  }, [zendesk, sources, subdomain, currentUserName, settings, row, t, onDone]);
  return { state, run };
}
