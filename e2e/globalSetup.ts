import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startSimulator } from '../simulator/server/index';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `http://localhost:PORT` of the simulator the browser tests drive. */
    simHost: string;
  }
}

/** One simulator for the whole browser suite, started in-process (killing `npm start` would leave it running). */
export default async function setup(project: TestProject) {
  for (const built of ['dist/assets/index.html', 'simulator/dist/index.html', 'simulator/dist/zaf_sdk.js']) {
    if (!existsSync(built)) throw new Error(`${built} is missing: run "npm run build && npm run build:sim" (npm test does both).`);
  }
  const simulator = await startSimulator({ port: 0, quiet: true });
  project.provide('simHost', simulator.hostOrigin);
  return async () => {
    await simulator.close();
  };
}
