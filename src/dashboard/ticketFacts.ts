import { COMMUNITY_SHARE, EXPERT_REQUEST, type InvolvementKind as Kind } from '../workflow/involvementKind';
import { readMarker, TAG_RESPONDED } from '../workflow/involvementMarker';
import { asArray, asNumber, asRecord, asString, asStringArray } from '../zendesk/fields';
import { firstWords } from './involvementPost';
import type { InvolvementKind } from './shareRow';

/** The expert's area tag (docs/design/round-2.md; the first of the expert kind's detail tags). */
const AREA_PREFIX = 'ci_expert_area_';

/** The two kinds with the dashboard's name for each. */
export const KINDS: readonly [InvolvementKind, Kind][] = [
  ['share', COMMUNITY_SHARE],
  ['expert', EXPERT_REQUEST],
];

/** What a ticket's search result says about one involvement. */
export interface TicketFacts {
  kind: InvolvementKind;
  ticketId: number;
  /** Channel id (upper case) and ts of the post the tags name; '' when the tags name none (withdrawn). */
  channel: string;
  ts: string;
  responded: boolean;
  withdrawn: boolean;
  area: string;
  excerpt: string;
  author: string;
  /** Epoch ms of the ticket's last change. */
  updatedAt: number;
}

/** The involvements a ticket's tags record: a share, an expert request, or both (one entry each). */
export function readTicketFacts(raw: unknown): TicketFacts[] {
  const ticket = asRecord(raw);
  const ticketId = asNumber(ticket.id);
  if (ticketId === null) return [];
  const tags = asStringArray(ticket.tags);
  const common = {
    ticketId,
    excerpt: firstWords(asString(ticket.description) || asString(ticket.subject)),
    author: authorOf(ticket),
    updatedAt: Date.parse(asString(ticket.updated_at)) || 0,
    responded: tags.includes(TAG_RESPONDED),
  };
  const facts: TicketFacts[] = [];
  const area = tagValue(tags, AREA_PREFIX);
  for (const [name, kind] of KINDS) {
    const marker = readMarker(kind, tags);
    const detail = { kind: name, area: name === 'expert' ? area : '' };
    if (marker.state === 'shared') facts.push({ ...common, ...detail, channel: marker.channel, ts: marker.ts, withdrawn: false });
    else if (marker.state === 'none' && marker.withdrawn) facts.push({ ...common, ...detail, channel: '', ts: '', withdrawn: true });
  }
  return facts;
}

function tagValue(tags: readonly string[], prefix: string): string {
  return tags.find((tag) => tag.startsWith(prefix))?.slice(prefix.length) ?? '';
}

/** `@handle` from the Via source (X, Facebook), else ''. */
function authorOf(ticket: Record<string, unknown>): string {
  const from = asRecord(asRecord(asRecord(ticket.via).source).from);
  const handle = asString(from.username);
  if (handle) return `@${handle.replace(/^@+/, '')}`;
  return asString(from.name);
}

/** The search results of one page, as `GET /api/v2/search.json` returns them. */
export function ticketsOfPage(body: unknown): unknown[] {
  return asArray(asRecord(body).results).filter((result) => asRecord(result).result_type !== 'user');
}
