import type { IGardenTheme } from '@zendeskgarden/react-theming';

declare module 'styled-components' {
  /** Every styled component of the panel renders inside Garden's ThemeProvider. */
  export interface DefaultTheme extends IGardenTheme {
    rtl: IGardenTheme['rtl'];
  }
}
