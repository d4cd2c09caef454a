import { useId, useState } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { Field, Input } from '@zendeskgarden/react-forms';
import { useI18n } from '../i18n/I18nProvider';
import type { PostLink, SourceSettings } from '../sources/post';
import { checkReplyLink } from '../sources/postUrl';

const HANDLE = /^@?([A-Za-z0-9_]{1,15})$/;

export interface RespondedFormProps {
  /** The handle of a reply detected on the ticket, if any. */
  detectedHandle?: string;
  /** The shared post, where its replies do not come back into Zendesk (Hacker News, Reddit, the forum): the reply's link is asked for. */
  replyLinkFor?: { post: PostLink; settings: SourceSettings };
  disabled: boolean;
  onMark: (handle: string) => void;
  /** The reply's link, checked against the post. */
  onMarkLink: (replyUrl: string) => void;
}

/**
 * One click when a reply came back on the ticket; otherwise (a team member replied outside the ticket) the
 * advocate types the responder's X handle, or, on platforms whose replies never come back, pastes the reply's link.
 */
export function RespondedForm({ detectedHandle, replyLinkFor, disabled, onMark, onMarkLink }: RespondedFormProps) {
  if (replyLinkFor) return <ReplyLinkForm {...replyLinkFor} disabled={disabled} onMarkLink={onMarkLink} />;
  return <HandleForm detectedHandle={detectedHandle} disabled={disabled} onMark={onMark} />;
}

function HandleForm({ detectedHandle, disabled, onMark }: Pick<RespondedFormProps, 'detectedHandle' | 'disabled' | 'onMark'>) {
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  const inputId = useId();
  const match = HANDLE.exec(typed.trim());
  const invalid = typed.trim() !== '' && !match;

  if (detectedHandle) {
    return (
      <Button isPrimary isStretched disabled={disabled} onClick={() => onMark(detectedHandle)} data-testid="mark-responded">
        {t('panel.status.mark_responded')}
      </Button>
    );
  }
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (match?.[1]) onMark(match[1]);
      }}
    >
      <Field>
        <Field.Label htmlFor={inputId}>{t('panel.status.manual_label')}</Field.Label>
        <Field.Hint>{t('panel.status.manual_hint')}</Field.Hint>
        <Input
          id={inputId}
          isCompact
          placeholder="@handle"
          value={typed}
          validation={invalid ? 'error' : undefined}
          onChange={(event) => setTyped(event.target.value)}
          data-testid="responder-handle"
        />
        {invalid && <Field.Message validation="error">{t('panel.status.invalid_handle')}</Field.Message>}
      </Field>
      <Button type="submit" size="small" disabled={disabled || !match} data-testid="mark-responded-manual">
        {t('panel.status.mark_responded')}
      </Button>
    </form>
  );
}

/**
 * Where the team's reply never reaches Zendesk, its link is the proof: checked against the post on submit (same
 * host, same thread, not the post itself), so a wrong paste says what to paste instead and records nothing.
 */
function ReplyLinkForm({
  post,
  settings,
  disabled,
  onMarkLink,
}: { post: PostLink; settings: SourceSettings; disabled: boolean; onMarkLink: (replyUrl: string) => void }) {
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const platform = t(`platform.${post.platform}`);

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        const checked = checkReplyLink(post, typed, settings);
        if (!checked.ok) {
          setError(t(`panel.status.reply_link_error.${checked.code}`, { platform }));
          return;
        }
        setError(null);
        onMarkLink(checked.link.url);
      }}
    >
      <Field>
        <Field.Label htmlFor={inputId}>{t('panel.status.reply_link_label', { platform })}</Field.Label>
        <Field.Hint>{t('panel.status.reply_link_hint', { platform })}</Field.Hint>
        <Input
          id={inputId}
          isCompact
          inputMode="url"
          placeholder="https://"
          value={typed}
          validation={error ? 'error' : undefined}
          aria-invalid={error !== null}
          onChange={(event) => {
            setTyped(event.target.value);
            setError(null);
          }}
          data-testid="reply-link"
        />
        {error && (
          <Field.Message validation="error" role="alert" data-testid="reply-link-error">
            {error}
          </Field.Message>
        )}
      </Field>
      <Button type="submit" size="small" disabled={disabled || typed.trim() === ''} data-testid="mark-responded-link">
        {t('panel.status.mark_responded')}
      </Button>
    </form>
  );
}
