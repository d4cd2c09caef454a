import { useEffect, useState } from 'react';
import { createGlobalStyle } from 'styled-components';
import { ThemeProvider, getColor } from '@zendeskgarden/react-theming';
import { I18nProvider } from '../../i18n/I18nProvider';
import { onColorSchemeChangePayload } from './colorSchemeEvent';
import { Dashboard } from './Dashboard';
import type { DashboardServices } from './dashboardServices';
import { DashboardServicesProvider } from './DashboardServicesProvider';
import { themeFor, type ColorScheme } from '../theme';

const GlobalStyle = createGlobalStyle`
  :root { color-scheme: ${(p) => p.theme.colors.base}; }
  body {
    margin: 0;
    background-color: ${(p) => getColor({ theme: p.theme, variable: 'background.default' })};
  }
`;

export interface DashboardAppProps {
  services: DashboardServices;
  i18n: { locale: string; strings: Record<string, string>; fallback: Record<string, string> };
  colorScheme: ColorScheme;
}

/** Providers around the nav bar page: services, theme (following the workspace), translations. */
export function DashboardApp({ services, i18n, colorScheme }: DashboardAppProps) {
  const [scheme, setScheme] = useState(colorScheme);
  useEffect(() => services.on('colorScheme.changed', (payload) => onColorSchemeChangePayload(payload, setScheme)), [services]);
  return (
    <DashboardServicesProvider services={services}>
      <ThemeProvider theme={themeFor(scheme)}>
        <GlobalStyle />
        <I18nProvider locale={i18n.locale} strings={i18n.strings} fallback={i18n.fallback}>
          <Dashboard />
        </I18nProvider>
      </ThemeProvider>
    </DashboardServicesProvider>
  );
}
