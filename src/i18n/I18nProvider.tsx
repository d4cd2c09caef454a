import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { createTranslate, formatRelativeTime, type Translate } from './translate';

interface I18n {
  /** The resolved locale (`pt-BR`, `de`…). */
  locale: string;
  t: Translate;
  /** "3 minutes ago" in the user's language. */
  relativeTime: (then: number, now?: number) => string;
  /**
   * Asks for the strings beyond the first paint's (labels, guidelines, errors), or only the suggestion's (its labels,
   * reasons, tone rules: the rest can wait until it shows); they merge in when they arrive.
   */
  needMore: (only?: 'suggestion') => void;
  /** False until the strings beyond the first paint's are in (or failed to load): sections that show them wait. */
  complete: boolean;
  /** Whether the suggestion's strings are in (or failed to load). */
  hasSuggestionStrings: boolean;
}

const I18nContext = createContext<I18n | null>(null);

export interface I18nProviderProps {
  /** The resolved locale. */
  locale: string;
  /** The user's strings, flattened. */
  strings: Record<string, string>;
  /** English, flattened, for keys the user's locale lacks. */
  fallback: Record<string, string>;
  /** Loads the rest of the strings, or only the suggestion's; absent when all are given. */
  needMore?: (only?: 'suggestion') => void;
  /** Whether every string is given; false while `needMore` has not delivered. */
  complete?: boolean;
  /** Whether the suggestion's strings are given; `complete` when absent. */
  hasSuggestionStrings?: boolean;
  children: ReactNode;
}

const nothingMore = () => undefined;

export function I18nProvider({ locale, strings, fallback, needMore = nothingMore, complete = true, hasSuggestionStrings = complete, children }: I18nProviderProps) {
  const value = useMemo<I18n>(
    () => ({
      locale,
      t: createTranslate(locale, strings, fallback),
      relativeTime: (then, now = Date.now()) => formatRelativeTime(locale, then, now),
      needMore,
      complete,
      hasSuggestionStrings,
    }),
    [locale, strings, fallback, needMore, complete, hasSuggestionStrings],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n() must be used inside <I18nProvider>: wrap the panel in it.');
  return value;
}
