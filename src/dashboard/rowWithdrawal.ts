import type { PostedShare } from '../slack/statusMessage';
import { CATEGORIES, type Category } from '../triage/types';
import type { ShareRow } from './shareRow';

/**
 * The share post a row stands for, as `withdrawShare` rewrites it: the withdrawn post keeps only its header,
 * the advocate's line and the ticket link, so what the row knows (ticket, channel, ts, author, link) is enough.
 */
export function postedShareOf(row: ShareRow, subdomain: string): PostedShare {
  const category = (CATEGORIES as readonly string[]).includes(row.category) ? (row.category as Category) : 'other';
  return {
    channel: row.channel,
    ts: row.ts,
    post: { platform: 'x', url: row.postUrl, text: row.excerpt, authorName: '', authorHandle: row.author.replace(/^@/, '') },
    ticket: { id: row.ticketId, url: `https://${subdomain}.zendesk.com/agent/tickets/${row.ticketId}` },
    category,
    reasons: [],
    sharedBy: row.sharedBy,
    toneRules: [],
  };
}

/** Which rows offer Withdraw: shares with a post, not withdrawn already (expert requests have their own path). */
export function canWithdraw(row: ShareRow): boolean {
  return row.kind === 'share' && row.state !== 'withdrawn' && row.ts !== '';
}

/** Which rows offer Nudge: a post nobody has answered yet. */
export function canNudge(row: ShareRow): boolean {
  return row.ts !== '' && (row.state === 'waiting' || row.state === 'claimed');
}
