import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DEFAULT_SHOW_LEADERBOARD, DEFAULT_STALE_AFTER_HOURS, readDashboardSettings } from './settings';

const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as { parameters: { name: string; default?: unknown }[] };
const defaultOf = (name: string) => manifest.parameters.find((parameter) => parameter.name === name)?.default;

describe('dashboard settings', () => {
  test('the manifest offers the same defaults the app falls back to', () => {
    expect(defaultOf('stale_after_hours')).toBe(DEFAULT_STALE_AFTER_HOURS);
    expect(defaultOf('show_leaderboard')).toBe(DEFAULT_SHOW_LEADERBOARD);
  });

  test('numbers and checkboxes arrive as values or as text (zcli sends text)', () => {
    expect(readDashboardSettings({ stale_after_hours: '48', show_leaderboard: 'false' })).toMatchObject({ staleAfterHours: 48, showLeaderboard: false });
    expect(readDashboardSettings({ stale_after_hours: 6, show_leaderboard: true })).toMatchObject({ staleAfterHours: 6, showLeaderboard: true });
    expect(readDashboardSettings({ stale_after_hours: '0', show_leaderboard: 'maybe' })).toMatchObject({ staleAfterHours: 24, showLeaderboard: true });
  });
});
