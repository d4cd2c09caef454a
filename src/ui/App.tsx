import { useEffect, useState } from 'react';
import { createGlobalStyle } from 'styled-components';
import { ThemeProvider, getColor } from '@zendeskgarden/react-theming';
import { I18nProvider } from '../i18n/I18nProvider';
import { useZafEvent } from './hooks/useZafEvent';
import { Panel } from './Panel';
import type { PanelServices } from './services';
import { ServicesProvider } from './ServicesProvider';
import { themeFor, type ColorScheme } from './theme';

const GlobalStyle = createGlobalStyle`
  :root { color-scheme: ${(p) => p.theme.colors.base}; }
  body {
    margin: 0;
    background-color: ${(p) => getColor({ theme: p.theme, variable: 'background.default' })};
  }
`;

export interface AppProps {
  services: PanelServices;
  /** The resolved locale, the strings of the first paint (English beneath), and the rest on their way. */
  i18n: {
    locale: string;
    strings: Record<string, string>;
    fallback: Record<string, string>;
    more?: Promise<{ strings: Record<string, string>; fallback: Record<string, string> }>;
  };
  /** The workspace's colour scheme when the app opened. */
  colorScheme: ColorScheme;
}

/** Providers around the panel: services, theme (following the workspace), translations. */
export function App({ services, i18n, colorScheme }: AppProps) {
  return (
    <ServicesProvider services={services}>
      <ThemedPanel initialScheme={colorScheme} i18n={i18n} />
    </ServicesProvider>
  );
}

function ThemedPanel({ initialScheme, i18n }: { initialScheme: ColorScheme; i18n: AppProps['i18n'] }) {
  const [scheme, setScheme] = useState(initialScheme);
  const [strings, setStrings] = useState({ strings: i18n.strings, fallback: i18n.fallback });
  useEffect(() => {
    let active = true;
    void i18n.more?.then(
      (more) => {
        if (active) setStrings((first) => ({ strings: { ...first.strings, ...more.strings }, fallback: { ...first.fallback, ...more.fallback } }));
      },
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, [i18n.more]);
  useZafEvent(['colorScheme.changed'], (payload) => {
    const next = typeof payload === 'string' ? payload : (payload as { colorScheme?: unknown } | null)?.colorScheme;
    if (next === 'light' || next === 'dark') setScheme(next);
  });
  return (
    <ThemeProvider theme={themeFor(scheme)}>
      <GlobalStyle />
      <I18nProvider locale={i18n.locale} strings={strings.strings} fallback={strings.fallback}>
        <Panel />
      </I18nProvider>
    </ThemeProvider>
  );
}
