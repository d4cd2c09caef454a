import { INVOLVEMENT_KINDS, type InvolvementKind } from './involvementKind';
import { readMarker, TAG_RESPONDED } from './involvementMarker';

/*
 * The tags a run writes and takes away. The card needs only the marker's reading (involvementMarker.ts) at first
 * paint; these load with the workflows that post or withdraw.
 */

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
