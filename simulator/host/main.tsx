/** Boots the host page: reads the query, loads `/__sim/state`, renders the workspace. */
import { createRoot } from 'react-dom/client';
import { createHostController } from './state/hostController';
import { simApi } from './state/simApi';
import type { ColorScheme } from './state/store';
import { HostApp } from './ui/HostApp';
import { HostProvider } from './ui/HostContext';

/** The app is served from the same port on 127.0.0.1: another site, as `*.apps.zdusercontent.com` is. */
function appOriginFor(url: URL): string {
  return `${url.protocol}//127.0.0.1${url.port ? `:${url.port}` : ''}`;
}

async function boot(): Promise<void> {
  const url = new URL(location.href);
  const ticket = Number(url.searchParams.get('ticket'));
  const colorScheme: ColorScheme = url.searchParams.get('theme') === 'dark' ? 'dark' : 'light';
  const locale = url.searchParams.get('locale') ?? undefined;
  const root = document.getElementById('root');
  if (!root) throw new Error('The host page has no #root element');
  const [state, armed] = await Promise.all([
    simApi.state(Number.isInteger(ticket) && ticket > 0 ? ticket : undefined),
    simApi.faults().catch(() => ({ faults: [] })),
  ]);
  const sim = { ...state, faults: state.faults ?? armed.faults };
  const controller = createHostController({ sim, colorScheme, locale, appOrigin: appOriginFor(url) });
  window.__zafWire ??= [];
  createRoot(root).render(
    <HostProvider controller={controller}>
      <HostApp />
    </HostProvider>,
  );
}

boot().catch((error: unknown) => {
  document.body.textContent = `The simulator could not start: ${error instanceof Error ? error.message : String(error)}`;
  console.error(error);
});
