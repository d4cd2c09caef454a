import { EXPERT_REQUEST_EVENT_TYPE } from '../slack/eventTypes';
import { readInvolvementMetadata, type MessageWithMetadata } from '../slack/metadata';
import { isUserId } from '../slack/ids';

/** A channel-history message as the rotation reads it (`conversations.history` with `include_all_metadata`). */
export interface HistoryMessage extends MessageWithMetadata {
  ts?: string;
  /** Who replied in the thread (Slack lists them on the parent). */
  reply_users?: string[];
  reactions?: { name?: string; users?: string[] }[];
}

/** One time we asked one expert, read from our own request posts. */
export interface ExpertAsk {
  expert: string;
  ticketId: number;
  /** Epoch ms. */
  at: number;
  /** The request was marked responded or withdrawn, or the expert replied in its thread or reacted ✅. */
  answered: boolean;
}

/** How one expert of an area stands, and so why they are (not) proposed. */
export interface ExpertStanding {
  expert: string;
  /** Epoch ms of the latest ask, null when never asked (in the history read). */
  lastAskedAt: number | null;
  /** Unanswered asks from the last `openDays`. */
  open: number;
}

export interface Proposal {
  /** Who to ask, or null when everyone has an open request (the post then asks the channel). */
  proposed: string | null;
  /** Every expert of the area, in the routing's order. */
  standings: ExpertStanding[];
}

/** An unanswered request older than this no longer holds an expert back. */
export const DEFAULT_OPEN_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;
const DONE_REACTIONS = new Set(['white_check_mark', 'heavy_check_mark', 'ballot_box_with_check']);

/**
 * Every ask in our request posts: the expert the post mentioned, and the experts asked later in its thread (the
 * post's metadata lists them in `asked`, so one history call sees them all).
 */
export function asksIn(messages: readonly HistoryMessage[]): ExpertAsk[] {
  const asks: ExpertAsk[] = [];
  for (const message of messages) {
    const metadata = readInvolvementMetadata(message, EXPERT_REQUEST_EVENT_TYPE);
    if (!metadata) continue;
    const repliedBy = new Set(message.reply_users ?? []);
    for (const reaction of message.reactions ?? []) {
      if (DONE_REACTIONS.has((reaction.name ?? '').split('::')[0] ?? '')) for (const user of reaction.users ?? []) repliedBy.add(user);
    }
    const closed = metadata.status !== 'open';
    const postedAt = Math.floor(Number(message.ts ?? 0)) * 1000;
    for (const { expert, at } of askedIn(metadata.payload, postedAt)) {
      asks.push({ expert, ticketId: metadata.ticketId, at, answered: closed || repliedBy.has(expert) });
    }
  }
  return asks;
}

/** `asked: [{expert, at}]` (unix seconds), else the single `expert` at the post's time. */
function askedIn(payload: Record<string, unknown>, postedAt: number): { expert: string; at: number }[] {
  const listed = Array.isArray(payload.asked) ? payload.asked : [];
  const asked = listed.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { expert, at } = entry as Record<string, unknown>;
    return typeof expert === 'string' && isUserId(expert) && typeof at === 'number' && Number.isFinite(at) ? [{ expert, at: at * 1000 }] : [];
  });
  if (asked.length > 0) return asked;
  return typeof payload.expert === 'string' && isUserId(payload.expert) ? [{ expert: payload.expert, at: postedAt }] : [];
}

/**
 * The rotation: propose the expert asked least recently in this channel (never asked comes first, ties in the
 * routing's order), skipping anyone with an unanswered request of ours from the last `openDays` days.
 */
export function proposeExpert(experts: readonly string[], asks: readonly ExpertAsk[], now: number, openDays = DEFAULT_OPEN_DAYS): Proposal {
  const standings = experts.map((expert): ExpertStanding => {
    const theirs = asks.filter((ask) => ask.expert === expert);
    const lastAskedAt = theirs.length > 0 ? Math.max(...theirs.map((ask) => ask.at)) : null;
    const open = theirs.filter((ask) => !ask.answered && now - ask.at < openDays * DAY_MS).length;
    return { expert, lastAskedAt, open };
  });
  const free = standings.filter((standing) => standing.open === 0);
  const best = free.reduce<ExpertStanding | null>((chosen, standing) => {
    if (!chosen) return standing;
    return (standing.lastAskedAt ?? -Infinity) < (chosen.lastAskedAt ?? -Infinity) ? standing : chosen;
  }, null);
  return { proposed: best?.expert ?? null, standings };
}
