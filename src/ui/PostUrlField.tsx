import { lazy, Suspense, useState } from 'react';
import type { Post, PostLink } from '../sources/post';
import type { PostUrlResult } from '../sources/postUrl';
import { useI18n } from '../i18n/I18nProvider';
import { ExternalLink } from './ExternalLink';
import { StyledBasicButton } from './styled/firstPaint';
import { StyledRow, StyledSubtle } from './styled/layout';
import { WithAllStrings } from './WithAllStrings';

/** The input (Garden forms) loads only when a URL must be typed: most posts carry theirs. */
const PostUrlInput = lazy(() => import('./PostUrlInput'));
const OtherAuthorConfirm = lazy(() => import('./OtherAuthorConfirm'));

/** What the share needs to know of the field beyond its link (issue 15, item 7). */
export interface UrlFieldCheck {
  /** The pasted link is by someone else than the ticket's author. */
  otherAuthor: boolean;
  /** The advocate confirmed that link anyway. */
  confirmed: boolean;
  onConfirm: (confirmed: boolean) => void;
  /** The field holds an entry that is not a post's link (Share must wait: it would share the link before). */
  onInvalidChange: (invalid: boolean) => void;
}

export interface PostUrlFieldProps {
  post: Post;
  /** True once the advocate pasted a link. */
  typed: boolean;
  onTypedLinkChange: (value: PostLink | null) => void;
  readUrl: (raw: string) => PostUrlResult;
  check: UrlFieldCheck;
}

/** The post's link: the one found in the ticket, or a field to paste one, checked like the ticket's. */
export function PostUrlField({ post, typed, onTypedLinkChange, readUrl, check }: PostUrlFieldProps) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const current = post.url;

  if (current && !editing) {
    return (
      <>
        <StyledRow>
          <ExternalLink href={current} data-testid="tweet-url">
            {current.replace(/^https:\/\/(?:www\.)?/, '')}
          </ExternalLink>
          <StyledBasicButton type="button" onClick={() => setEditing(true)} data-testid="change-url">
            {t('panel.tweet.change_url')}
          </StyledBasicButton>
        </StyledRow>
        {check.otherAuthor && (
          <WithAllStrings fallback={null}>
            <OtherAuthorConfirm
              linkHandle={post.link?.handle ?? ''}
              ticketHandle={post.author.handle ?? ''}
              confirmed={check.confirmed}
              onConfirm={check.onConfirm}
            />
          </WithAllStrings>
        )}
      </>
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
        onInvalidChange={check.onInvalidChange}
        onDone={(value) => {
          if (value !== undefined) onTypedLinkChange(value);
          setEditing(false);
        }}
      />
    </Suspense>
  );
}
