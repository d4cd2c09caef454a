import { createContext, useContext, type ReactNode } from 'react';
import type { DashboardServices } from './dashboardServices';

const DashboardServicesContext = createContext<DashboardServices | null>(null);

export function DashboardServicesProvider({ services, children }: { services: DashboardServices; children: ReactNode }) {
  return <DashboardServicesContext.Provider value={services}>{children}</DashboardServicesContext.Provider>;
}

export function useDashboardServices(): DashboardServices {
  const services = useContext(DashboardServicesContext);
  if (!services) throw new Error('useDashboardServices() must be used inside <DashboardServicesProvider>: the dashboard needs its ports.');
  return services;
}
