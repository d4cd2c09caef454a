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

/** Where an app instance runs; each location has its own APIs (research/zaf.md §1). */
export type AppLocation = 'ticket_sidebar' | 'nav_bar';

/** A nav_bar page has no ticket: the agent, the theme, and routing to other pages (ZAF nav_bar docs). */
export const NAV_BAR_GET = ['currentUser', 'colorScheme'] as const;
export const NAV_BAR_INVOKE = ['routeTo', 'notify', 'track'] as const;

/** `ticket.requester.name` → `{ parent: 'ticket.requester', field: 'name' }`; other paths → undefined. */
export function splitFieldPath(path: string): { parent: string; field: string } | undefined {
  for (const parent of FIELD_PARENTS) {
    const prefix = `${parent}.`;
    const field = path.startsWith(prefix) ? path.slice(prefix.length) : '';
    if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(field)) return { parent, field };
  }
  return undefined;
}

export function allowedGet(path: string, location: AppLocation = 'ticket_sidebar'): boolean {
  if (location === 'nav_bar') return (NAV_BAR_GET as readonly string[]).includes(path) || splitFieldPath(path)?.parent === 'currentUser';
  return (TICKET_SIDEBAR_GET as readonly string[]).includes(path) || splitFieldPath(path) !== undefined;
}

export function allowedSet(path: string, location: AppLocation = 'ticket_sidebar'): boolean {
  return location === 'ticket_sidebar' && (TICKET_SIDEBAR_SET as readonly string[]).includes(path);
}

export function allowedInvoke(name: string, location: AppLocation = 'ticket_sidebar'): boolean {
  return ((location === 'nav_bar' ? NAV_BAR_INVOKE : TICKET_SIDEBAR_INVOKE) as readonly string[]).includes(name);
}
