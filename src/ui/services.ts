import type { ChatPostMessageArguments } from '@slack/web-api';
import type { Clock, SlackPort, ZendeskPort } from '../workflow/ports';
import type { AppSettings } from '../workflow/settings';
import type { TicketSnapshot } from '../zendesk/ticket';

/** Everything the panel needs from the outside world, injected so the UI makes no SDK call itself. */
export interface PanelServices {
  ticketId: number;
  /** The ticket, when it was read before the panel's first render (then the card needs no loading state). */
  firstTicket?: TicketSnapshot;
  /** Zendesk subdomain, for links to the ticket. */
  subdomain: string;
  installationId: number;
  settings: AppSettings;
  /** Reads the ticket: one batched get and one REST call. */
  loadTicket(): Promise<TicketSnapshot>;
  /** Subscribes to a ZAF event; returns the unsubscribe function. */
  on(event: string, handler: (payload: unknown) => void): () => void;
  /** Asks the host to size the iframe to the panel. */
  resize(height: number): void;
  zendesk: ZendeskPort;
  slack: SlackPort;
  clock: Clock;
  /** Where caches live across ticket opens (localStorage, or memory when the browser blocks it). */
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
}

export type { ChatPostMessageArguments };
