import { readFileSync } from 'node:fs';
import type { TicketFixture } from '../simulator/fixtures/types';

/** The simulator's sample tickets, as the tests expect the panel to show them. */
export const TICKETS: TicketFixture[] = JSON.parse(readFileSync(new URL('../simulator/fixtures/tickets.json', import.meta.url), 'utf8')) as TicketFixture[];

export function ticketWhere(predicate: (ticket: TicketFixture) => boolean, what: string): TicketFixture {
  const found = TICKETS.find(predicate);
  if (!found) throw new Error(`No sample ticket is ${what}`);
  return found;
}

const SHARE_MARKER = 'ci_shared';

/** A fresh public tweet a seasoned advocate would hand to volunteers. */
export const praiseTicket = () =>
  ticketWhere(
    (ticket) => ticket.expected.decision === 'involve' && ticket.expected.tweetUrl !== null && !ticket.tags.includes(SHARE_MARKER) && ticket.status !== 'closed',
    'an unshared involve ticket with a tweet URL',
  );

/** The author the card should show: the X source, else the requester. */
export function expectedAuthor(ticket: TicketFixture): { name: string; handle?: string } {
  const from = ticket.via.source.from as { name?: string; username?: string };
  return { name: from.name || ticket.requester.name, handle: from.username || ticket.requester.handle };
}
