import { nextZendeskStamp } from '../clock';
import type { PersonFixture, TicketFixture, ViaFixture } from '../../fixtures/types';

/** A ticket comment as the server stores it. */
export interface StoredComment {
  /** Comment id. */
  id: number;
  /** Zendesk user id of the author. */
  author_id: number;
  /** Plain text. */
  body: string;
  /** Rendered HTML. */
  html_body: string;
  /** Public reply or internal note. */
  public: boolean;
  /** ISO 8601. */
  created_at: string;
  /** How it arrived. */
  via: ViaFixture;
}

/** A ticket as the server stores it (the saved ticket; the host page holds the agent's draft). */
export interface StoredTicket {
  /** Ticket id. */
  id: number;
  /** Subject. */
  subject: string;
  /** Status. */
  status: string;
  /** Lower-case tags, no duplicates. */
  tags: string[];
  /** ISO 8601. */
  created_at: string;
  /** ISO 8601 with seconds; moves forward on every change. */
  updated_at: string;
  /** Who tweeted. */
  requester_id: number;
  /** How the ticket arrived. */
  via: ViaFixture;
  /** Oldest first. */
  comments: StoredComment[];
  /** Macros the agent submitted with the ticket. */
  macros_applied: { id: number; title: string }[];
}

/** What an update may change (REST `PUT` and the agent's Submit alike). */
export interface TicketChange {
  /** Replaces every tag. */
  tags?: string[];
  /** Tags to add. */
  additionalTags?: string[];
  /** Tags to remove. */
  removeTags?: string[];
  /** New status. */
  status?: string;
  /** A comment written by `authorId`. */
  comment?: { body?: string; html_body?: string; public?: boolean };
  /** With `safe_update`: the `updated_at` the caller read. `undefined` = no check. */
  expectedStamp?: string | null;
  /** Macros submitted with the change. */
  macros?: { id: number; title: string }[];
}

/** Why an update was refused. */
export type TicketRefusal = 'not_found' | 'conflict' | 'closed' | 'invalid_status';

const STATUSES = ['new', 'open', 'pending', 'hold', 'solved', 'closed'];

/** The tickets, their comments and the people who wrote them. */
export class TicketDesk {
  private readonly tickets = new Map<number, StoredTicket>();
  private readonly people = new Map<number, PersonFixture>();
  private nextCommentId = 900_000;
  private nextPersonId = 50_000;

  constructor(fixtures: TicketFixture[], agents: PersonFixture[]) {
    for (const agent of agents) this.people.set(agent.id, agent);
    for (const fixture of fixtures) this.tickets.set(fixture.id, this.fromFixture(fixture));
  }

  /** Every ticket, in fixture order. */
  list(): StoredTicket[] {
    return [...this.tickets.values()];
  }

  /** One ticket, or undefined. */
  get(id: number): StoredTicket | undefined {
    return this.tickets.get(id);
  }

  /** Adds a ticket (one made from a pasted tweet); its id must be new. */
  add(fixture: TicketFixture): StoredTicket {
    const ticket = this.fromFixture(fixture);
    this.tickets.set(ticket.id, ticket);
    return ticket;
  }

  /** An id no ticket has yet, from `first` on. */
  freeId(first: number): number {
    let id = first;
    while (this.tickets.has(id)) id += 1;
    return id;
  }

  /** A person by id. */
  person(id: number): PersonFixture | undefined {
    return this.people.get(id);
  }

  /** The X user with that handle, created the first time the X channel sees them. */
  personForHandle(handle: string, name: string): PersonFixture {
    const known = [...this.people.values()].find((person) => person.handle?.toLowerCase() === handle.toLowerCase());
    if (known) return known;
    const person: PersonFixture = { id: this.nextPersonId++, name, role: 'end-user', handle };
    this.people.set(person.id, person);
    return person;
  }

  /** Applies a change as `authorId`; returns the ticket or why Zendesk would refuse it. */
  update(id: number, change: TicketChange, authorId: number, via: ViaFixture): StoredTicket | TicketRefusal {
    const ticket = this.tickets.get(id);
    if (!ticket) return 'not_found';
    if (ticket.status === 'closed') return 'closed';
    if (change.expectedStamp !== undefined && change.expectedStamp !== ticket.updated_at) return 'conflict';
    if (change.status !== undefined && !STATUSES.includes(change.status)) return 'invalid_status';
    if (change.status === 'new' && ticket.status !== 'new') return 'invalid_status';
    const stamp = nextZendeskStamp(ticket.updated_at);
    applyTags(ticket, change);
    if (change.status) ticket.status = change.status;
    if (change.comment && (change.comment.body || change.comment.html_body)) {
      ticket.comments.push(this.comment(authorId, change.comment, via, stamp));
    }
    if (change.macros) ticket.macros_applied.push(...change.macros);
    ticket.updated_at = stamp;
    return ticket;
  }

  /** A public reply arriving through the X channel; Zendesk reopens the ticket. */
  receiveXReply(id: number, author: PersonFixture, body: string): StoredTicket | TicketRefusal {
    const ticket = this.tickets.get(id);
    if (!ticket) return 'not_found';
    const requester = this.people.get(ticket.requester_id);
    const via: ViaFixture = {
      channel: 'twitter',
      source: {
        from: { profile_url: `https://twitter.com/${author.handle}`, username: author.handle ?? '', name: author.name },
        to: requester?.handle
          ? { profile_url: `https://twitter.com/${requester.handle}`, username: requester.handle, name: requester.name }
          : {},
        rel: null,
      },
    };
    const stamp = nextZendeskStamp(ticket.updated_at);
    ticket.comments.push(this.comment(author.id, { body, public: true }, via, stamp));
    // A closed ticket is never reopened: Zendesk makes a follow-up ticket instead, which the simulator leaves out.
    if (ticket.status !== 'closed') ticket.status = 'open';
    ticket.updated_at = stamp;
    return ticket;
  }

  private comment(
    authorId: number,
    input: NonNullable<TicketChange['comment']>,
    via: ViaFixture,
    createdAt: string,
  ): StoredComment {
    const body = input.body ?? stripTags(input.html_body ?? '');
    return {
      id: this.nextCommentId++,
      author_id: authorId,
      body,
      html_body: input.html_body ?? toHtml(body),
      public: input.public ?? true,
      created_at: createdAt,
      via,
    };
  }

  private fromFixture(fixture: TicketFixture): StoredTicket {
    this.people.set(fixture.requester.id, fixture.requester);
    const comments = fixture.comments.map((comment): StoredComment => {
      this.people.set(comment.author.id, comment.author);
      return { ...comment, author_id: comment.author.id };
    });
    return {
      id: fixture.id,
      subject: fixture.subject,
      status: fixture.status,
      tags: normaliseTags(fixture.tags),
      created_at: fixture.created_at,
      updated_at: fixture.updated_at,
      requester_id: fixture.requester.id,
      via: fixture.via,
      comments: comments.map(({ id, author_id, body, html_body, public: isPublic, created_at, via }) => ({
        id, author_id, body, html_body, public: isPublic, created_at, via,
      })),
      macros_applied: [],
    };
  }
}

/** Zendesk stores tags in lower case and splits on spaces. */
export function normaliseTags(tags: readonly string[]): string[] {
  const words = tags.flatMap((tag) => tag.toLowerCase().split(/\s+/)).filter(Boolean);
  return [...new Set(words)];
}

function applyTags(ticket: StoredTicket, change: TicketChange): void {
  let tags = change.tags ? normaliseTags(change.tags) : ticket.tags;
  if (change.additionalTags) tags = normaliseTags([...tags, ...change.additionalTags]);
  if (change.removeTags) {
    const removed = new Set(normaliseTags(change.removeTags));
    tags = tags.filter((tag) => !removed.has(tag));
  }
  ticket.tags = tags;
}

function toHtml(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<p>${escaped.replace(/\n/g, '<br>')}</p>`;
}

function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
