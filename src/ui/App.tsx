import { useCallback, useEffect, useRef, useState } from 'react';
import { createGlobalStyle } from 'styled-components';
import { ThemeProvider } from '@zendeskgarden/react-theming';
import { I18nProvider } from '../i18n/I18nProvider';
import { useZafEvent } from './hooks/useZafEvent';
import { Panel } from './Panel';
import type { PanelServices } from './services';
import { ServicesProvider } from './ServicesProvider';
import { gardenColor } from './styled/gardenColors';
import { themeFor, type ColorScheme } from './theme';

const GlobalStyle = createGlobalStyle`
  :root { color-scheme: ${(p) => p.theme.colors.base}; }
  body {
    margin: 0;
    background-color: ${(p) => gardenColor('background.default')(p)};
  }
`;

export interface AppProps {
  services: PanelServices;
  /** The resolved locale, the strings of the first paint (English beneath), and how to load the rest. */
  i18n: {
    locale: string;
    strings: Record<string, string>;
    fallback: Record<string, string>;
    /** Fetches the other strings; called once the panel asks for them (after the card shows). */
    loadMore?: () => Promise<{ strings: Record<string, string>; fallback: Record<string, string> }>;
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
  const [strings, setStrings] = useState({ strings: i18n.strings, fallback: i18n.fallback, complete: !i18n.loadMore });
  const mounted = useRef(true);
  const moreRequested = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const { loadMore } = i18n;
  const needMore = useCallback(() => {
    if (moreRequested.current || !loadMore) return;
    moreRequested.current = true;
    loadMore().then(
      (more) => {
        if (mounted.current) setStrings((first) => ({ strings: { ...first.strings, ...more.strings }, fallback: { ...first.fallback, ...more.fallback }, complete: true }));
      },
      // Sections waiting on the strings show what there is rather than a skeleton forever.
      () => {
        if (mounted.current) setStrings((first) => ({ ...first, complete: true }));
      },
    );
  }, [loadMore]);
  useZafEvent(['colorScheme.changed'], (payload) => {
    const next = typeof payload === 'string' ? payload : (payload as { colorScheme?: unknown } | null)?.colorScheme;
    if (next === 'light' || next === 'dark') setScheme(next);
  });
  return (
    <ThemeProvider theme={themeFor(scheme)}>
      <GlobalStyle />
      <I18nProvider locale={i18n.locale} strings={strings.strings} fallback={strings.fallback} needMore={needMore} complete={strings.complete}>
        <Panel />
      </I18nProvider>
    </ThemeProvider>
  );
}
