import { useId, useState } from 'react';
import { Anchor, Button } from '@zendeskgarden/react-buttons';
import { Field, Input } from '@zendeskgarden/react-forms';
import { useI18n } from '../i18n/I18nProvider';
import { StyledRow } from './styled/layout';

export interface TweetUrlFieldProps {
  foundUrl: string | null;
  shortLinks: readonly string[];
  typedUrl: string | null;
  onTypedUrlChange: (value: string | null) => void;
  parseUrl?: (raw: string) => string | null;
}

/** The tweet's link: the one found in the ticket, or a field to paste one, validated like the ticket's. */
export function TweetUrlField({ foundUrl, shortLinks, typedUrl, onTypedUrlChange, parseUrl }: TweetUrlFieldProps) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(typedUrl ?? '');
  const inputId = useId();
  const current = typedUrl ?? foundUrl;

  if (current && !editing) {
    return (
      <StyledRow>
        <Anchor href={current} isExternal externalIconLabel={t('panel.common.opens_new_tab')} data-testid="tweet-url">
          {current.replace(/^https:\/\//, '')}
        </Anchor>
        <Button
          size="small"
          isBasic
          onClick={() => {
            setDraft(current);
            setEditing(true);
          }}
        >
          {t('panel.tweet.change_url')}
        </Button>
      </StyledRow>
    );
  }

  const trimmed = draft.trim();
  const parsed = trimmed && parseUrl ? parseUrl(trimmed) : null;
  const invalid = trimmed !== '' && parseUrl !== undefined && parsed === null;
  const hint = shortLinks.length > 0 ? t('panel.tweet.only_short_link', { link: shortLinks[0] ?? '' }) : t('panel.tweet.no_url');
  const commit = () => {
    if (parsed) {
      onTypedUrlChange(parsed);
      setEditing(false);
    } else if (trimmed === '') {
      onTypedUrlChange(null);
      setEditing(false);
    }
  };

  return (
    <Field>
      <Field.Label htmlFor={inputId}>{t('panel.tweet.url_label')}</Field.Label>
      <Field.Hint>{hint}</Field.Hint>
      <Input
        id={inputId}
        type="url"
        inputMode="url"
        placeholder="https://x.com/user/status/1234567890"
        value={draft}
        validation={invalid ? 'error' : parsed ? 'success' : undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          if (event.key === 'Escape') setEditing(false);
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
