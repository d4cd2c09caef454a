import { useCallback, useRef, useState } from 'react';
import { createGlobalStyle } from 'styled-components';
import { ThemeProvider } from '@zendeskgarden/react-theming';
import { I18nProvider } from '../i18n/I18nProvider';
import type { MorePart } from '../i18n/loadTranslations';
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
    /**
     * Fetches the other strings, in two parts: the suggestion's (the panel asks as the card shows) and the rest (once
     * the suggestion shows, or a section needs them).
     */
    loadMore?: (part: MorePart) => Promise<Strings>;
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

interface Strings {
  strings: Record<string, string>;
  fallback: Record<string, string>;
}

function ThemedPanel({ initialScheme, i18n }: { initialScheme: ColorScheme; i18n: AppProps['i18n'] }) {
  const [scheme, setScheme] = useState(initialScheme);
  const { loadMore } = i18n;
  const [strings, setStrings] = useState({ strings: i18n.strings, fallback: i18n.fallback, suggestion: !loadMore, rest: !loadMore });
  const requested = useRef(new Set<MorePart>());
  // Each part of the strings beyond the first paint's loads once and merges in as it arrives; one that failed to
  // load counts as in, so sections waiting on it show what there is rather than a skeleton forever.
  const needMore = useCallback(
    (only?: 'suggestion') => {
      // The suggestion's part always; with `only`, that is all (it is asked for twice: the second ask does nothing).
      for (const part of ['suggestion', only ?? 'rest'] as const) {
        if (!loadMore || requested.current.has(part)) continue;
        requested.current.add(part);
        // After an unmount, React 18 drops the update: nothing to guard.
        const merge = (more?: Strings) =>
          setStrings((first) => ({ ...first, ...(more && { strings: { ...first.strings, ...more.strings }, fallback: { ...first.fallback, ...more.fallback } }), [part]: true }));
        loadMore(part).then(merge, () => merge());
      }
    },
    [loadMore],
  );
  useZafEvent(['colorScheme.changed'], (payload) => {
    const next = typeof payload === 'string' ? payload : (payload as { colorScheme?: unknown } | null)?.colorScheme;
    if (next === 'light' || next === 'dark') setScheme(next);
  });
  return (
    <ThemeProvider theme={themeFor(scheme)}>
      <GlobalStyle />
      <I18nProvider
        locale={i18n.locale}
        strings={strings.strings}
        fallback={strings.fallback}
        needMore={needMore}
        complete={strings.suggestion && strings.rest}
        hasSuggestionStrings={strings.suggestion}
      >
        <Panel />
      </I18nProvider>
    </ThemeProvider>
  );
}
