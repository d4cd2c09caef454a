import type { Clock } from '../workflow/ports';

/** A clock whose sleeps pass instantly (and are recorded), starting at a fixed date. */
export function createFakeClock(start = Date.parse('2026-11-24T15:00:00Z')) {
  let now = start;
  const sleeps: number[] = [];
  const clock: Clock & { advance(ms: number): void; sleeps: number[] } = {
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
    advance: (ms) => {
      now += ms;
    },
    sleeps,
  };
  return clock;
}
