import type { ViaLike } from '../triage/types';
import { asRecord, asString, isRecord } from './fields';

/**
 * Zendesk's numeric via ids for the X channel (developer.zendesk.com "Via types reference"). The REST API sends
 * the type name, but ZAF and older payloads may send the id; triage reads names only.
 */
const CHANNEL_BY_VIA_ID: Readonly<Record<number, string>> = {
  23: 'twitter_favorite',
  26: 'twitter_dm',
  30: 'twitter',
};

type ViaParty = NonNullable<NonNullable<ViaLike['source']>['from']>;

/** A via object of either API with its channel as a type name when we know it, and no undefined parts. */
export function normaliseVia(value: unknown): ViaLike {
  const fields = asRecord(value);
  const channel = normaliseChannel(fields.channel);
  const via: ViaLike = channel === undefined ? {} : { channel };
  if (!isRecord(fields.source)) return via;
  const source = fields.source;
  return {
    ...via,
    source: {
      from: normaliseParty(source.from),
      to: normaliseParty(source.to),
      rel: typeof source.rel === 'string' ? source.rel : null,
    },
  };
}

function normaliseChannel(channel: unknown): string | number | undefined {
  if (typeof channel === 'string') {
    const id = /^\d+$/.test(channel) ? Number(channel) : undefined;
    return id === undefined ? channel : (CHANNEL_BY_VIA_ID[id] ?? id);
  }
  if (typeof channel === 'number') return CHANNEL_BY_VIA_ID[channel] ?? channel;
  return undefined;
}

function normaliseParty(value: unknown): ViaParty | null {
  if (!isRecord(value)) return null;
  const party: ViaParty = {};
  const profileUrl = asString(value.profile_url);
  const username = asString(value.username).replace(/^@/, '');
  const name = asString(value.name);
  if (profileUrl) party.profile_url = profileUrl;
  if (username) party.username = username;
  if (name) party.name = name;
  return party;
}
