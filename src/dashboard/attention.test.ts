import { describe, expect, test } from 'vitest';
import { attentionReason, filterRows, NO_FILTERS, orderRows } from './attention';
import { NOW, row } from './testing/programPayloads';

describe('what needs attention first', () => {
  const rows = [
    row(1, 'waiting', { ageHours: 2 }),
    row(2, 'waiting', { ageHours: 30 }),
    row(3, 'claimed', { ageHours: 50, claimAfterHours: 1 }),
    row(4, 'claimed', { ageHours: 20, claimAfterHours: 1 }),
    row(5, 'answered', { ageHours: 90 }),
    row(6, 'waiting', { ageHours: 26, sharedBy: 'Sam Rivera', category: 'support' }),
  ];

  test('waiting past the threshold with no 👀, and claims past the threshold with no reply', () => {
    expect(rows.map((candidate) => attentionReason(candidate, NOW, 24))).toEqual([null, 'unclaimed', 'claimed_no_reply', null, null, 'unclaimed']);
    expect(attentionReason(row(7, 'waiting', { ageHours: 30 }), NOW, 48)).toBeNull();
  });

  test('stale rows come first, longest waiting first, then the rest by age', () => {
    expect(orderRows(rows, NOW, 24, 'newest').map((candidate) => candidate.ticketId)).toEqual([3, 2, 6, 1, 4, 5]);
    expect(orderRows(rows, NOW, 24, 'oldest').map((candidate) => candidate.ticketId)).toEqual([3, 2, 6, 5, 4, 1]);
  });

  test('filters by state, category and sharer', () => {
    expect(filterRows(rows, { ...NO_FILTERS, state: 'waiting' }).map((candidate) => candidate.ticketId)).toEqual([1, 2, 6]);
    expect(filterRows(rows, { ...NO_FILTERS, sharer: 'Sam Rivera' }).map((candidate) => candidate.ticketId)).toEqual([6]);
    expect(filterRows(rows, { ...NO_FILTERS, category: 'support', state: 'claimed' })).toEqual([]);
  });
});
