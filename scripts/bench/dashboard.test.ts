import { describe, expect, it } from 'vitest';
import { dashboardChunks, summariseDashboard, type DashboardOpen } from './dashboard';

const open = (dataMs: number, rowsMs: number, floorFirstPaintMs: number): DashboardOpen => ({
  dataMs,
  rowsMs,
  floorFirstPaintMs,
  files: ['dashboard-a1.js', 'en-dashboard-b2.js'],
  bytes: 120_000,
});

describe('dashboardChunks', () => {
  it("finds the dashboard's entry and its locale chunks, not the sidebar's or shared ones", () => {
    const files = ['index-Q1.js', 'dashboard-_EUsFRtr.js', 'pt-BR-dashboard-Vi.js', 'ShareStatus-CL.js', 'client-Dx.js', 'dashboard.css'];
    expect(dashboardChunks(files)).toEqual(['dashboard-_EUsFRtr.js', 'pt-BR-dashboard-Vi.js', 'dashboard.css']);
    expect(dashboardChunks(['index-Q1.js', 'en-details-C.js', 'ExpertSection-B.js'])).toEqual([]);
  });
});

describe('summariseDashboard', () => {
  it('budgets the slowest run from data to rows, not the median, and pairs each page with its own floor', () => {
    const summary = summariseDashboard([open(1000, 1400, 800), open(2000, 3100, 1000), open(1500, 1800, 600)], 2000);
    expect(summary).toMatchObject({ shares: 2000, runs: 3, bytes: 120_000, dataToRowsMs: 400, dataToRowsMaxMs: 1100, rowsMs: 1800 });
    // 1400/800 = 1.75, 3100/1000 = 3.1, 1800/600 = 3: the median of the pairs, not 1800 / 800.
    expect(summary.rowsToFloorFirstPaint).toBe(3);
  });

  it('no run measured gives NaN, which the budget counts as missed', () => {
    expect(Number.isNaN(summariseDashboard([], 2000).dataToRowsMaxMs)).toBe(true);
  });
});
