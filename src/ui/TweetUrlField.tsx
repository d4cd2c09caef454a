import { lazy, Suspense, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { ExternalLink } from './ExternalLink';
import { StyledBasicButton } from './styled/firstPaint';
import { StyledRow, StyledSubtle } from './styled/layout';

/** The input (Garden forms) loads only when a URL must be typed: most tweets carry theirs. */
const TweetUrlInput = lazy(() => import('./TweetUrlInput'));

export interface TweetUrlFieldProps {
  foundUrl: string | null;
  shortLinks: readonly string[];
  typedUrl: string | null;
  onTypedUrlChange: (value: string | null) => void;
  /** Validates a pasted URL (canonical form or null); absent while the triage loads. */
  parseUrl?: (raw: string) => string | null;
}

/** The tweet's link: the one found in the ticket, or a field to paste one, validated like the ticket's. */
export function TweetUrlField({ foundUrl, shortLinks, typedUrl, onTypedUrlChange, parseUrl }: TweetUrlFieldProps) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const current = typedUrl ?? foundUrl;

  if (current && !editing) {
    return (
      <StyledRow>
        <ExternalLink href={current} data-testid="tweet-url">
          {current.replace(/^https:\/\//, '')}
        </ExternalLink>
        <StyledBasicButton type="button" onClick={() => setEditing(true)} data-testid="change-url">
          {t('panel.tweet.change_url')}
        </StyledBasicButton>
      </StyledRow>
    );
  }
  // Until the triage has looked for the URL, there is nothing to ask for yet.
  if (!parseUrl) return null;
  return (
    <Suspense fallback={<StyledSubtle>{t('panel.tweet.url_label')}</StyledSubtle>}>
      <TweetUrlInput
        initial={current ?? ''}
        hint={shortLinks.length > 0 ? t('panel.tweet.only_short_link', { link: shortLinks[0] ?? '' }) : t('panel.tweet.no_url')}
        parseUrl={parseUrl}
        autoFocus={editing}
        onDone={(value) => {
          if (value !== undefined) onTypedUrlChange(value);
          setEditing(false);
        }}
      />
    </Suspense>
  );
}
