import { asRecord } from './fields';
import type { ZafClient } from './types';

export type ColorScheme = 'light' | 'dark';

/**
 * The agent's colour scheme: the `colorScheme` URL parameter Zendesk puts on the iframe, then
 * `client.get('colorScheme')`, then the browser preference. Only App-Builder code shows the first two (no
 * reference page found, research/zaf.md §1.5), so each step falls through quietly.
 */
export async function readColorScheme(search: string, zaf: ZafClient): Promise<ColorScheme> {
  const fromUrl = schemeInUrl(search);
  if (fromUrl) return fromUrl;
  try {
    const fromHost = toColorScheme(await zaf.getOne<unknown>('colorScheme'));
    if (fromHost) return fromHost;
  } catch {
    // An older host without the path: the browser preference below is the best remaining guess.
  }
  return preferredScheme();
}

/** The scheme to expect before the host answers: the iframe's URL parameter, else the browser preference. */
export function likelyColorScheme(search: string): ColorScheme {
  return schemeInUrl(search) ?? preferredScheme();
}

function schemeInUrl(search: string): ColorScheme | undefined {
  return toColorScheme(new URLSearchParams(search).get('colorScheme'));
}

/** Calls `onChange` whenever the agent switches scheme; returns the unsubscribe. */
export function onColorSchemeChange(zaf: ZafClient, onChange: (scheme: ColorScheme) => void): () => void {
  return zaf.on('colorScheme.changed', (payload) => {
    const scheme = toColorScheme(payload);
    if (scheme) onChange(scheme);
  });
}

/** Accepts `'dark'`, `{ colorScheme: 'dark' }` and `{ newValue: 'dark' }`, the shapes seen for this value. */
function toColorScheme(value: unknown): ColorScheme | undefined {
  if (value === 'light' || value === 'dark') return value;
  const fields = asRecord(value);
  if (fields.colorScheme !== undefined) return toColorScheme(fields.colorScheme);
  if (fields.newValue !== undefined) return toColorScheme(fields.newValue);
  return undefined;
}

function preferredScheme(): ColorScheme {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
