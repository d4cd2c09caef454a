import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { HostController } from '../state/hostController';
import type { HostSnapshot } from '../state/store';

const HostContext = createContext<HostController | undefined>(undefined);

/** Hands the controller to the page's components. */
export function HostProvider({ controller, children }: { controller: HostController; children: ReactNode }) {
  return <HostContext.Provider value={controller}>{children}</HostContext.Provider>;
}

/** The controller; throws outside `HostProvider`. */
export function useHostController(): HostController {
  const controller = useContext(HostContext);
  if (!controller) throw new Error('useHostController must be used inside <HostProvider>');
  return controller;
}

/**
 * One field of the snapshot, re-rendering only when that field changes (an update keeps the other fields' objects).
 * A component that read the whole snapshot re-rendered, with the page's Garden styles, on every resize and toast of
 * the app: host work Zendesk does not do, competing with the app for the CPU while it loads.
 */
export function useHostField<K extends keyof HostSnapshot>(key: K): HostSnapshot[K] {
  const { store } = useHostController();
  return useSyncExternalStore(store.subscribe, () => store.get()[key]);
}
