import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';
import { StyledPanel, StyledRow, StyledSection, StyledSubtle as StyledSubtleText } from '../styled/layout';
import { StyledSteps } from '../styled/steps';

/*
 * The nav bar page is the sidebar's panel, sections, rows and lists with more room: what both share (colours,
 * borders, fonts) lives in ../styled, and only the page's spacing and elements differ here.
 */

/** The nav bar page: full width, the workspace's own background in either colour scheme. */
export const StyledPage = styled(StyledPanel)`
  gap: ${(p) => p.theme.space.md};
  padding: ${(p) => p.theme.space.md} ${(p) => p.theme.space.lg};
  min-height: 100vh;
`;

/** A wrapping row of controls or facts, as the sidebar's, with the page's wider gap. */
const StyledWideRow = styled(StyledRow)`
  gap: ${(p) => p.theme.space.sm};
`;

export const StyledHeader = styled(StyledWideRow).attrs({ as: 'header' })`
  align-items: flex-end;
  justify-content: space-between;
`;

export const StyledTitle = styled.h1`
  margin: 0;
  font-size: ${(p) => p.theme.fontSizes.xl};
  font-weight: ${(p) => p.theme.fontWeights.semibold};
`;

/** The sidebar's subtle text as a paragraph of its own. */
export const StyledSubtle = styled(StyledSubtleText).attrs({ as: 'p' })`
  margin: 0;
`;

export const StyledToolbar = styled(StyledWideRow)`
  align-items: flex-end;
`;

/** A titled block of the page: the sidebar's section with more padding. */
export const StyledCard = styled(StyledSection)`
  gap: ${(p) => p.theme.space.sm};
  padding: ${(p) => p.theme.space.md};
`;

export const StyledCardTitle = styled.h2`
  margin: 0;
  font-size: ${(p) => p.theme.fontSizes.md};
  font-weight: ${(p) => p.theme.fontWeights.semibold};
`;

export const StyledGrid = styled.div<{ $minColumn?: string }>`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(${(p) => p.$minColumn ?? '320px'}, 1fr));
  gap: ${(p) => p.theme.space.md};
`;

export const StyledTiles = styled.dl`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(150px, 1fr));
  gap: ${(p) => p.theme.space.sm};
  margin: 0;
`;

export const StyledTile = styled.div`
  display: flex;
  flex-direction: column-reverse;
  gap: ${(p) => p.theme.space.xxs};
  padding: ${(p) => p.theme.space.sm};
  border-radius: ${(p) => p.theme.borderRadii.md};
  /* Recessed, not subtle: in dark mode Garden's subtle background is the raised card's own colour (grey 1000), so
     the tile vanished; recessed is grey 1200 there and the same grey 100 as subtle in light mode. */
  background-color: ${(p) => getColor({ theme: p.theme, variable: 'background.recessed' })};

  dt {
    color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
    font-size: ${(p) => p.theme.fontSizes.sm};
  }

  dd {
    margin: 0;
    font-size: ${(p) => p.theme.fontSizes.xl};
    font-weight: ${(p) => p.theme.fontWeights.semibold};
  }
`;

export const StyledTable = styled.table`
  border-collapse: collapse;
  width: 100%;
  font-size: ${(p) => p.theme.fontSizes.sm};

  th,
  td {
    padding: ${(p) => p.theme.space.xxs} ${(p) => p.theme.space.xs};
    border-bottom: ${(p) => p.theme.borders.sm} ${(p) => getColor({ theme: p.theme, variable: 'border.subtle' })};
    text-align: end;
  }

  th:first-child,
  td:first-child {
    text-align: start;
  }

  thead th {
    color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
    font-weight: ${(p) => p.theme.fontWeights.semibold};
  }
`;

/** The rows of the list: a bare list as the sidebar's steps, at the page's own text size. */
export const StyledList = styled(StyledSteps).attrs({ as: 'ul' })`
  gap: ${(p) => p.theme.space.sm};
  font-size: inherit;
`;

export const StyledRowCard = styled.article<{ $attention: boolean }>`
  display: grid;
  grid-template-columns: 1fr auto;
  gap: ${(p) => p.theme.space.xs} ${(p) => p.theme.space.md};
  padding: ${(p) => p.theme.space.sm} ${(p) => p.theme.space.md};
  border: ${(p) => p.theme.borders.sm} ${(p) => getColor({ theme: p.theme, variable: p.$attention ? 'border.warning' : 'border.default' })};
  border-inline-start-width: ${(p) => (p.$attention ? '4px' : p.theme.borderWidths.sm)};
  border-radius: ${(p) => p.theme.borderRadii.md};
  background-color: ${(p) => getColor({ theme: p.theme, variable: 'background.raised' })};

  @media (max-width: 720px) {
    grid-template-columns: 1fr;
  }
`;

export const StyledRowMain = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.xxs};
  min-width: 0;
`;

export const StyledExcerpt = styled.h3`
  margin: 0;
  font-size: ${(p) => p.theme.fontSizes.md};
  font-weight: ${(p) => p.theme.fontWeights.regular};
  overflow-wrap: anywhere;
`;

export const StyledMeta = styled(StyledRow).attrs({ as: 'p' })`
  gap: ${(p) => p.theme.space.xxs} ${(p) => p.theme.space.sm};
  margin: 0;
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
  font-size: ${(p) => p.theme.fontSizes.sm};
`;

export const StyledActions = styled(StyledRow)`
  align-items: flex-start;
  justify-content: flex-end;
`;

export const StyledAttention = styled.p`
  margin: 0;
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.warning' })};
  font-size: ${(p) => p.theme.fontSizes.sm};
  font-weight: ${(p) => p.theme.fontWeights.semibold};
`;

export const StyledFilters = styled(StyledWideRow)`
  align-items: flex-end;

  & > * {
    min-width: 160px;
  }
`;

export const StyledPager = styled.nav`
  display: flex;
  gap: ${(p) => p.theme.space.sm};
  align-items: center;
  justify-content: space-between;
`;
