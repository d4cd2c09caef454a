import { useI18n } from '../i18n/I18nProvider';
import type { DetectedReply } from '../workflow/replyDetection';
import { StyledSubtle } from './styled/layout';

export interface DetectedReplyLineProps {
  reply: DetectedReply;
  /** The clock the section ticks with, in ms, for "2 minutes ago". */
  now: number;
  'data-testid': string;
}

/** "Priya (@priya) replied 2 minutes ago": the reply that came back on the ticket, by handle where it has one. */
export function DetectedReplyLine({ reply, now, 'data-testid': testId }: DetectedReplyLineProps) {
  const { t, relativeTime } = useI18n();
  return (
    <StyledSubtle data-testid={testId}>
      {reply.handle
        ? t('panel.status.reply_detected', { name: reply.authorName, handle: reply.handle, when: relativeTime(reply.createdAt, now) })
        : t('panel.status.reply_detected_no_handle', { name: reply.authorName, when: relativeTime(reply.createdAt, now) })}
    </StyledSubtle>
  );
}
