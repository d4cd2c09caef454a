import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = import.meta.dirname;
const dist = resolve(root, 'dist');

/**
 * Writes the rest of the Zendesk app folder around the bundle: manifest, the marketplace part of each
 * translation file (Zendesk reads only `app.*` from them; the panel strings ship inside the JS chunks)
 * and the logos.
 */
function zendeskAppFolder(): Plugin {
  return {
    name: 'zendesk-app-folder',
    apply: 'build',
    writeBundle() {
      mkdirSync(join(dist, 'translations'), { recursive: true });
      copyFileSync(join(root, 'manifest.json'), join(dist, 'manifest.json'));
      for (const file of readdirSync(join(root, 'translations'))) {
        if (!file.endsWith('.json')) continue;
        const { app } = JSON.parse(readFileSync(join(root, 'translations', file), 'utf8')) as { app: unknown };
        writeFileSync(join(dist, 'translations', file), `${JSON.stringify({ app }, null, 2)}\n`);
      }
      // Only the PNG logos ship: Zendesk re-formats SVGs in a package and warns when they differ.
      for (const file of readdirSync(join(root, 'assets'))) {
        if (file.endsWith('.png')) copyFileSync(join(root, 'assets', file), join(dist, 'assets', file));
      }
    },
  };
}

/**
 * A dependency of Garden ships an error message with a plain-http link; Zendesk's validator warns on plain-http
 * URLs in a package, and the same page answers on https.
 */
function httpsOnlyLinks(): Plugin {
  return {
    name: 'https-only-links',
    apply: 'build',
    renderChunk: (code) => (code.includes('http://fb.me/') ? { code: code.replaceAll('http://fb.me/', 'https://fb.me/'), map: null } : null),
  };
}

export default defineConfig({
  root: resolve(root, 'src'),
  base: './',
  plugins: [react(), httpsOnlyLinks(), zendeskAppFolder()],
  build: {
    outDir: resolve(dist, 'assets'),
    emptyOutDir: true,
    assetsDir: '.',
    target: 'es2022',
    reportCompressedSize: false,
    rollupOptions: { input: resolve(root, 'src/index.html') },
  },
});
