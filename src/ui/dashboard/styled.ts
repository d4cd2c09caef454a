import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';

/** The nav bar page: full width, the workspace's own background in either colour scheme. */
export const StyledPage = styled.main`
  box-sizing: border-box;
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.md};
  padding: ${(p) => p.theme.space.md} ${(p) => p.theme.space.lg};
  min-height: 100vh;
  background-color: ${(p) => getColor({ theme: p.theme, variable: 'background.default' })};
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.default' })};
  font-family: ${(p) => p.theme.fonts.system};
  font-size: ${(p) => p.theme.fontSizes.md};
  line-height: ${(p) => p.theme.lineHeights.md};
`;

export const StyledHeader = styled.header`
  display: flex;
  flex-wrap: wrap;
  gap: ${(p) => p.theme.space.sm};
  align-items: flex-end;
  justify-content: space-between;
`;

export const StyledTitle = styled.h1`
  margin: 0;
  font-size: ${(p) => p.theme.fontSizes.xl};
  font-weight: ${(p) => p.theme.fontWeights.semibold};
`;

export const StyledSubtle = styled.p`
  margin: 0;
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
  font-size: ${(p) => p.theme.fontSizes.sm};
`;

export const StyledToolbar = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${(p) => p.theme.space.sm};
  align-items: flex-end;
`;

export const StyledCard = styled.section`
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.sm};
  border: ${(p) => p.theme.borders.sm} ${(p) => getColor({ theme: p.theme, variable: 'border.default' })};
  border-radius: ${(p) => p.theme.borderRadii.md};
  padding: ${(p) => p.theme.space.md};
  background-color: ${(p) => getColor({ theme: p.theme, variable: 'background.raised' })};
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
  background-color: ${(p) => getColor({ theme: p.theme, variable: 'background.subtle' })};

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

export const StyledList = styled.ul`
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.sm};
  margin: 0;
  padding: 0;
  list-style: none;
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

export const StyledMeta = styled.p`
  display: flex;
  flex-wrap: wrap;
  gap: ${(p) => p.theme.space.xxs} ${(p) => p.theme.space.sm};
  align-items: center;
  margin: 0;
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
  font-size: ${(p) => p.theme.fontSizes.sm};
`;

export const StyledActions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${(p) => p.theme.space.xs};
  align-items: flex-start;
  justify-content: flex-end;
`;

export const StyledAttention = styled.p`
  margin: 0;
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.warning' })};
  font-size: ${(p) => p.theme.fontSizes.sm};
  font-weight: ${(p) => p.theme.fontWeights.semibold};
`;

export const StyledFilters = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${(p) => p.theme.space.sm};
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
