import type { ViaLike } from '../triage/types';
import { asArray, asNumber, asRecord, asString, asStringArray } from './fields';
import type { ZafClient } from './types';
import { normaliseVia } from './via';

export { readTicketState, type TicketState } from './ticketState';

/** The person who wrote the tweet. Fields are missing when Zendesk does not know them. */
export interface TicketRequester {
  /** Zendesk user id; null when the host sent no requester. */
  id: number | null;
  /** Display name, or '' when unknown. */
  name: string;
  /** X handle without `@`, from the via source or an X identity. */
  handle?: string;
  /** Link to the X profile. */
  profileUrl?: string;
}

/** The agent using the panel. */
export interface AgentUser {
  /** Zendesk user id; null when unknown. */
  id: number | null;
  /** Display name, or '' when unknown. */
  name: string;
  /** Zendesk locale tag such as `en-US`, `pt-BR`; `en` when unknown. */
  locale: string;
}

/** One comment as the REST API has it (public flag and creation time are not in ZAF's `ticket.comments`). */
export interface TicketComment {
  /** Comment id. */
  id: number;
  /** Zendesk user id of the author; null when missing. */
  authorId: number | null;
  /** Name of the author from the sideloaded users, else the X display name, else ''. */
  authorName: string;
  /** False for internal notes. */
  public: boolean;
  /** How the comment arrived (a team member's reply comes back through the X channel). */
  via: ViaLike;
  /** ISO 8601 time. */
  createdAt: string;
  /** Plain text body. */
  body: string;
  /** HTML body (links to tweets often live only here). */
  htmlBody: string;
}

/** Everything the panel reads about the open ticket, with the host's quirks normalised. */
export interface TicketSnapshot {
  /** Ticket id. */
  id: number;
  /** Subject; for X tickets usually the start of the tweet. */
  subject: string;
  /** The first comment: the tweet text. */
  description: string;
  /** `new`, `open`, `pending`, `hold`, `solved` or `closed` (the draft value). */
  status: string;
  /** Tags of the draft (a macro's tags show before submit); [] when missing. */
  tags: string[];
  /** `updated_at` as the host last saw it. */
  updatedAt: string;
  /** Channel (`twitter`, `twitter_dm`, `twitter_favorite`, …) and the X source. */
  via: ViaLike;
  /** The tweet's author. */
  requester: TicketRequester;
  /** The agent. */
  currentUser: AgentUser;
  /** Every comment, oldest first. */
  comments: TicketComment[];
}

/** The ticket_sidebar paths read in one batched `client.get`. */
export const SNAPSHOT_PATHS = [
  'ticket.id',
  'ticket.subject',
  'ticket.description',
  'ticket.status',
  'ticket.tags',
  'ticket.updatedAt',
  'ticket.via',
  'ticket.requester',
  'currentUser',
] as const;

/**
 * Reads the open ticket with one batched `get` and one REST call, side by side. Comments come from REST because
 * ZAF's `ticket.comments` has no public flag or creation time; the first page (100 comments) is plenty for a
 * tweet thread, so no paging.
 */
export async function readTicketSnapshot(zaf: ZafClient, ticketId: number): Promise<TicketSnapshot> {
  const [{ values }, comments] = await Promise.all([zaf.get([...SNAPSHOT_PATHS]), readComments(zaf, ticketId)]);
  const via = normaliseVia(values['ticket.via']);
  return {
    id: asNumber(values['ticket.id']) ?? ticketId,
    subject: asString(values['ticket.subject']),
    description: asString(values['ticket.description']),
    status: asString(values['ticket.status']),
    tags: asStringArray(values['ticket.tags']),
    updatedAt: asString(values['ticket.updatedAt']),
    via,
    requester: toRequester(values['ticket.requester'], via),
    currentUser: toAgent(values.currentUser),
    comments,
  };
}

async function readComments(zaf: ZafClient, ticketId: number): Promise<TicketComment[]> {
  const body = asRecord(
    await zaf.request<unknown>({ url: `/api/v2/tickets/${ticketId}/comments.json?include=users`, type: 'GET' }),
  );
  const names = new Map<number, string>();
  for (const user of asArray(body.users)) {
    const fields = asRecord(user);
    const id = asNumber(fields.id);
    if (id !== null) names.set(id, asString(fields.name));
  }
  return asArray(body.comments).map((comment) => toComment(asRecord(comment), names));
}

function toComment(fields: Record<string, unknown>, names: ReadonlyMap<number, string>): TicketComment {
  const authorId = asNumber(fields.author_id);
  const via = normaliseVia(fields.via);
  return {
    id: asNumber(fields.id) ?? 0,
    authorId,
    authorName: (authorId === null ? undefined : names.get(authorId)) || (via.source?.from?.name ?? ''),
    public: fields.public !== false,
    via,
    createdAt: asString(fields.created_at),
    body: asString(fields.body, asString(fields.plain_body)),
    htmlBody: asString(fields.html_body),
  };
}

function toRequester(value: unknown, via: ViaLike): TicketRequester {
  const fields = asRecord(value);
  const from = via.source?.from;
  const handle = from?.username ?? identityHandle(fields.identities);
  const profileUrl = from?.profile_url ?? (handle ? `https://x.com/${handle}` : undefined);
  return {
    id: asNumber(fields.id),
    name: asString(fields.name) || (from?.name ?? ''),
    ...(handle ? { handle } : {}),
    ...(profileUrl ? { profileUrl } : {}),
  };
}

/** An X identity on the requester (`type` is `twitter`; the value is the handle, sometimes with `@`). */
function identityHandle(identities: unknown): string | undefined {
  const identity = asArray(identities)
    .map(asRecord)
    .find((fields) => fields.type === 'twitter' || fields.type === 'x');
  const handle = asString(identity?.value).replace(/^@/, '');
  return handle || undefined;
}

function toAgent(value: unknown): AgentUser {
  const fields = asRecord(value);
  return { id: asNumber(fields.id), name: asString(fields.name), locale: asString(fields.locale) || 'en' };
}
