const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** "45 min", "7 h", "3 d" (or "2.5 h") in the user's language, by `Intl`; '—' when there is no time. */
export function formatDuration(locale: string, ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return '—';
  const [value, unit] = ms < HOUR ? [ms / MINUTE, 'minute'] : ms < 48 * HOUR ? [ms / HOUR, 'hour'] : [ms / (24 * HOUR), 'day'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
}

/** 0.684 → "68 %" in the user's language; '—' when nothing counts. */
export function formatRate(locale: string, rate: number | null): string {
  return rate === null ? '—' : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(rate);
}
