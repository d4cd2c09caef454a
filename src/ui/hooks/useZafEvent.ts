import { useEffect, useRef } from 'react';
import { useServices } from '../ServicesProvider';

/** Subscribes to ZAF events while mounted; unsubscribes on unmount (StrictMode runs effects twice). */
export function useZafEvent(events: readonly string[], handler: (payload: unknown) => void): void {
  const { on } = useServices();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  const key = events.join('|');
  useEffect(() => {
    const unsubscribes = key.split('|').map((event) => on(event, (payload) => latest.current(payload)));
    return () => unsubscribes.forEach((unsubscribe) => unsubscribe());
  }, [on, key]);
}
