import { lazy, Suspense, useState } from 'react';
import type { Post, PostLink } from '../sources/post';
import type { PostUrlResult } from '../sources/postUrl';
import { useI18n } from '../i18n/I18nProvider';
import { ExternalLink } from './ExternalLink';
import { StyledBasicButton } from './styled/firstPaint';
import { StyledRow, StyledSubtle } from './styled/layout';

/** The input (Garden forms) loads only when a URL must be typed: most posts carry theirs. */
const PostUrlInput = lazy(() => import('./PostUrlInput'));

export interface PostUrlFieldProps {
  post: Post;
  /** True once the advocate pasted a link. */
  typed: boolean;
  onTypedLinkChange: (value: PostLink | null) => void;
  readUrl: (raw: string) => PostUrlResult;
}

/** The post's link: the one found in the ticket, or a field to paste one, checked like the ticket's. */
export function PostUrlField({ post, typed, onTypedLinkChange, readUrl }: PostUrlFieldProps) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const current = post.url;

  if (current && !editing) {
    return (
      <StyledRow>
        <ExternalLink href={current} data-testid="tweet-url">
          {current.replace(/^https:\/\/(?:www\.)?/, '')}
        </ExternalLink>
        <StyledBasicButton type="button" onClick={() => setEditing(true)} data-testid="change-url">
          {t('panel.tweet.change_url')}
        </StyledBasicButton>
      </StyledRow>
    );
  }
  const [shortLink] = post.shortLinks;
  return (
    <Suspense fallback={<StyledSubtle>{t('panel.post.url.label')}</StyledSubtle>}>
      <PostUrlInput
        initial={current ?? ''}
        platform={post.platform}
        hint={shortLink ? t('panel.post.url.only_short_link', { link: shortLink }) : t('panel.post.url.no_url')}
        readUrl={readUrl}
        autoFocus={editing}
        canClear={typed}
        onDone={(value) => {
          if (value !== undefined) onTypedLinkChange(value);
          setEditing(false);
        }}
      />
    </Suspense>
  );
}
