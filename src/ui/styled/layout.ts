import styled from 'styled-components';
import { gardenColor } from './gardenColors';

/** The whole panel: the sidebar's own background in either colour scheme. */
export const StyledPanel = styled.main`
  box-sizing: border-box;
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.sm};
  padding: ${(p) => p.theme.space.sm} ${(p) => p.theme.space.xs} ${(p) => p.theme.space.md};
  background-color: ${gardenColor('background.default')};
  color: ${gardenColor('foreground.default')};
  font-family: ${(p) => p.theme.fonts.system};
  font-size: ${(p) => p.theme.fontSizes.md};
  line-height: ${(p) => p.theme.lineHeights.md};
`;

/** A titled block of the panel (card, suggestion, share). */
export const StyledSection = styled.section`
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.xs};
  border: ${(p) => p.theme.borders.sm} ${gardenColor('border.default')};
  border-radius: ${(p) => p.theme.borderRadii.md};
  padding: ${(p) => p.theme.space.sm};
  background-color: ${gardenColor('background.raised')};
`;

export const StyledSectionTitle = styled.h2`
  margin: 0;
  font-size: ${(p) => p.theme.fontSizes.sm};
  font-weight: ${(p) => p.theme.fontWeights.semibold};
  text-transform: uppercase;
  letter-spacing: 0.04em;
  color: ${gardenColor('foreground.subtle')};
`;

export const StyledRow = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${(p) => p.theme.space.xs};
`;

export const StyledSubtle = styled.span`
  color: ${gardenColor('foreground.subtle')};
  font-size: ${(p) => p.theme.fontSizes.sm};
`;

export const StyledList = styled.ul`
  margin: 0;
  padding-inline-start: ${(p) => p.theme.space.md};
  font-size: ${(p) => p.theme.fontSizes.sm};
`;

/** Text only screen readers get (live announcements, labels of icon-only content). */
export const StyledVisuallyHidden = styled.span`
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
  border: 0;
`;
