import { useCallback } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { buildWithdrawnUpdate } from '../../slack/statusMessage';
import { COMMUNITY_SHARE } from '../../workflow/involvementKind';
import { startWithdraw, withdrawShare, type WithdrawProgress, type WithdrawStepId } from '../../workflow/withdrawShare';
import type { TicketSnapshot } from '../../zendesk/ticket';
import { postedShareFrom, type PostedShareArgs } from '../postedShare';
import { useServices } from '../ServicesProvider';
import { useTransaction } from './useTransaction';

/** Withdrawing a mistaken share for the open ticket. */
export function useWithdraw(snapshot: TicketSnapshot, post: PostedShareArgs, channelLabel: string) {
  const { zendesk, slack, clock, settings } = useServices();
  const { t } = useI18n();
  const begin = useCallback(
    () => startWithdraw({ tags: snapshot.tags, updatedAt: snapshot.updatedAt, status: snapshot.status }),
    [snapshot.tags, snapshot.updatedAt, snapshot.status],
  );
  const execute = useCallback(
    (start: WithdrawProgress, onProgress: (progress: WithdrawProgress) => void) => {
      const by = snapshot.currentUser.name;
      return withdrawShare(
        { zendesk, slack, clock },
        {
          kind: COMMUNITY_SHARE,
          ticketId: snapshot.id,
          update: buildWithdrawnUpdate(postedShareFrom(post), { by, at: new Date() }),
          internalNote: t('panel.withdraw.internal_note', { name: by, channel: channelLabel }),
          macroTitle: settings[COMMUNITY_SHARE.macroSetting],
        },
        start,
        onProgress,
      );
    },
    [zendesk, slack, clock, settings, snapshot, post, t, channelLabel],
  );
  const control = useTransaction<WithdrawStepId, WithdrawProgress>(begin, execute);
  return { control };
}
