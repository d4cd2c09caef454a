import type { PanelServices } from '../ui/services';

/** ZAF events for a rendered component: `on` as the services give it, `fire` as the host would send one. */
export function fakeZafEvents(): { on: PanelServices['on']; fire: (event: string, payload?: unknown) => void } {
  const handlers = new Map<string, Set<(payload: unknown) => void>>();
  return {
    on: (event, handler) => {
      const set = handlers.get(event) ?? new Set();
      set.add(handler);
      handlers.set(event, set);
      return () => set.delete(handler);
    },
    fire: (event, payload) => handlers.get(event)?.forEach((handler) => handler(payload)),
  };
}
