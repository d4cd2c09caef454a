import { asArray, asNumber, asRecord, asString } from './fields';
import type { MacroAction } from './macroActions';

/** A macro found by its title. */
export interface MacroRef {
  /** Macro id for `client.invoke('macro', id)`. */
  id: number;
  /** The exact title. */
  title: string;
  /** What it does, so the app can save it on the ticket and undo it on Withdraw. */
  actions: MacroAction[];
}

/** Remembers macro ids per installation, so a warm open of the panel makes no REST call. */
export interface MacroCache {
  /** The cached macro, unless missing or expired. */
  get(title: string): MacroRef | undefined;
  /** Stores a macro found just now. */
  set(macro: MacroRef): void;
  /** Drops a title, for example after the host refused its id (the macro was deleted or deactivated). */
  forget(title: string): void;
}

/** Admins rename or recreate macros rarely; six hours bounds how long a stale id can linger. */
export const DEFAULT_MACRO_CACHE_TTL_MS = 6 * 60 * 60 * 1000;

type Entries = Record<string, MacroRef & { storedAt: number }>;

/**
 * A cache in `storage` under one key per installation. The app runs in a third-party iframe where storage may be
 * partitioned or throw (`SecurityError`); then the cache quietly lives in memory for this page instead.
 */
export function createMacroCache(
  storage: Pick<Storage, 'getItem' | 'setItem'>,
  installationId: number | string,
  ttlMs: number = DEFAULT_MACRO_CACHE_TTL_MS,
  now: () => number = Date.now,
): MacroCache {
  const key = `community-involvement:macros:${installationId}`;
  let memory: Entries | null = null;

  function load(): Entries {
    if (memory) return memory;
    try {
      return parseEntries(storage.getItem(key));
    } catch {
      memory = {};
      return memory;
    }
  }

  function save(entries: Entries): void {
    if (memory) {
      memory = entries;
      return;
    }
    try {
      storage.setItem(key, JSON.stringify(entries));
    } catch {
      memory = entries;
    }
  }

  return {
    get(title) {
      const entry = load()[title];
      if (!entry || now() - entry.storedAt >= ttlMs || now() < entry.storedAt) return undefined;
      return { id: entry.id, title: entry.title, actions: entry.actions };
    },
    set(macro) {
      save({ ...load(), [macro.title]: { ...macro, storedAt: now() } });
    },
    forget(title) {
      const { [title]: _dropped, ...rest } = load();
      save(rest);
    },
  };
}

function parseEntries(text: string | null): Entries {
  if (!text) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {};
  }
  const entries: Entries = {};
  for (const [title, value] of Object.entries(asRecord(parsed))) {
    const fields = asRecord(value);
    const id = asNumber(fields.id);
    const storedAt = asNumber(fields.storedAt);
    // Entries from before actions were cached have none: they count as missing and are looked up again.
    if (id !== null && storedAt !== null && Array.isArray(fields.actions)) {
      entries[title] = { id, title: asString(fields.title, title), actions: macroActionsOf(fields.actions), storedAt };
    }
  }
  return entries;
}

/** A macro's `actions` as the REST API lists them; anything without a field name is left out. */
export function macroActionsOf(value: unknown): MacroAction[] {
  return asArray(value)
    .map(asRecord)
    .filter((action) => typeof action.field === 'string')
    .map((action) => ({ field: String(action.field), value: action.value }));
}
