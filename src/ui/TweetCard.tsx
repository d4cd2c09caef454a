import type { Reason } from '../triage/types';
import { useI18n } from '../i18n/I18nProvider';
import { ExternalLink } from './ExternalLink';
import { HighlightedText } from './HighlightedText';
import { usePerformanceMark } from './hooks/usePerformanceMark';
import { StyledRow, StyledSection, StyledSectionTitle, StyledSubtle } from './styled/layout';
import { StyledAuthor, StyledAuthorName, StyledChannelBadge, StyledTweetText } from './styled/tweet';
import { TweetUrlField } from './TweetUrlField';

export interface TweetAuthor {
  /** Display name, as X shows it. */
  name: string;
  /** Handle without the @, when known. */
  handle?: string;
  /** Link to the profile on X. */
  profileUrl?: string;
}

export interface TweetCardProps {
  author: TweetAuthor;
  text: string;
  isDirectMessage: boolean;
  /** Signals with evidence to mark in the text (empty while the triage loads). */
  reasons: readonly Reason[];
  /** The URL found in the ticket (canonical) or null. */
  foundUrl: string | null;
  shortLinks: readonly string[];
  /** The URL the advocate typed, if any. */
  typedUrl: string | null;
  onTypedUrlChange: (value: string | null) => void;
  /** Validates a pasted URL (canonical form or null); absent while the triage loads. */
  parseUrl?: (raw: string) => string | null;
}

/** Who wrote the tweet, what it says, where it was posted, and its link. */
export function TweetCard(props: TweetCardProps) {
  const { t } = useI18n();
  const { author } = props;
  usePerformanceMark('ci:card');
  return (
    <StyledSection aria-labelledby="tweet-card-title">
      <StyledSectionTitle id="tweet-card-title">{t('panel.tweet.title')}</StyledSectionTitle>
      <StyledAuthor>
        <StyledAuthorName data-testid="tweet-author">{author.name}</StyledAuthorName>
        {author.handle &&
          (author.profileUrl ? (
            <ExternalLink href={author.profileUrl} data-testid="tweet-handle">
              @{author.handle}
            </ExternalLink>
          ) : (
            <StyledSubtle data-testid="tweet-handle">@{author.handle}</StyledSubtle>
          ))}
      </StyledAuthor>
      <StyledRow>
        <StyledChannelBadge $private={props.isDirectMessage} data-testid="tweet-channel">
          {props.isDirectMessage ? t('panel.tweet.direct_message') : t('panel.tweet.public_mention')}
        </StyledChannelBadge>
      </StyledRow>
      <StyledTweetText data-testid="tweet-text">
        <HighlightedText text={props.text} reasons={props.reasons} />
      </StyledTweetText>
      <TweetUrlField
        foundUrl={props.foundUrl}
        shortLinks={props.shortLinks}
        typedUrl={props.typedUrl}
        onTypedUrlChange={props.onTypedUrlChange}
        parseUrl={props.parseUrl}
      />
    </StyledSection>
  );
}
