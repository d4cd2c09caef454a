import { SlackError } from '../slack/errors';
import type { Clock } from '../workflow/ports';

/** How often one call waits out a 429 before the load gives up and says so. */
export const MAX_RATE_LIMIT_WAITS = 5;

/**
 * Runs a Slack read, waiting `Retry-After` (1 s when Slack sent none) after each 429: reading a long range fires
 * many reads, and Slack's Tier 3 methods allow about 50 a minute. `onWait` lets the page say why it paused.
 */
export async function waitingOutRateLimits<T>(clock: Clock, call: () => Promise<T>, onWait: (seconds: number) => void = () => undefined): Promise<T> {
  for (let waits = 0; ; waits += 1) {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof SlackError && error.code === 'rate_limited') || waits >= MAX_RATE_LIMIT_WAITS) throw error;
      const seconds = error.retryAfterSeconds ?? 1;
      onWait(seconds);
      await clock.sleep(seconds * 1000);
    }
  }
}
