import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';

export const StyledSteps = styled.ol`
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.xxs};
  margin: 0;
  padding: 0;
  list-style: none;
  font-size: ${(p) => p.theme.fontSizes.sm};
`;

const STATUS_VARIABLE = {
  waiting: 'foreground.subtle',
  running: 'foreground.primary',
  done: 'foreground.success',
  failed: 'foreground.danger',
} as const;

export const StyledStep = styled.li<{ $status: keyof typeof STATUS_VARIABLE }>`
  display: flex;
  align-items: center;
  gap: ${(p) => p.theme.space.xs};
  color: ${(p) => getColor({ theme: p.theme, variable: STATUS_VARIABLE[p.$status] })};
  font-weight: ${(p) => (p.$status === 'running' || p.$status === 'failed' ? p.theme.fontWeights.semibold : p.theme.fontWeights.regular)};
`;

/** A fixed-width slot so the labels line up whatever the status mark. */
export const StyledStepMark = styled.span`
  display: inline-flex;
  justify-content: center;
  width: 1.25em;
`;

/** The running share (steps, failure, result): focusable by script only, so it keeps the focus the Share button had. */
export const StyledShareProgress = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.xs};

  &:focus {
    outline: none;
  }
`;
