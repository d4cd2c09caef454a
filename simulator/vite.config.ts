import { build, defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

const here = import.meta.dirname;
const outDir = resolve(here, 'dist');

/**
 * After the host page, bundles the npm ZAF SDK (CommonJS) into `dist/zaf_sdk.js` as a classic script, so the app's
 * unchanged `index.html` can load it where Zendesk's CDN copy would be.
 */
function zafSdkScript(): Plugin {
  return {
    name: 'zaf-sdk-script',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          outDir,
          emptyOutDir: false,
          target: 'es2018',
          reportCompressedSize: false,
          lib: { entry: resolve(here, 'zaf-sdk-entry.ts'), formats: ['iife'], name: 'ZafSdkEntry', fileName: () => 'zaf_sdk.js' },
        },
      });
    },
  };
}

export default defineConfig({
  root: resolve(here, 'host'),
  base: '/',
  plugins: [react(), zafSdkScript()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
    rollupOptions: { input: resolve(here, 'host/index.html') },
  },
});
