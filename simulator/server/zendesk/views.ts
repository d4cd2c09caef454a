import type { StoredComment, StoredTicket, TicketDesk } from './ticketDesk';

const ZENDESK = 'https://gitlab-sim.zendesk.com';

/** `ticket` as `GET /api/v2/tickets/:id.json` returns it. */
export function restTicket(ticket: StoredTicket) {
  const first = ticket.comments[0];
  return {
    id: ticket.id,
    url: `${ZENDESK}/api/v2/tickets/${ticket.id}.json`,
    external_id: null,
    created_at: ticket.created_at,
    updated_at: ticket.updated_at,
    type: null,
    subject: ticket.subject,
    raw_subject: ticket.subject,
    description: first?.body ?? '',
    priority: null,
    status: ticket.status,
    requester_id: ticket.requester_id,
    submitter_id: ticket.requester_id,
    assignee_id: null,
    group_id: null,
    tags: [...ticket.tags],
    via: ticket.via,
    custom_fields: [],
  };
}

/** One comment as `GET /api/v2/tickets/:id/comments.json` returns it. */
export function restComment(comment: StoredComment) {
  return {
    id: comment.id,
    type: 'Comment',
    author_id: comment.author_id,
    body: comment.body,
    html_body: comment.html_body,
    plain_body: comment.body,
    public: comment.public,
    attachments: [],
    audit_id: comment.id + 1,
    via: comment.via,
    created_at: comment.created_at,
    metadata: { system: { client: 'Zendesk simulator', ip_address: '127.0.0.1' }, custom: {} },
  };
}

/** The ticket as ZAF's `client.get('ticket')` shapes it, for the host page (camelCase, comments with authors). */
export function zafTicket(ticket: StoredTicket, desk: TicketDesk) {
  const requester = desk.person(ticket.requester_id);
  return {
    id: ticket.id,
    subject: ticket.subject,
    description: ticket.comments[0]?.body ?? '',
    status: ticket.status,
    tags: [...ticket.tags],
    createdAt: ticket.created_at,
    updatedAt: ticket.updated_at,
    via: ticket.via,
    requester: requester
      ? {
          id: requester.id,
          name: requester.name,
          email: null,
          role: requester.role,
          identities: requester.handle ? [{ type: 'twitter', value: requester.handle }] : [],
        }
      : null,
    comments: ticket.comments.map((comment) => {
      const author = desk.person(comment.author_id);
      return {
        id: comment.id,
        value: comment.html_body,
        body: comment.body,
        public: comment.public,
        createdAt: comment.created_at,
        author: { id: comment.author_id, name: author?.name ?? 'Unknown', role: author?.role ?? 'end-user' },
        via: comment.via,
      };
    }),
  };
}

/** `GET /__sim/tickets/:id`: what tests assert on. */
export function simTicket(ticket: StoredTicket, desk: TicketDesk) {
  return {
    id: ticket.id,
    status: ticket.status,
    tags: [...ticket.tags],
    updated_at: ticket.updated_at,
    comments: ticket.comments.map((comment) => ({
      id: comment.id,
      author_id: comment.author_id,
      author_name: desk.person(comment.author_id)?.name ?? 'Unknown',
      body: comment.body,
      html_body: comment.html_body,
      public: comment.public,
      created_at: comment.created_at,
      via: comment.via,
    })),
    macros_applied: [...ticket.macros_applied],
  };
}
