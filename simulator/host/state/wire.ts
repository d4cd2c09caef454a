/** `window.__zafWire`: every postMessage between host and app, for tests and for a person debugging. */

/** One message as it crossed the frame boundary. */
export interface WireEntry {
  /** `in` = app → host, `out` = host → app. */
  dir: 'in' | 'out';
  /** Exactly what was posted (a JSON string, or an object for hook replies). */
  data: unknown;
  /** `performance.now()` when it crossed. */
  t: number;
}

declare global {
  interface Window {
    /** The wire log (CONTRACT.md). */
    __zafWire?: WireEntry[];
    /** The app's current `iframe.on:` subscriber counts by event name (CONTRACT.md). */
    __zafSubscriptions?: () => Record<string, number>;
  }
}

export function recordWire(dir: WireEntry['dir'], data: unknown): void {
  window.__zafWire ??= [];
  window.__zafWire.push({ dir, data, t: performance.now() });
}
