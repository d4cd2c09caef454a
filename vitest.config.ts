import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { panelTranslations, triageModelPieces } from './vite.config';

export default defineConfig({
  plugins: [react(), panelTranslations(), triageModelPieces()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'simulator/**/*.test.ts'],
          exclude: ['**/*.dom.test.ts', '**/node_modules/**'],
          // Some tests start real processes (the triage and Slack CLIs); on a loaded two-core CI machine a start
          // can take tens of seconds. The ceiling is for a hang, not a measure of speed.
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx', 'src/**/*.dom.test.ts', 'simulator/**/*.dom.test.ts'],
          setupFiles: ['src/testing/setupDom.ts'],
          // Above the waits' own ceiling (setupDom.ts): a test fails on the state it waited for, not on the clock. A
          // hang guard for the whole test, whose waits add up: Panel's shared-ticket test (5 s quiet, 13 s at load 11)
          // passed every wait and still hit 30 s in a clean-clone CI beside a triage loop at load ~9-12.
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['e2e/**/*.e2e.ts'],
          fileParallelism: false,
          testTimeout: 45_000,
          hookTimeout: 60_000,
          // `expect.poll` waits for what the page shows; its default ceiling (1 s) is a speed limit on a loaded
          // machine, where a panel refresh through the simulator can take seconds. Found failing under load.
          expect: { poll: { timeout: 15_000 } },
          globalSetup: ['e2e/globalSetup.ts'],
        },
      },
    ],
  },
});
