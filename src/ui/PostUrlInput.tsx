import { useEffect, useId, useState } from 'react';
import { Field, Input } from '@zendeskgarden/react-forms';
import type { Platform, PostLink } from '../sources/post';
import type { PostUrlResult } from '../sources/postUrl';
import { useI18n } from '../i18n/I18nProvider';
import { WithAllStrings } from './WithAllStrings';

/** What an address looks like on each platform, as the field's placeholder. */
const EXAMPLE_URL: Record<Platform, string> = {
  x: 'https://x.com/user/status/1234567890',
  hacker_news: 'https://news.ycombinator.com/item?id=1234567',
  reddit: 'https://www.reddit.com/r/gitlab/comments/abc123/',
  facebook: 'https://www.facebook.com/page/posts/1234567890',
  forum: 'https://forum.gitlab.com/t/topic/12345',
};

export interface PostUrlInputProps {
  initial: string;
  /** The ticket's platform, for the example address. */
  platform: Platform;
  /** Why a URL is asked for (none found, only a short link). */
  hint: string;
  readUrl: (raw: string) => PostUrlResult;
  autoFocus: boolean;
  /** True when emptying the field goes back to the link found in the ticket. */
  canClear: boolean;
  /** A valid link, null for cleared, undefined for cancelled. */
  onDone: (value: PostLink | null | undefined) => void;
  /** True while the entry is not a link the post can have; false again once fixed, cancelled or closed. */
  onInvalidChange: (invalid: boolean) => void;
}

/** Paste a post's address on any platform; it is checked like the ones found in tickets and kept in canonical form. */
export default function PostUrlInput({ initial, platform, hint, readUrl, autoFocus, canClear, onDone, onInvalidChange }: PostUrlInputProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(initial);
  const inputId = useId();
  const trimmed = draft.trim();
  const result = trimmed ? readUrl(trimmed) : null;
  const error = result && !result.ok ? result : null;
  // An emptied field that cannot go back to a found link is no link either: the old one would be shared.
  const invalid = error !== null || (trimmed === '' && initial !== '' && !canClear);
  useEffect(() => {
    onInvalidChange(invalid);
  }, [invalid, onInvalidChange]);
  useEffect(() => () => onInvalidChange(false), [onInvalidChange]);
  const commit = () => {
    if (result?.ok) onDone(result.link);
    else if (trimmed === '' && canClear) onDone(null);
  };

  return (
    <Field>
      <Field.Label htmlFor={inputId}>{t('panel.post.url.label')}</Field.Label>
      <Field.Hint>{hint}</Field.Hint>
      <Input
        id={inputId}
        type="url"
        inputMode="url"
        autoFocus={autoFocus}
        placeholder={EXAMPLE_URL[platform]}
        value={draft}
        validation={error ? 'error' : result?.ok ? 'success' : undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          if (event.key === 'Escape' && initial !== '') onDone(undefined);
        }}
        data-testid="tweet-url-input"
        aria-invalid={error !== null}
      />
      {/* The errors' sentences are not in the first paint's strings: they show once the rest are in. */}
      {error && (
        <WithAllStrings fallback={null}>
          <Field.Message validation="error" role="alert">
            {t(`panel.post.url.error.${error.code}`, { platform: error.link ? t(`platform.${error.link.platform}`) : '' })}
          </Field.Message>
        </WithAllStrings>
      )}
    </Field>
  );
}
