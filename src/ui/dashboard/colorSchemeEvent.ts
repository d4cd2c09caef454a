import type { ColorScheme } from '../theme';

/** `colorScheme.changed` arrives as `'dark'` or `{ colorScheme: 'dark' }` (see zendesk/colorScheme.ts). */
export function onColorSchemeChangePayload(payload: unknown, apply: (scheme: ColorScheme) => void): void {
  const value = typeof payload === 'string' ? payload : (payload as { colorScheme?: unknown } | null)?.colorScheme;
  if (value === 'light' || value === 'dark') apply(value);
}
