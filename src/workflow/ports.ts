import type { SlackPort } from '../slack/port';
import type { TicketState } from '../zendesk/ticketState';
import type { MacroRef } from '../zendesk/macroCache';
import type { TicketChange } from '../zendesk/ticketUpdates';

export type { SlackPort, TicketChange, TicketState };

/** The Zendesk side of every workflow; the browser implements it over ZAF, tests with fakes. */
export interface ZendeskPort {
  /** Reads the saved ticket through REST. */
  readTicket(ticketId: number): Promise<TicketState>;
  /** One `safe_update` attempt; rejects with a `ZendeskError` (`conflict` on 409) and never retries itself. */
  updateTicket(ticketId: number, change: TicketChange, updatedStamp: string): Promise<TicketState>;
  /** The active macro with exactly this title, with its actions; rejects with `not_found` naming it. */
  findMacro(title: string): Promise<MacroRef>;
}

/** Time, injected so tests need no real waits. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
