/** The open ticket in ZAF's shapes (research/zaf.md §1.2), as the draft shows it. */
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

/** ZAF's comment object has no public flag, plain body or creation time (research/zaf.md §1.2). */
function commentOf(comment: SimComment): Record<string, unknown> {
  return {
    id: comment.id,
    value: comment.value,
    author: comment.author,
    via: comment.via ?? null,
    imageAttachments: [],
    nonImageAttachments: [],
  };
}

/** The whole `ticket` object. */
export function zafTicket({ ticket, draft }: ZafView): Record<string, unknown> {
  return {
    id: ticket.id,
    subject: ticket.subject,
    description: ticket.description,
    status: draft.status ?? ticket.status,
    tags: draftTags(ticket.tags, draft),
    createdAt: ticket.createdAt,
    updatedAt: ticket.updatedAt,
    via: ticket.via ?? null,
    requester: ticket.requester,
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
