import { useEffect, useState } from 'react';

/** How often a "… ago" must be redrawn: every second while it counts seconds, then every half minute. */
export function relativeTickMs(now: number, youngest: number): number {
  return now - youngest < 60_000 ? 1_000 : 30_000;
}

/**
 * The current time, ticking while `active`, for countdowns and "3 min ago". `interval` is in ms, or a function
 * of the current time (so "1 second ago" can tick each second and "an hour ago" rarely).
 */
export function useNow(interval: number | ((now: number) => number), active = true): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return undefined;
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const next = Date.now();
      setNow(next);
      timer = setTimeout(tick, typeof interval === 'function' ? interval(next) : interval);
    };
    // The first tick comes at once: the value from the first render may be long stale by now.
    timer = setTimeout(tick, 0);
    return () => clearTimeout(timer);
  }, [interval, active]);
  return now;
}
