import { afterEach, describe, expect, it, vi } from 'vitest';
import { onColorSchemeChange, readColorScheme } from './colorScheme';
import { createZafHost, type ZafHost } from './testing/zafHost';
import { createZafClient } from './zafClient';

let host: ZafHost | undefined;
afterEach(() => {
  host?.close();
  vi.unstubAllGlobals();
});

function connect(values: Record<string, unknown>) {
  host = createZafHost({ values });
  return { host, zaf: createZafClient(host.client) };
}

function preferDark(dark: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: dark && query === '(prefers-color-scheme: dark)', media: query }));
}

describe('readColorScheme', () => {
  it('takes the colorScheme URL parameter Zendesk adds to the iframe first', async () => {
    const { zaf, host } = connect({ colorScheme: 'light' });
    await expect(readColorScheme('?origin=x&app_guid=y&colorScheme=dark', zaf)).resolves.toBe('dark');
    expect(host.rpcs('get')).toHaveLength(0);
  });

  it('then asks the host', async () => {
    preferDark(false);
    const { zaf } = connect({ colorScheme: 'dark' });
    await expect(readColorScheme('?origin=x&app_guid=y', zaf)).resolves.toBe('dark');
  });

  it('then follows the browser when the host does not know the path', async () => {
    preferDark(true);
    const { zaf } = connect({});
    await expect(readColorScheme('', zaf)).resolves.toBe('dark');
  });

  it('reports a switch made while the panel is open', async () => {
    const { zaf, host } = connect({});
    const schemes: string[] = [];
    const stop = onColorSchemeChange(zaf, (scheme) => schemes.push(scheme));
    await zaf.metadata();
    host.emit('colorScheme.changed', 'dark');
    host.emit('colorScheme.changed', 'sepia');
    host.emit('colorScheme.changed', 'light');
    await vi.waitFor(() => expect(schemes).toEqual(['dark', 'light']));
    stop();
    expect(host.emit('colorScheme.changed', 'dark')).toBe(false);
  });
});
