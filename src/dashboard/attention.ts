import { HOUR_MS, type ShareRow, type ShareState } from './shareRow';

/** Why a row is at the top: nobody took it in time, or someone took it and nothing came of it in time. */
export type AttentionReason = 'unclaimed' | 'claimed_no_reply';

/** Whether the row needs the advocate now, and why. */
export function attentionReason(row: ShareRow, now: number, staleAfterHours: number): AttentionReason | null {
  const limit = staleAfterHours * HOUR_MS;
  if (row.state === 'waiting' && now - row.sharedAt > limit) return 'unclaimed';
  if (row.state === 'claimed' && now - (row.firstReplyAt ?? row.sharedAt) > limit) return 'claimed_no_reply';
  return null;
}

/** What the list may be narrowed to; '' means any. */
export interface RowFilters {
  state: ShareState | '';
  category: string;
  area: string;
  sharer: string;
}

export const NO_FILTERS: RowFilters = { state: '', category: '', area: '', sharer: '' };

export function filterRows(rows: readonly ShareRow[], filters: RowFilters): ShareRow[] {
  return rows.filter(
    (row) =>
      (filters.state === '' || row.state === filters.state) &&
      (filters.category === '' || row.category === filters.category) &&
      (filters.area === '' || row.area === filters.area) &&
      (filters.sharer === '' || row.sharedBy === filters.sharer),
  );
}

/** `oldest` lists the longest-waiting first. */
export type AgeOrder = 'oldest' | 'newest';

/** Rows that need attention first (the longest-waiting of them first), then the rest by age. */
export function orderRows(rows: readonly ShareRow[], now: number, staleAfterHours: number, order: AgeOrder): ShareRow[] {
  const byAge = (a: ShareRow, b: ShareRow) => (order === 'oldest' ? a.sharedAt - b.sharedAt : b.sharedAt - a.sharedAt);
  const stale = rows.filter((row) => attentionReason(row, now, staleAfterHours) !== null).sort((a, b) => a.sharedAt - b.sharedAt);
  const rest = rows.filter((row) => attentionReason(row, now, staleAfterHours) === null).sort(byAge);
  return [...stale, ...rest];
}

/** The distinct non-empty values of a field, sorted, for a filter's options. */
export function choicesOf(rows: readonly ShareRow[], field: 'category' | 'area' | 'sharedBy'): string[] {
  return [...new Set(rows.map((row) => row[field]).filter(Boolean))].sort((a, b) => a.localeCompare(b));
}
