/** What a ticket_sidebar instance may read, change and run; everything else answers `APIUnavailable`. */
export const TICKET_SIDEBAR_GET = [
  'ticket',
  'ticket.id',
  'ticket.subject',
  'ticket.description',
  'ticket.status',
  'ticket.tags',
  'ticket.createdAt',
  'ticket.updatedAt',
  'ticket.via',
  'ticket.requester',
  'ticket.comments',
  'currentUser',
  'colorScheme',
] as const;

/** Objects whose single fields can be read as `<parent>.<field>`. */
const FIELD_PARENTS = ['ticket.requester', 'currentUser'] as const;

export const TICKET_SIDEBAR_SET = ['ticket.status', 'ticket.tags', 'comment.text', 'comment.type'] as const;

export const TICKET_SIDEBAR_INVOKE = [
  'resize',
  'macro',
  'ticket.tags.add',
  'ticket.tags.remove',
  'notify',
  'comment.appendText',
  'track',
] as const;

/** `ticket.requester.name` → `{ parent: 'ticket.requester', field: 'name' }`; other paths → undefined. */
export function splitFieldPath(path: string): { parent: string; field: string } | undefined {
  for (const parent of FIELD_PARENTS) {
    const prefix = `${parent}.`;
    const field = path.startsWith(prefix) ? path.slice(prefix.length) : '';
    if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(field)) return { parent, field };
  }
  return undefined;
}

export function allowedGet(path: string): boolean {
  return (TICKET_SIDEBAR_GET as readonly string[]).includes(path) || splitFieldPath(path) !== undefined;
}

export function allowedSet(path: string): boolean {
  return (TICKET_SIDEBAR_SET as readonly string[]).includes(path);
}

export function allowedInvoke(name: string): boolean {
  return (TICKET_SIDEBAR_INVOKE as readonly string[]).includes(name);
}
