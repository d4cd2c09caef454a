import { useId, useState } from 'react';
import { Field, Input } from '@zendeskgarden/react-forms';
import { useI18n } from '../i18n/I18nProvider';

export interface TweetUrlInputProps {
  initial: string;
  /** Why a URL is asked for (none found, only a t.co link). */
  hint: string;
  parseUrl?: (raw: string) => string | null;
  autoFocus: boolean;
  /** A valid canonical URL, null for cleared, undefined for cancelled. */
  onDone: (value: string | null | undefined) => void;
}

/** Paste a tweet's address; it is checked like the ones found in tickets and kept in canonical form. */
export default function TweetUrlInput({ initial, hint, parseUrl, autoFocus, onDone }: TweetUrlInputProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(initial);
  const inputId = useId();
  const trimmed = draft.trim();
  const parsed = trimmed && parseUrl ? parseUrl(trimmed) : null;
  const invalid = trimmed !== '' && parseUrl !== undefined && parsed === null;
  const commit = () => {
    if (parsed) onDone(parsed);
    else if (trimmed === '' && initial !== '') onDone(null);
  };

  return (
    <Field>
      <Field.Label htmlFor={inputId}>{t('panel.tweet.url_label')}</Field.Label>
      <Field.Hint>{hint}</Field.Hint>
      <Input
        id={inputId}
        type="url"
        inputMode="url"
        autoFocus={autoFocus}
        placeholder="https://x.com/user/status/1234567890"
        value={draft}
        validation={invalid ? 'error' : parsed ? 'success' : undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          if (event.key === 'Escape' && initial !== '') onDone(undefined);
        }}
        data-testid="tweet-url-input"
        aria-invalid={invalid}
      />
      {invalid && (
        <Field.Message validation="error" role="alert">
          {t('panel.tweet.invalid_url')}
        </Field.Message>
      )}
    </Field>
  );
}
