import { describe, expect, it } from 'vitest';
import { startSimulatorProcess } from './simulatorProcess';

describe('startSimulatorProcess', () => {
  it('serves the simulator from a process of its own and stops it on close', async () => {
    const simulator = await startSimulatorProcess();
    try {
      const stats = await fetch(`${simulator.hostOrigin}/__sim/stats`);
      expect(stats.status).toBe(200);
      expect(simulator.appOrigin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    } finally {
      await simulator.close();
    }
    await expect(fetch(`${simulator.hostOrigin}/__sim/stats`)).rejects.toThrow();
  });
});
