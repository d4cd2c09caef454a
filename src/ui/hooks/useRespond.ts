import { useCallback, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { buildRespondedThreadReply, buildRespondedUpdate } from '../../slack/statusMessage';
import { COMMUNITY_SHARE } from '../../workflow/involvementKind';
import { markResponded, RESPONDED_STEPS, startResponded, type RespondedProgress, type RespondedStepId } from '../../workflow/markResponded';
import type { TicketSnapshot } from '../../zendesk/ticket';
import { postedShareFrom, type PostedShareArgs } from '../postedShare';
import { useServices } from '../ServicesProvider';
import { useTransaction } from './useTransaction';

/** "Mark as responded" for the open ticket: the steps, and `mark({ handle } or { handle: '', replyUrl })` to start or resume it. */
export function useRespond(snapshot: TicketSnapshot, post: PostedShareArgs) {
  const { zendesk, slack, clock, settings } = useServices();
  const { t } = useI18n();
  const responder = useRef<{ handle: string; at: Date; replyUrl?: string }>({ handle: '', at: new Date() });
  /** The handle marked in this session, for "Marked as responded: @jane replied". */
  const [handle, setHandle] = useState<string | null>(null);
  /** The reply's link marked in this session where the advocate gave a link, not a handle. */
  const [replyUrl, setReplyUrl] = useState<string | null>(null);
  const begin = useCallback(
    () => startResponded({ tags: snapshot.tags, updatedAt: snapshot.updatedAt, status: snapshot.status }),
    [snapshot.tags, snapshot.updatedAt, snapshot.status],
  );
  const execute = useCallback(
    (start: RespondedProgress, onProgress: (progress: RespondedProgress) => void) => {
      const { handle, at, replyUrl } = responder.current;
      const markedBy = snapshot.currentUser.name;
      const share = postedShareFrom(post);
      const responded = { handle, at, markedBy, ...(replyUrl && { replyUrl }) };
      return markResponded(
        { zendesk, slack, clock },
        {
          kind: COMMUNITY_SHARE,
          ticketId: snapshot.id,
          update: buildRespondedUpdate(share, responded),
          threadReply: buildRespondedThreadReply(share, responded),
          responderMark: handle || (replyUrl ?? ''),
          macroTitle: settings.respondedMacroTitle,
          internalNote:
            handle === '' && replyUrl
              ? t('panel.responded.internal_note_link', { name: markedBy, platform: t(`platform.${post.post.platform}`), link: replyUrl })
              : t('panel.responded.internal_note', { name: markedBy, handle }),
        },
        start,
        onProgress,
      );
    },
    [zendesk, slack, clock, snapshot, post, settings.respondedMacroTitle, t],
  );
  const control = useTransaction<RespondedStepId, RespondedProgress>(begin, execute);
  const mark = useCallback(
    (responded: { handle: string; at: Date; replyUrl?: string }) => {
      responder.current = responded;
      const handle = responded.handle.replace(/^@/, '');
      setHandle(handle === '' ? null : handle);
      setReplyUrl(handle === '' ? (responded.replyUrl ?? null) : null);
      control.run();
    },
    [control],
  );
  return { control, mark, handle, replyUrl, steps: RESPONDED_STEPS, macroTitle: settings.respondedMacroTitle };
}
