/** The open ticket in ZAF's shapes (research/zaf.md §1.2), as the draft shows it. */
import type { PersonFixture } from '../../fixtures/types';
import { draftTags, type Draft } from './draft';
import type { SimComment, SimTicket } from './simTypes';

/** What `get` reads from. */
export interface ZafView {
  /** Saved ticket. */
  ticket: SimTicket;
  /** Unsaved changes. */
  draft: Draft;
  /** The signed-in agent. */
  currentUser: Record<string, unknown>;
  /** `light` or `dark`. */
  colorScheme: string;
}

function requesterOf(person: PersonFixture | null | undefined): Record<string, unknown> | null {
  if (!person) return null;
  return {
    id: person.id,
    name: person.name,
    email: null,
    externalId: null,
    role: person.role,
    identities: person.handle ? [{ type: 'twitter', value: person.handle }] : [],
  };
}

function commentOf(comment: SimComment): Record<string, unknown> {
  return {
    id: comment.id,
    value: comment.html_body ?? comment.body,
    author: { id: comment.author?.id ?? comment.author_id ?? null, name: comment.author?.name ?? comment.author_name ?? '' },
    via: comment.via ?? null,
    imageAttachments: [],
    nonImageAttachments: [],
  };
}

/** The whole `ticket` object. */
export function zafTicket({ ticket, draft }: ZafView): Record<string, unknown> {
  return {
    id: ticket.id,
    subject: ticket.subject ?? '',
    description: ticket.comments[0]?.body ?? '',
    status: draft.status ?? ticket.status,
    tags: draftTags(ticket.tags, draft),
    createdAt: ticket.created_at ?? null,
    updatedAt: ticket.updated_at,
    via: ticket.via ?? null,
    requester: requesterOf(ticket.requester),
    comments: ticket.comments.map(commentOf),
  };
}

/** The value at an allow-listed path (field paths are split off by the protocol module). */
export function zafValue(view: ZafView, path: string): unknown {
  if (path === 'currentUser') return view.currentUser;
  if (path === 'colorScheme') return view.colorScheme;
  const ticket = zafTicket(view);
  if (path === 'ticket') return ticket;
  return ticket[path.slice('ticket.'.length)];
}
