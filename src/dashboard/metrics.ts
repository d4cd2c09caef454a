import { DAY_MS, timeToClaim, timeToReply, type ShareRow } from './shareRow';

/** The numbers of one group of shares (all of them, one category or one area). */
export interface GroupMetrics {
  /** Shares in the group, withdrawn ones included. */
  shares: number;
  /** Shares that were not withdrawn: what the rates divide by. */
  counted: number;
  /** Share of `counted` that someone took (👀 or a reply in the thread), 0–1; null when nothing counts. */
  claimRate: number | null;
  /** Share of `counted` that was answered (✅) or marked responded, 0–1. */
  answerRate: number | null;
  /** Median ms from the post to the first person in its thread. */
  medianClaimMs: number | null;
  /** Median ms from the post to the reply marked on the ticket. */
  medianReplyMs: number | null;
}

/** Shares posted in one week of the range. */
export interface WeekCount {
  /** Epoch ms the week starts (the range is cut into 7-day weeks ending now). */
  start: number;
  shares: number;
}

/** A volunteer and how many shares they marked done (✅). */
export interface TopVolunteer {
  id: string;
  name: string;
  answered: number;
}

export interface ProgramMetrics {
  all: GroupMetrics;
  byCategory: { key: string; metrics: GroupMetrics }[];
  byArea: { key: string; metrics: GroupMetrics }[];
  weeks: WeekCount[];
  /** Most answers first; ties by name. */
  topVolunteers: TopVolunteer[];
}

/** How many volunteers the leaderboard lists. */
export const TOP_VOLUNTEERS = 5;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? null) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export function groupMetrics(rows: readonly ShareRow[]): GroupMetrics {
  const counted = rows.filter((row) => row.state !== 'withdrawn');
  const rate = (hits: number) => (counted.length === 0 ? null : hits / counted.length);
  const present = (values: (number | null)[]) => values.filter((value): value is number => value !== null);
  return {
    shares: rows.length,
    counted: counted.length,
    claimRate: rate(counted.filter((row) => row.state !== 'waiting').length),
    answerRate: rate(counted.filter((row) => row.state === 'answered' || row.state === 'responded').length),
    medianClaimMs: median(present(counted.map(timeToClaim))),
    medianReplyMs: median(present(counted.map(timeToReply))),
  };
}

/** Every number the dashboard shows for the rows of a range of `days` ending at `now`. */
export function programMetrics(rows: readonly ShareRow[], now: number, days: number): ProgramMetrics {
  return {
    all: groupMetrics(rows),
    byCategory: groupsBy(rows.filter((row) => row.kind === 'share'), (row) => row.category),
    byArea: groupsBy(rows.filter((row) => row.kind === 'expert'), (row) => row.area),
    weeks: weekCounts(rows, now, days),
    topVolunteers: topVolunteers(rows),
  };
}

function groupsBy(rows: readonly ShareRow[], keyOf: (row: ShareRow) => string): { key: string; metrics: GroupMetrics }[] {
  const groups = new Map<string, ShareRow[]>();
  for (const row of rows) {
    const key = keyOf(row) || 'other';
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.entries()]
    .map(([key, members]) => ({ key, metrics: groupMetrics(members) }))
    .sort((a, b) => b.metrics.shares - a.metrics.shares || a.key.localeCompare(b.key));
}

/** 7-day weeks ending at `now`, oldest first; a last partial week at the start when `days` is not a multiple of 7. */
export function weekCounts(rows: readonly ShareRow[], now: number, days: number): WeekCount[] {
  const weeks = Math.max(1, Math.ceil(days / 7));
  const counts: WeekCount[] = Array.from({ length: weeks }, (_, index) => ({ start: now - (weeks - index) * 7 * DAY_MS, shares: 0 }));
  for (const row of rows) {
    const index = weeks - 1 - Math.floor((now - row.sharedAt) / (7 * DAY_MS));
    const week = counts[index];
    if (week) week.shares += 1;
  }
  return counts;
}

export function topVolunteers(rows: readonly ShareRow[], limit = TOP_VOLUNTEERS): TopVolunteer[] {
  const byId = new Map<string, TopVolunteer>();
  for (const row of rows) {
    if (row.state === 'withdrawn') continue;
    for (const person of row.answeredBy) {
      const entry = byId.get(person.id) ?? { id: person.id, name: person.name, answered: 0 };
      entry.answered += 1;
      entry.name ||= person.name;
      byId.set(person.id, entry);
    }
  }
  return [...byId.values()].sort((a, b) => b.answered - a.answered || (a.name || a.id).localeCompare(b.name || b.id)).slice(0, limit);
}
