import { Suspense, useEffect, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';

export interface WithAllStringsProps {
  /** Shown while the strings beyond the first paint's, or the section's lazy code, load (a skeleton, or nothing). */
  fallback: ReactNode;
  children: ReactNode;
}

/**
 * A lazy section that needs the strings beyond the first paint's (the suggestion's labels, the share's steps and
 * failures, the shared status, errors): shown once its code and those strings are in, asking for the strings if
 * nobody has, so no raw key ever reaches the screen. In place of `Suspense` around such a section.
 */
export function WithAllStrings({ fallback, children }: WithAllStringsProps) {
  const { complete, needMore } = useI18n();
  useEffect(() => {
    if (!complete) needMore();
  }, [complete, needMore]);
  return <Suspense fallback={fallback}>{complete ? children : fallback}</Suspense>;
}
