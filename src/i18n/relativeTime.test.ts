import { describe, expect, test } from 'vitest';
import { formatRelativeTime } from './translate';

const NOW = Date.parse('2026-12-02T10:18:09Z');

describe('how long ago, in the agent’s language', () => {
  test('a reply whose Zendesk stamp is a few seconds ahead of the browser reads as now, never "in 5 seconds"', () => {
    expect(formatRelativeTime('en', NOW + 5_000, NOW)).toBe('now');
    expect(formatRelativeTime('de', NOW + 5_000, NOW)).toBe('jetzt');
  });

  test('past times count up in the largest whole unit', () => {
    expect(formatRelativeTime('en', NOW - 12_000, NOW)).toBe('12 seconds ago');
    expect(formatRelativeTime('en', NOW - 3 * 60_000, NOW)).toBe('3 minutes ago');
    expect(formatRelativeTime('fr', NOW - 2 * 3_600_000, NOW)).toBe('il y a 2 heures');
  });
});
