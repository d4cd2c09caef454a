import { describe, expect, test } from 'vitest';
import { relativeTickMs } from './useNow';

describe('how often "… ago" is redrawn', () => {
  test('every second while it counts seconds, so "1 second ago" does not stay frozen', () => {
    expect(relativeTickMs(10_000, 9_000)).toBe(1_000);
    expect(relativeTickMs(70_000, 11_000)).toBe(1_000);
  });

  test('every half minute once it counts minutes', () => {
    expect(relativeTickMs(100_000, 30_000)).toBe(30_000);
  });
});
