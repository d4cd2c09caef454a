import type { Platform, Post, PostLink } from '../sources/post';
import type { PostUrlResult } from '../sources/postUrl';
import type { Reason } from '../triage/types';
import { useI18n } from '../i18n/I18nProvider';
import { ExternalLink } from './ExternalLink';
import { HighlightedText } from './HighlightedText';
import { StyledRow, StyledSection, StyledSectionTitle, StyledSubtle } from './styled/layout';
import { StyledAuthor, StyledAuthorName, StyledChannelBadge, StyledSourceOff, StyledTweetText } from './styled/post';
import { PostUrlField, type UrlFieldCheck } from './PostUrlField';

/** How each platform writes a user name: `@jane` on X and Discourse, `u/jane` on Reddit, bare on Hacker News. */
const HANDLE_PREFIX: Record<Platform, string> = { x: '@', hacker_news: '', reddit: 'u/', facebook: '', forum: '@' };

export interface PostCardProps {
  post: Post;
  text: string;
  /** Signals with evidence to mark in the text (empty while the triage loads). */
  reasons: readonly Reason[];
  /** True once the advocate pasted a link (it replaces the one found in the ticket). */
  typed: boolean;
  onTypedLinkChange: (value: PostLink | null) => void;
  /** Reads a pasted link with the installation's sources. */
  readUrl: (raw: string) => PostUrlResult;
  urlCheck: UrlFieldCheck;
}

/** Who wrote the post, where (platform, public or private), what it says, and its link. */
export function PostCard({ post, text, reasons, typed, onTypedLinkChange, readUrl, urlCheck }: PostCardProps) {
  const { t } = useI18n();
  const { author, platform } = post;
  const platformName = t(`platform.${platform}`);
  const handle = author.handle ? `${HANDLE_PREFIX[platform]}${author.handle}` : '';
  return (
    <StyledSection aria-labelledby="tweet-card-title" data-platform={platform}>
      <StyledSectionTitle id="tweet-card-title">{post.isPublic ? t(`panel.post.title.${platform}`) : t(`panel.post.title_private.${platform}`)}</StyledSectionTitle>
      <StyledAuthor>
        <StyledAuthorName data-testid="tweet-author">{author.name}</StyledAuthorName>
        {handle &&
          (author.profileUrl ? (
            <ExternalLink href={author.profileUrl} data-testid="tweet-handle">
              {handle}
            </ExternalLink>
          ) : (
            <StyledSubtle data-testid="tweet-handle">{handle}</StyledSubtle>
          ))}
      </StyledAuthor>
      <StyledRow>
        <StyledChannelBadge $private={false} data-testid="post-platform">
          {platformName}
        </StyledChannelBadge>
        <StyledChannelBadge $private={!post.isPublic} data-testid="tweet-channel">
          {post.isPublic ? t('panel.tweet.public_mention') : t(`panel.post.private.${platform}`)}
        </StyledChannelBadge>
      </StyledRow>
      {!post.enabled && (
        <StyledSourceOff role="status" data-testid="source-off">
          {t('panel.post.source_off', { platform: platformName })}
        </StyledSourceOff>
      )}
      <StyledTweetText data-testid="tweet-text">
        <HighlightedText text={text} reasons={reasons} />
      </StyledTweetText>
      {/* A private message has no public address to share. */}
      {post.isPublic && <PostUrlField post={post} typed={typed} onTypedLinkChange={onTypedLinkChange} readUrl={readUrl} check={urlCheck} />}
    </StyledSection>
  );
}
