/**
 * Zendesk's `updated_at` has whole seconds, and `safe_update` compares it as a string, so two updates within
 * one second must still get different stamps: each stamp is at least one second after the previous one.
 */
export function nextZendeskStamp(previous: string | undefined, now = Date.now()): string {
  const floor = previous ? Date.parse(previous) + 1000 : 0;
  const seconds = Math.floor(Math.max(now, floor) / 1000) * 1000;
  return new Date(seconds).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Slack message timestamps: `"<seconds>.<6 digits>"`, unique and increasing per workspace. */
export class SlackClock {
  private lastMicros = 0n;

  /** Makes sure new stamps come after every fixture message. */
  observe(ts: string): void {
    const micros = toMicros(ts);
    if (micros > this.lastMicros) this.lastMicros = micros;
  }

  /** The next ts, never equal to or before any earlier one. */
  next(now = Date.now()): string {
    const wall = BigInt(now) * 1000n;
    this.lastMicros = wall > this.lastMicros ? wall : this.lastMicros + 1n;
    const text = this.lastMicros.toString().padStart(7, '0');
    return `${text.slice(0, -6)}.${text.slice(-6)}`;
  }
}

function toMicros(ts: string): bigint {
  const [seconds = '0', fraction = ''] = ts.split('.');
  return BigInt(seconds) * 1_000_000n + BigInt(fraction.padEnd(6, '0').slice(0, 6));
}
