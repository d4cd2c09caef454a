/**
 * The dashboard's nouns: one row per share or expert request, built from what the app already wrote (Zendesk
 * tags and search results, the Slack post's metadata, its reactions and its thread).
 */

/** Which way the advocate involved people (docs/design/round-2.md). */
export type InvolvementKind = 'share' | 'expert';

/**
 * Where a share stands, most advanced first: the advocate took it back (`withdrawn`), a team member's reply was
 * marked on the ticket (`responded`), a volunteer said done with ✅ (`answered`), a volunteer took it with 👀
 * (`claimed`), or nobody has touched it yet (`waiting`).
 */
export type ShareState = 'waiting' | 'claimed' | 'answered' | 'responded' | 'withdrawn';

export const SHARE_STATES: readonly ShareState[] = ['waiting', 'claimed', 'answered', 'responded', 'withdrawn'];

/** A Slack user as far as we know them: the name comes from thread replies (the bot may not read profiles). */
export interface Volunteer {
  /** Slack user id. */
  id: string;
  /** Display name, or '' when Slack never told us. */
  name: string;
}

/** One share or expert request in the range. */
export interface ShareRow {
  kind: InvolvementKind;
  ticketId: number;
  /** Slack channel id of the post, '' when only the ticket is known. */
  channel: string;
  /** Slack ts of the post, '' when only the ticket is known. */
  ts: string;
  /** Epoch ms of the post. */
  sharedAt: number;
  /** The advocate who shared it, '' when unknown. */
  sharedBy: string;
  /** The first words of the post. */
  excerpt: string;
  /** `@handle` or the author's name, '' when unknown. */
  author: string;
  /** The post on its platform. */
  postUrl: string;
  /** The share's category id (shares only). */
  category: string;
  /** The expert area (expert requests only). */
  area: string;
  /** 👀 */
  claimedBy: Volunteer[];
  /** ✅ */
  answeredBy: Volunteer[];
  /** Replies in the post's thread (ours included). */
  replyCount: number;
  /** Epoch ms of the first reply in the thread by a person (not the bot): when someone spoke up. */
  firstReplyAt: number | null;
  /** Epoch ms the advocate marked the team's reply on the ticket, when known. */
  respondedAt: number | null;
  state: ShareState;
}

/** A range of days ending now. */
export interface DashboardRange {
  /** How many days back from `now`. */
  days: number;
}

export const DEFAULT_RANGE: DashboardRange = { days: 14 };

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** Epoch ms of a Slack ts (`1795130100.004200`). */
export function tsToMs(ts: string): number {
  const seconds = Number(ts);
  return Number.isFinite(seconds) ? Math.round(seconds * 1000) : NaN;
}

/** A Slack ts for an epoch ms, as `oldest`/`latest` take it. */
export function msToTs(ms: number): string {
  return (ms / 1000).toFixed(6);
}

/** The ms between the post and its first claim (first person in the thread), or null. */
export function timeToClaim(row: ShareRow): number | null {
  return row.firstReplyAt === null ? null : Math.max(0, row.firstReplyAt - row.sharedAt);
}

/** The ms between the post and the marked reply, or null. */
export function timeToReply(row: ShareRow): number | null {
  return row.respondedAt === null ? null : Math.max(0, row.respondedAt - row.sharedAt);
}
