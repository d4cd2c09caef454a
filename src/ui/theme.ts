import { DEFAULT_THEME, type IGardenTheme } from '@zendeskgarden/react-theming';

export type ColorScheme = 'light' | 'dark';

/** Garden's theme in the workspace's colour scheme. */
export function themeFor(scheme: ColorScheme): IGardenTheme {
  return { ...DEFAULT_THEME, colors: { ...DEFAULT_THEME.colors, base: scheme } };
}
