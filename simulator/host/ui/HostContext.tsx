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

/** The current snapshot, re-rendering on every change. */
export function useHostSnapshot(): HostSnapshot {
  const { store } = useHostController();
  return useSyncExternalStore(store.subscribe, store.get);
}
