import styled, { keyframes } from 'styled-components';
import { gardenColor } from './gardenColors';

const shimmer = keyframes`
  from { opacity: 1; }
  to { opacity: 0.4; }
`;

/**
 * A grey line where text will be, in the colour of Garden's Skeleton; Garden's own (with its colour maths) would
 * cost about 10 kB gzip of the first paint. Calm pulse; no motion for users who ask for less.
 */
export const StyledSkeleton = styled.div<{ $width?: string }>`
  width: ${(p) => p.$width ?? '100%'};
  height: ${(p) => p.theme.lineHeights.sm};
  border-radius: ${(p) => p.theme.borderRadii.md};
  background-color: ${gardenColor('skeleton')};
  animation: ${shimmer} 1s ease-in-out 300ms infinite alternate;

  @media (prefers-reduced-motion: reduce) {
    animation: none;
  }
`;
