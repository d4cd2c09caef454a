import styled from 'styled-components';
import { gardenColor } from './gardenColors';

export const StyledAuthor = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  gap: ${(p) => p.theme.space.xxs} ${(p) => p.theme.space.xs};
`;

export const StyledAuthorName = styled.span`
  font-weight: ${(p) => p.theme.fontWeights.semibold};
  overflow-wrap: anywhere;
`;

/** The post body: kept as written (line breaks, emoji, right-to-left text). */
export const StyledTweetText = styled.p`
  margin: 0;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  unicode-bidi: plaintext;
`;

/** Words that made a signal fire. */
export const StyledEvidence = styled.mark`
  border-radius: 2px;
  padding: 0 1px;
  background-color: ${gardenColor('background.warning')};
  color: inherit;
`;

/**
 * The platform, and public post or private message. A badge in Garden's colours rather than Garden's Tag, whose package costs
 * 1.5 kB gzip of the first paint for one label.
 */
export const StyledChannelBadge = styled.span<{ $private: boolean }>`
  display: inline-block;
  border-radius: ${(p) => p.theme.borderRadii.sm};
  padding: 0 ${(p) => p.theme.space.xs};
  font-size: ${(p) => p.theme.fontSizes.sm};
  font-weight: ${(p) => p.theme.fontWeights.semibold};
  line-height: ${(p) => p.theme.lineHeights.sm};
  background-color: ${(p) => gardenColor(p.$private ? 'background.danger' : 'background.subtle')(p)};
  color: ${(p) => gardenColor(p.$private ? 'foreground.danger' : 'foreground.subtle')(p)};
`;

/** The ticket's platform is turned off in the app settings: a warning, not an error the advocate caused. */
export const StyledSourceOff = styled.p`
  margin: 0;
  border-radius: ${(p) => p.theme.borderRadii.sm};
  padding: ${(p) => p.theme.space.xs} ${(p) => p.theme.space.sm};
  background-color: ${gardenColor('background.warning')};
  color: ${gardenColor('foreground.warning')};
`;
