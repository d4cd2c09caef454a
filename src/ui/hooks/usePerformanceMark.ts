import { useEffect } from 'react';

/**
 * Leaves a User Timing mark the first time a part of the panel is on screen (`ci:card`, `ci:suggestion`), so the
 * benchmark reads real times from navigation start without polling the page.
 */
export function usePerformanceMark(name: string, ready = true): void {
  useEffect(() => {
    if (!ready || typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
    if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
  }, [name, ready]);
}
