/**
 * The Garden colours the first paint and the suggestion use, as Garden's `getColor` computes them for its default
 * theme in each colour scheme. `getColor` and its colour maths (polished, color2k, lodash) cost about 10 kB gzip of
 * the 79 kB the card may cost, and 13.6 kB more on the way to the suggestion; both read them from this table
 * instead, and gardenColors.test.ts recomputes every entry with `getColor`, so the table cannot drift from Garden.
 * Everything that loads after a click uses `getColor` itself.
 */
import { css, type DefaultTheme } from 'styled-components';

const LIGHT = {
  'background.default': '#fff',
  'background.raised': '#fff',
  'background.subtle': '#f8f9f9',
  'background.warning': '#fff3e4',
  'background.danger': '#fff2f3',
  'background.disabled': 'rgba(92,105,112,0.08)',
  'background.primaryEmphasis': '#1f73b7',
  /** `background.primaryEmphasis`, offset 100 (hover). */
  'background.primaryEmphasis.hover': '#13456d',
  /** `background.primaryEmphasis` at `opacity[100]`. */
  'background.primaryEmphasis.faint': 'rgba(31,115,183,0.08)',
  'foreground.default': '#293239',
  'foreground.subtle': '#5c6970',
  'foreground.danger': '#cd3642',
  'foreground.warning': '#ac5918',
  'foreground.disabled': '#848f99',
  'foreground.primary': '#1f73b7',
  'foreground.onEmphasis': '#fff',
  'border.default': '#d8dcde',
  /** A text input's or select's border: `border.default`, offset 100 (light) or -100 (dark). */
  'border.input': '#b0b8be',
  'border.primaryEmphasis': '#1f73b7',
  /** Tag backgrounds (Garden's Tag `hue`): success, neutral (`background.emphasis`, dark offset -300), warning 400. */
  'background.successEmphasis': '#037f52',
  'tag.neutral': '#5c6970',
  'tag.warning': '#fca347',
  /** The warning tag's text in light mode (dark mode: `foreground.onEmphasis`). */
  'foreground.warningEmphasis': '#4c2c17',
  /** Garden's Skeleton: neutralHue 700 (light) or white (dark) at `opacity[200]`. */
  skeleton: 'rgba(92,105,112,0.16)',
} as const;

export type GardenColorName = keyof typeof LIGHT;

export const GARDEN_COLORS: Record<'light' | 'dark', Record<GardenColorName, string>> = {
  light: LIGHT,
  dark: {
    'background.default': '#151a1e',
    'background.raised': '#1c2227',
    'background.subtle': '#1c2227',
    'background.warning': '#2d1e15',
    'background.danger': '#3d1418',
    'background.disabled': 'rgba(255,255,255,0.08)',
    'background.primaryEmphasis': '#2694d6',
    'background.primaryEmphasis.hover': '#1f73b7',
    'background.primaryEmphasis.faint': 'rgba(38,148,214,0.08)',
    'foreground.default': '#d8dcde',
    'foreground.subtle': '#919ca5',
    'foreground.danger': '#f2a1a8',
    'foreground.warning': '#fca347',
    'foreground.disabled': '#5c6970',
    'foreground.primary': '#2694d6',
    'foreground.onEmphasis': '#151a1e',
    'border.default': '#39434b',
    'border.input': '#5c6970',
    'border.primaryEmphasis': '#2694d6',
    'background.successEmphasis': '#26a178',
    'tag.neutral': '#d8dcde',
    'tag.warning': '#fca347',
    'foreground.warningEmphasis': '#fed6a9',
    skeleton: 'rgba(255,255,255,0.16)',
  },
};

/** The colour in the theme's scheme, as a styled-components interpolation. */
export const gardenColor =
  (name: GardenColorName) =>
  ({ theme }: { theme: DefaultTheme }): string =>
    GARDEN_COLORS[theme.colors.base === 'dark' ? 'dark' : 'light'][name];

/** Garden's `focusStyles` with its defaults: a spacer ring in the background colour, then the primary ring. */
export const focusRing = css`
  &:focus {
    outline: none;
  }

  &:focus-visible {
    outline: calc(${(p) => p.theme.shadowWidths.md} - ${(p) => p.theme.shadowWidths.xs}) solid transparent;
    outline-offset: ${(p) => p.theme.shadowWidths.xs};
    box-shadow:
      ${(p) => p.theme.shadows.xs(gardenColor('background.default')(p))},
      ${(p) => p.theme.shadows.md(gardenColor('border.primaryEmphasis')(p))};
  }
`;
