import { describe, expect, test } from 'vitest';
import { groupMetrics, median, programMetrics } from './metrics';
import { HOUR, NOW, row } from './testing/programPayloads';

describe('program numbers', () => {
  test('median of an odd and an even count', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  test('rates leave withdrawn shares out; medians use the shares that have the time', () => {
    const metrics = groupMetrics([
      row(1, 'waiting', { ageHours: 2 }),
      row(2, 'claimed', { ageHours: 30, claimAfterHours: 1 }),
      row(3, 'answered', { ageHours: 40, claimAfterHours: 3 }),
      row(4, 'responded', { ageHours: 50, claimAfterHours: 2, replyAfterHours: 6 }),
      row(5, 'responded', { ageHours: 60, claimAfterHours: 10, replyAfterHours: 12 }),
      row(6, 'withdrawn', { ageHours: 70, claimAfterHours: 100 }),
    ]);
    // 5 counted; 4 taken; 3 answered or responded; claims 1, 2, 3, 10 h → 2.5 h; replies 6, 12 h → 9 h.
    expect(metrics).toEqual({ shares: 6, counted: 5, claimRate: 0.8, answerRate: 0.6, medianClaimMs: 2.5 * HOUR, medianReplyMs: 9 * HOUR });
  });

  test('per category, per area, per week, and who answered most', () => {
    const jane = { id: 'U0JANE', name: 'Jane Park' };
    const miguel = { id: 'U0MIGUEL', name: 'Miguel Álvarez' };
    const metrics = programMetrics(
      [
        row(1, 'answered', { ageHours: 1, category: 'support', answeredBy: [jane] }),
        row(2, 'answered', { ageHours: 200, category: 'product', answeredBy: [jane, miguel] }),
        row(3, 'waiting', { ageHours: 300, category: 'product' }),
        row(4, 'withdrawn', { ageHours: 5, category: 'product', answeredBy: [miguel] }),
        row(5, 'claimed', { ageHours: 10, kind: 'expert', category: '', area: 'runners' }),
      ],
      NOW,
      14,
    );
    expect(metrics.byCategory.map((group) => [group.key, group.metrics.shares])).toEqual([['product', 3], ['support', 1]]);
    expect(metrics.byArea.map((group) => [group.key, group.metrics.shares])).toEqual([['runners', 1]]);
    // Week 1 (336–168 h ago): tickets 2 and 3; week 2 (last 168 h): 1, 4, 5.
    expect(metrics.weeks.map((week) => week.shares)).toEqual([2, 3]);
    expect(metrics.topVolunteers).toEqual([
      { id: 'U0JANE', name: 'Jane Park', answered: 2 },
      { id: 'U0MIGUEL', name: 'Miguel Álvarez', answered: 1 },
    ]);
  });
});
