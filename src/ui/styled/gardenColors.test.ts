import { DEFAULT_THEME, getColor } from '@zendeskgarden/react-theming';
import { describe, expect, test } from 'vitest';
import { GARDEN_COLORS, type GardenColorName } from './gardenColors';

/** How Garden's `getColor` is asked for each colour of the table. */
const ASKED: Record<GardenColorName, Record<string, unknown>> = {
  'background.default': { variable: 'background.default' },
  'background.raised': { variable: 'background.raised' },
  'background.subtle': { variable: 'background.subtle' },
  'background.warning': { variable: 'background.warning' },
  'background.danger': { variable: 'background.danger' },
  'background.disabled': { variable: 'background.disabled' },
  'background.primaryEmphasis': { variable: 'background.primaryEmphasis' },
  'background.primaryEmphasis.hover': { variable: 'background.primaryEmphasis', offset: 100 },
  'background.primaryEmphasis.faint': { variable: 'background.primaryEmphasis', transparency: DEFAULT_THEME.opacity[100] },
  'foreground.default': { variable: 'foreground.default' },
  'foreground.subtle': { variable: 'foreground.subtle' },
  'foreground.danger': { variable: 'foreground.danger' },
  'foreground.warning': { variable: 'foreground.warning' },
  'foreground.disabled': { variable: 'foreground.disabled' },
  'foreground.primary': { variable: 'foreground.primary' },
  'foreground.onEmphasis': { variable: 'foreground.onEmphasis' },
  'border.default': { variable: 'border.default' },
  'border.input': { variable: 'border.default', light: { offset: 100 }, dark: { offset: -100 } },
  'border.primaryEmphasis': { variable: 'border.primaryEmphasis' },
  'background.successEmphasis': { variable: 'background.successEmphasis' },
  'tag.neutral': { variable: 'background.emphasis', dark: { offset: -300 } },
  'tag.warning': { hue: 'warningHue', shade: 400 },
  'foreground.warningEmphasis': { variable: 'foreground.warningEmphasis' },
  skeleton: { transparency: DEFAULT_THEME.opacity[200], light: { hue: 'neutralHue', shade: 700 }, dark: { hue: 'white' } },
};

describe('the first paint colour table', () => {
  test.each(['light', 'dark'] as const)('equals what Garden computes in %s mode (update gardenColors.ts after a Garden upgrade)', (base) => {
    const theme = { ...DEFAULT_THEME, colors: { ...DEFAULT_THEME.colors, base } };
    const computed = Object.fromEntries(Object.entries(ASKED).map(([name, asked]) => [name, getColor({ theme, ...asked })]));
    expect(GARDEN_COLORS[base]).toEqual(computed);
  });
});
