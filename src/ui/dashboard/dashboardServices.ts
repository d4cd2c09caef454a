import type { ProgramSources } from '../../dashboard/programSources';
import type { AppSettings, DashboardSettings } from '../../workflow/settings';
import type { ZendeskPort } from '../../workflow/ports';

/** What the dashboard page needs from the outside world; the boot builds it over ZAF, tests over the simulator. */
export interface DashboardServices {
  installationId: number;
  /** The Zendesk subdomain, for ticket links in the Slack post a withdrawal rewrites. */
  subdomain: string;
  settings: AppSettings & DashboardSettings;
  /** The signed-in agent's name (the withdrawal note names them). */
  currentUserName: string;
  /** Search, Slack and time. */
  sources: ProgramSources;
  /** The ticket writes a withdrawal makes. */
  zendesk: ZendeskPort;
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  /** Opens a ticket in the agent's workspace (ZAF `routeTo`). */
  openTicket(ticketId: number): Promise<void>;
  /** Subscribes to a ZAF event; returns the unsubscribe. */
  on(event: string, handler: (payload: unknown) => void): () => void;
  /** English sentences for what goes to Slack (the channel's language). */
  slackText(key: string): string;
}
