/**
 * The suggestion's controls (a tag, two selects, a text input, a checklist) as plain elements styled from Garden's
 * theme, like the first paint's (firstPaint.ts): Garden's Tag, Field, Select, Input and Checkbox bring its forms
 * package and its colour maths, 24 kB gzip on the way to the suggestion (issue 16, README "Benchmarks"). Sizes
 * follow Garden's compact fields; colours come from gardenColors.ts.
 */
import styled, { css } from 'styled-components';
import type { Decision } from '../../triage/types';
import { focusRing, gardenColor } from './gardenColors';

/** A label, its hint and its control, like Garden's `<Field>`. */
export const StyledField = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.xxs};
`;

/** Like Garden's `<Field.Label>`. */
export const StyledLabel = styled.label`
  font-size: ${(p) => p.theme.fontSizes.md};
  font-weight: ${(p) => p.theme.fontWeights.semibold};
  line-height: ${(p) => p.theme.lineHeights.md};
  color: ${gardenColor('foreground.default')};
`;

/** Like Garden's `<Field.Hint>`. */
export const StyledHint = styled.div`
  font-size: ${(p) => p.theme.fontSizes.md};
  line-height: ${(p) => p.theme.lineHeights.md};
  color: ${gardenColor('foreground.subtle')};
`;

const control = css`
  box-sizing: border-box;
  width: 100%;
  min-height: ${(p) => p.theme.space.base * 8}px;
  border: ${(p) => p.theme.borders.sm} ${gardenColor('border.input')};
  border-radius: ${(p) => p.theme.borderRadii.md};
  padding: 0 ${(p) => p.theme.space.base * 3}px;
  background-color: ${gardenColor('background.default')};
  color: ${gardenColor('foreground.default')};
  font-family: inherit;
  font-size: ${(p) => p.theme.fontSizes.md};
  transition: border-color 0.25s ease-in-out, box-shadow 0.1s ease-in-out;
  ${focusRing}

  &:hover,
  &:focus-visible {
    border-color: ${gardenColor('border.primaryEmphasis')};
  }
`;

/** Like Garden's compact `<Select>`: a native select, its chevron drawn in the subtle text colour. */
export const StyledSelect = styled.select`
  ${control}
  appearance: none;
  padding-inline-end: ${(p) => p.theme.space.base * 9}px;
  background-image:
    linear-gradient(45deg, transparent 50%, ${gardenColor('foreground.subtle')} 50%),
    linear-gradient(135deg, ${gardenColor('foreground.subtle')} 50%, transparent 50%);
  background-position:
    calc(100% - 17px) 55%,
    calc(100% - 12px) 55%;
  background-size: 5px 5px;
  background-repeat: no-repeat;
  cursor: pointer;
`;

/** Like Garden's compact `<Input>`. */
export const StyledInput = styled.input`
  ${control}
`;

/** Like Garden's `<Fieldset>` with its legend. */
export const StyledFieldset = styled.fieldset`
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.xxs};
  margin: 0;
  border: 0;
  padding: 0;

  & > legend {
    margin-bottom: ${(p) => p.theme.space.xxs};
    padding: 0;
    font-size: ${(p) => p.theme.fontSizes.md};
    font-weight: ${(p) => p.theme.fontWeights.semibold};
  }
`;

/** A checkbox and its label in one row, like Garden's `<Checkbox>` with a regular label. */
export const StyledCheckLabel = styled.label`
  display: flex;
  align-items: flex-start;
  gap: ${(p) => p.theme.space.xs};
  font-size: ${(p) => p.theme.fontSizes.md};
  line-height: ${(p) => p.theme.lineHeights.md};
  cursor: pointer;

  & > input {
    flex: none;
    width: ${(p) => p.theme.space.base * 4}px;
    height: ${(p) => p.theme.space.base * 4}px;
    margin: ${(p) => p.theme.space.base}px 0 0;
    accent-color: ${gardenColor('background.primaryEmphasis')};
    border-radius: ${(p) => p.theme.borderRadii.sm};
    ${focusRing}
  }
`;

/** Which Garden Tag hue a suggested decision wears. */
export type TagTone = 'success' | 'warning' | 'neutral';

export const DECISION_TONE: Record<Decision, TagTone> = { involve: 'success', expert: 'warning', skip: 'neutral' };

const TAG_BACKGROUND = { success: 'background.successEmphasis', warning: 'tag.warning', neutral: 'tag.neutral' } as const;

/** Like Garden's `<Tag hue>`: a small pill in the hue's emphasis colour. */
export const StyledTag = styled.span<{ $tone: TagTone }>`
  display: inline-flex;
  align-items: center;
  box-sizing: border-box;
  min-height: ${(p) => p.theme.space.base * 5}px;
  border-radius: ${(p) => p.theme.borderRadii.sm};
  padding: 0 ${(p) => p.theme.space.base * 2}px;
  font-size: ${(p) => p.theme.fontSizes.sm};
  font-weight: ${(p) => p.theme.fontWeights.semibold};
  line-height: ${(p) => p.theme.space.base * 5}px;
  background-color: ${(p) => gardenColor(TAG_BACKGROUND[p.$tone])(p)};
  color: ${(p) => (p.$tone === 'warning' && p.theme.colors.base !== 'dark' ? gardenColor('foreground.warningEmphasis')(p) : gardenColor('foreground.onEmphasis')(p))};
`;
