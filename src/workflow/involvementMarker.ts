import type { InvolvementKind } from './involvementKind';

/**
 * The marker: tags on the ticket that say whether (and where) it was involved in one kind's way. Tags are the one
 * place every tab, every reload and every agent sees, so they carry the exactly-once state.
 * Zendesk lowercases tags and allows no spaces, so the channel id is stored in lower case and the Slack `ts`
 * with `_` for its dot.
 */

/** A responded post closes either kind (docs/design/round-2.md). */
export const TAG_RESPONDED = 'ci_responded';

/** What the ticket's tags say about one kind of involvement. */
export type InvolvementMarker =
  | { state: 'none'; withdrawn: boolean }
  | { state: 'pending'; since: number | null; /** Where the run posts (`C…`); null for a marker written without it. */ channel: string | null }
  | { state: 'shared'; channel: string; ts: string; responded: boolean };

export function readMarker(kind: InvolvementKind, tags: readonly string[]): InvolvementMarker {
  const { done, pending, pendingAtPrefix, pendingChannelPrefix, channelPrefix, tsPrefix, withdrawn } = kind.tags;
  const tagSet = new Set(tags);
  if (tagSet.has(done)) {
    const channel = tags.find((tag) => tag.startsWith(channelPrefix))?.slice(channelPrefix.length);
    const ts = tags.find((tag) => tag.startsWith(tsPrefix))?.slice(tsPrefix.length);
    if (channel && ts && /^\d+_\d+$/.test(ts)) {
      return { state: 'shared', channel: channel.toUpperCase(), ts: ts.replace('_', '.'), responded: tagSet.has(TAG_RESPONDED) };
    }
  }
  if (tagSet.has(pending)) {
    const since = tags
      .filter((tag) => tag.startsWith(pendingAtPrefix))
      .map((tag) => Number(tag.slice(pendingAtPrefix.length)))
      .filter(Number.isFinite);
    const channel = tags.find((tag) => tag.startsWith(pendingChannelPrefix))?.slice(pendingChannelPrefix.length);
    return { state: 'pending', since: since.length > 0 ? Math.max(...since) * 1000 : null, channel: channel ? channel.toUpperCase() : null };
  }
  return { state: 'none', withdrawn: tagSet.has(withdrawn) };
}
