/**
 * The share marker: tags on the ticket that say whether (and where) its tweet was shared. Tags are the one
 * place every tab, every reload and every agent sees, so they carry the exactly-once state.
 * Zendesk lowercases tags and allows no spaces, so the channel id is stored in lower case and the Slack `ts`
 * with `_` for its dot.
 */
export const TAG_SHARED = 'ci_shared';
export const TAG_PENDING = 'ci_share_pending';
export const TAG_RESPONDED = 'ci_responded';
export const TAG_WITHDRAWN = 'ci_withdrawn';
const PREFIX_CHANNEL = 'ci_slack_';
const PREFIX_TS = 'ci_ts_';
const PREFIX_PENDING_AT = 'ci_pending_';

/** What the ticket's tags say about its share. */
export type ShareMarker =
  | { state: 'none'; withdrawn: boolean }
  | { state: 'pending'; since: number | null }
  | { state: 'shared'; channel: string; ts: string; responded: boolean };

export function readShareMarker(tags: readonly string[]): ShareMarker {
  const tagSet = new Set(tags);
  if (tagSet.has(TAG_SHARED)) {
    const channel = tags.find((tag) => tag.startsWith(PREFIX_CHANNEL))?.slice(PREFIX_CHANNEL.length);
    const ts = tags.find((tag) => tag.startsWith(PREFIX_TS))?.slice(PREFIX_TS.length);
    if (channel && ts && /^\d+_\d+$/.test(ts)) {
      return { state: 'shared', channel: channel.toUpperCase(), ts: ts.replace('_', '.'), responded: tagSet.has(TAG_RESPONDED) };
    }
  }
  if (tagSet.has(TAG_PENDING)) {
    const since = tags
      .filter((tag) => tag.startsWith(PREFIX_PENDING_AT))
      .map((tag) => Number(tag.slice(PREFIX_PENDING_AT.length)))
      .filter(Number.isFinite);
    return { state: 'pending', since: since.length > 0 ? Math.max(...since) * 1000 : null };
  }
  return { state: 'none', withdrawn: tagSet.has(TAG_WITHDRAWN) };
}

export function pendingTags(now: number): string[] {
  return [TAG_PENDING, `${PREFIX_PENDING_AT}${Math.floor(now / 1000)}`];
}

/** Tags of a finished share; `ts` is Slack's message timestamp (`1732470000.123456`). */
export function sharedTags(channel: string, ts: string): string[] {
  return [TAG_SHARED, `${PREFIX_CHANNEL}${channel.toLowerCase()}`, `${PREFIX_TS}${ts.replace('.', '_')}`];
}

/** Every pending tag on the ticket, to remove once the share is recorded. */
export function pendingTagsIn(tags: readonly string[]): string[] {
  return tags.filter((tag) => tag === TAG_PENDING || tag.startsWith(PREFIX_PENDING_AT));
}

/** Every tag a share left, to remove when it is withdrawn. */
export function shareTagsIn(tags: readonly string[]): string[] {
  return tags.filter(
    (tag) => tag === TAG_SHARED || tag === TAG_RESPONDED || tag.startsWith(PREFIX_CHANNEL) || tag.startsWith(PREFIX_TS),
  ).concat(pendingTagsIn(tags));
}
