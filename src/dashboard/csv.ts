import { timeToClaim, timeToReply, type ShareRow } from './shareRow';

/** Column ids of the export: stable names a spreadsheet or script can rely on, whatever the advocate's language. */
export const CSV_COLUMNS = [
  'kind', 'ticket_id', 'shared_at', 'shared_by', 'state', 'category', 'area', 'author', 'excerpt', 'claimed_by',
  'answered_by', 'thread_replies', 'minutes_to_first_claim', 'minutes_to_reply', 'post_url', 'slack_channel', 'slack_ts',
] as const;

/**
 * The rows as CSV (RFC 4180: CRLF, quotes doubled). A cell that starts like a formula (`=`, `+`, `-`, `@`) gets a
 * leading apostrophe, so a tweet cannot run as a formula in a spreadsheet (OWASP "CSV injection").
 */
export function sharesCsv(rows: readonly ShareRow[]): string {
  const people = (list: ShareRow['claimedBy']) => list.map((person) => person.name || person.id).join('; ');
  const minutes = (ms: number | null) => (ms === null ? '' : String(Math.round(ms / 60_000)));
  const lines = rows.map((row) =>
    [
      row.kind, String(row.ticketId), new Date(row.sharedAt).toISOString(), row.sharedBy, row.state, row.category, row.area, row.author,
      row.excerpt, people(row.claimedBy), people(row.answeredBy), String(row.replyCount), minutes(timeToClaim(row)), minutes(timeToReply(row)),
      row.postUrl, row.channel, row.ts,
    ].map(cell),
  );
  return [[...CSV_COLUMNS], ...lines].map((line) => line.join(',')).join('\r\n') + '\r\n';
}

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
