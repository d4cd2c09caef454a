/**
 * The floor of `npm run bench`: the least a Garden sidebar app does before it shows anything. React 18,
 * Garden's ThemeProvider, the ZAF client initialised, one `client.get`, one line of text. It leaves the same
 * `ci:card` mark as the panel's card, the same way (an effect after the line is committed), so the two times
 * compare like for like. Built into a temporary folder by the bench, never into the app package.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { DEFAULT_THEME, ThemeProvider } from '@zendeskgarden/react-theming';

interface FloorClient {
  get(path: string): Promise<unknown>;
}

function Line({ client }: { client: FloorClient }) {
  const [subject, setSubject] = useState<string | null>(null);
  useEffect(() => {
    void client.get('ticket.subject').then((answer) => setSubject(String((answer as Record<string, unknown>)['ticket.subject'] ?? '')));
  }, [client]);
  useEffect(() => {
    if (subject !== null) performance.mark('ci:card');
  }, [subject]);
  return <p data-testid="floor-line">{subject === null ? '' : `Hello from ${subject}`}</p>;
}

// `window.ZAFClient` is declared by the app's main.tsx; the SDK script sets it here too.
const client = window.ZAFClient?.init();
const container = document.getElementById('root');
if (client && container) {
  createRoot(container).render(
    <ThemeProvider theme={DEFAULT_THEME}>
      <Line client={client} />
    </ThemeProvider>,
  );
}
