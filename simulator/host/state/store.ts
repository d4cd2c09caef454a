/** A tiny external store the React page reads with `useSyncExternalStore`; the ZAF handlers read it directly. */
import type { Draft } from './draft';
import type { SimFault, SimState, SimTicket } from './simTypes';

export type ColorScheme = 'light' | 'dark';

/** A toast the app raised with `invoke('notify')` or the host raised itself. */
export interface HostNotice {
  /** Unique per page. */
  id: number;
  /** Text as given (rendered as text, never HTML). */
  text: string;
  /** `notice`, `alert` or `error`. */
  kind: string;
}

/** Everything the host page shows. */
export interface HostSnapshot {
  /** The last `/__sim/state`. */
  sim: SimState;
  /** The saved open ticket. */
  ticket: SimTicket;
  /** Unsaved changes. */
  draft: Draft;
  /** Current theme. */
  colorScheme: ColorScheme;
  /** Latency the server reported for RPCs, ms. */
  latencyMs: number;
  /** Iframe size from `invoke('resize')`. */
  frame: { width?: string; height?: string };
  /** Toasts. */
  notices: HostNotice[];
  /** A Submit is running. */
  submitting: boolean;
  /** The last Submit's outcome, shown under the draft bar. */
  submitMessage?: string;
  /** False after "switch away". */
  appActive: boolean;
  /** Bumped on every `slack` server event; the Slack pane refetches when it changes. */
  slackVersion: number;
  /** Faults armed on the server, for the fault panel. */
  faults: SimFault[];
}

/** The store. */
export interface HostStore {
  /** The current snapshot (same object until something changes). */
  get(): HostSnapshot;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Replaces the snapshot with `change(current)`. */
  update(change: (current: HostSnapshot) => HostSnapshot): void;
}

export function createHostStore(initial: HostSnapshot): HostStore {
  let snapshot = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update(change) {
      snapshot = change(snapshot);
      listeners.forEach((listener) => listener());
    },
  };
}
