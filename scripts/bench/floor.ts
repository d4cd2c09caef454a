import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

/**
 * Builds the floor (floor/main.tsx: React, Garden's ThemeProvider, the ZAF client, one get, one line) with the
 * app's build settings into a temporary app folder (`<dir>/assets/index.html`), so the simulator can serve it as
 * it serves `dist/`. Never into the app package.
 */
export async function buildFloor(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'ci-bench-floor-'));
  await build({
    configFile: false,
    root: join(import.meta.dirname, 'floor'),
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: join(dir, 'assets'), emptyOutDir: true, assetsDir: '.', target: 'es2022', reportCompressedSize: false },
  });
  return dir;
}
