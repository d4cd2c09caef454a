/** What the simulator server sends the host page (CONTRACT.md "Host page ⇄ server"), read tolerantly. */
import type { MacroAction, ViaFixture } from '../../fixtures/types';

/** One comment of the open ticket, as the server shapes it for the host (ZAF-like, plus `body`/`public`). */
export interface SimComment {
  /** Zendesk comment id. */
  id: number;
  /** HTML as Zendesk renders it (ZAF's `value`). */
  value: string;
  /** Plain text. */
  body: string;
  /** Public reply or internal note (not in ZAF's comment object; the host page shows it). */
  public: boolean;
  /** ISO 8601. */
  createdAt: string;
  /** Who wrote it. */
  author: { id: number; name: string; role: string };
  /** How it arrived. */
  via?: ViaFixture;
}

/** The open ticket as `GET /__sim/state` sends it: ZAF's `ticket` shape, saved values. */
export interface SimTicket {
  /** Ticket id. */
  id: number;
  /** Subject line. */
  subject: string;
  /** The first comment's text. */
  description: string;
  /** Saved status. */
  status: string;
  /** Saved tags. */
  tags: string[];
  /** ISO 8601. */
  createdAt: string;
  /** ISO 8601; moves forward on every update. */
  updatedAt: string;
  /** How the ticket arrived. */
  via?: ViaFixture;
  /** The person who tweeted; null on some fixtures. */
  requester: Record<string, unknown> | null;
  /** Oldest first. */
  comments: SimComment[];
}

/** A macro as `GET /api/v2/macros/active.json` lists it. */
export interface SimMacro {
  /** Macro id. */
  id: number;
  /** Title with `::` categories. */
  title: string;
  /** Inactive macros cannot be applied. */
  active: boolean;
  /** What it changes. */
  actions: MacroAction[];
}

/** A fault as `POST /__sim/faults` stores it. */
export interface SimFault {
  /** Server-assigned id. */
  id?: number;
  /** `zaf:get`, `zaf:invoke:macro`, `slack:chat.postMessage`, … */
  match: string;
  /** Answer and carry out, but never reply. */
  drop?: boolean;
  /** Never carry out, never reply. */
  hang?: boolean;
  /** Extra delay, ms. */
  latencyMs?: number;
  /** How many calls it applies to; 0 means until reset. */
  times?: number;
}

/** `GET /__sim/state?ticket=<id>`. */
export interface SimState {
  /** The open ticket. */
  ticket: SimTicket;
  /** The signed-in agent (ZAF `currentUser` shape). */
  currentUser: Record<string, unknown>;
  /** What `metadata()` returns; secure settings already left out. */
  installation: { appId: number; installationId: number; name: string; version: string; settings: Record<string, unknown> };
  /** The Zendesk account. */
  account: { subdomain: string };
  /** Every ticket, for the switcher. */
  tickets: { id: number; subject: string }[];
  /** Macros, when the server includes them (otherwise the host asks the REST emulator). */
  macros?: SimMacro[];
  /** Faults armed before the page loaded, when the server includes them. */
  faults?: SimFault[];
  /** Latency set before the page loaded, when the server includes it. */
  latencyMs?: number;
}

/** One event of `GET /__sim/events`. */
export type SimEvent =
  | { type: 'ticket'; id: number }
  | { type: 'slack' }
  | { type: 'faults'; faults: SimFault[] }
  | { type: 'latency'; ms: number };
