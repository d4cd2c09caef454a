/**
 * The three controls of the first paint (the Share button, a small text button, a link), styled from Garden's
 * theme with Garden's focus ring, its colours read from gardenColors.ts (no colour maths on the first paint).
 * Garden's own Button and Anchor cost about 15 kB gzip of the 79 kB first-load budget (issue 16, README
 * "Benchmarks"); everything that loads later uses Garden's components.
 */
import styled, { css } from 'styled-components';
import { focusRing, gardenColor } from './gardenColors';

const buttonBase = css`
  box-sizing: border-box;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  border: ${(p) => p.theme.borders.sm} transparent;
  border-radius: ${(p) => p.theme.borderRadii.md};
  font-family: inherit;
  font-weight: ${(p) => p.theme.fontWeights.regular};
  white-space: normal;
  cursor: pointer;
  transition: background-color 0.1s ease-in-out, color 0.1s ease-in-out;
  ${focusRing}

  &:disabled {
    cursor: default;
    background-color: ${gardenColor('background.disabled')};
    color: ${gardenColor('foreground.disabled')};
    border-color: transparent;
  }
`;

/** The panel's main action, full width, like Garden's `<Button isPrimary isStretched>`. */
export const StyledPrimaryButton = styled.button`
  ${buttonBase}
  width: 100%;
  min-height: ${(p) => p.theme.space.base * 10}px;
  padding: ${(p) => p.theme.space.xs} ${(p) => p.theme.space.md};
  font-size: ${(p) => p.theme.fontSizes.md};
  background-color: ${gardenColor('background.primaryEmphasis')};
  color: ${gardenColor('foreground.onEmphasis')};

  &:hover:not(:disabled) {
    background-color: ${gardenColor('background.primaryEmphasis.hover')};
  }
`;

/** A small borderless button, like Garden's `<Button size="small" isBasic>`. */
export const StyledBasicButton = styled.button`
  ${buttonBase}
  min-height: ${(p) => p.theme.space.base * 8}px;
  padding: 0 ${(p) => p.theme.space.sm};
  font-size: ${(p) => p.theme.fontSizes.sm};
  background-color: transparent;
  color: ${gardenColor('foreground.primary')};

  &:hover:not(:disabled) {
    background-color: ${gardenColor('background.primaryEmphasis.faint')};
  }
`;

/** A link in Garden's link colours; external links say so to screen readers. */
export const StyledLink = styled.a`
  color: ${gardenColor('foreground.primary')};
  text-decoration: none;
  overflow-wrap: anywhere;
  border-radius: ${(p) => p.theme.borderRadii.sm};
  ${focusRing}

  &:hover {
    text-decoration: underline;
  }
`;
