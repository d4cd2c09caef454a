import { INVOLVEMENT_KINDS, type InvolvementKind } from './involvementKind';

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

export function pendingTags(kind: InvolvementKind, now: number, channel: string): string[] {
  return [kind.tags.pending, `${kind.tags.pendingAtPrefix}${Math.floor(now / 1000)}`, `${kind.tags.pendingChannelPrefix}${channel.toLowerCase()}`];
}

/** Tags of a recorded post; `ts` is Slack's message timestamp (`1732470000.123456`). */
export function doneTags(kind: InvolvementKind, channel: string, ts: string): string[] {
  return [kind.tags.done, `${kind.tags.channelPrefix}${channel.toLowerCase()}`, `${kind.tags.tsPrefix}${ts.replace('.', '_')}`];
}

/** Every pending tag of this kind on the ticket, to remove once the post is recorded. */
export function pendingTagsIn(kind: InvolvementKind, tags: readonly string[]): string[] {
  const { pending, pendingAtPrefix, pendingChannelPrefix } = kind.tags;
  return tags.filter(
    (tag) => tag === pending || tag.startsWith(pendingChannelPrefix) || /^\d+$/.test(tag.startsWith(pendingAtPrefix) ? tag.slice(pendingAtPrefix.length) : ''),
  );
}

/** Whether the ticket also has a recorded post of another kind (a share beside an expert request). */
export function otherKindRecorded(kind: InvolvementKind, tags: readonly string[]): boolean {
  return INVOLVEMENT_KINDS.some((other) => other.id !== kind.id && readMarker(other, tags).state === 'shared');
}

/**
 * Every tag a post of this kind left, to remove when it is withdrawn. `ci_responded` is shared by both kinds: it
 * stays while the other kind's post is still on the ticket, since it may be that post's answer.
 */
export function involvementTagsIn(kind: InvolvementKind, tags: readonly string[]): string[] {
  const { done, channelPrefix, tsPrefix, detailPrefixes } = kind.tags;
  const prefixes = [channelPrefix, tsPrefix, ...detailPrefixes];
  const respondedIsOurs = !otherKindRecorded(kind, tags);
  return tags
    .filter((tag) => tag === done || (respondedIsOurs && tag === TAG_RESPONDED) || prefixes.some((prefix) => tag.startsWith(prefix)))
    .concat(pendingTagsIn(kind, tags));
}
