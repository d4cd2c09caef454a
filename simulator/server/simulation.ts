import { loadFixtures, type Fixtures } from '../fixtures';
import { withDashboardShares } from './dashboardShares';
import { EventHub } from './events';
import { FaultBook } from './faults';
import { readManifestRules, secureNames, type ManifestRules } from './proxy/manifestRules';
import { SlackWorkspace } from './slack/workspace';
import { MacroBook } from './zendesk/macroBook';
import type { ZendeskWorld } from './zendesk/rest';
import { TicketDesk } from './zendesk/ticketDesk';

/** Counts since the last reset (`GET /__sim/stats`). */
export interface SimStats {
  /** Relative `client.request` calls (Zendesk REST). */
  rest: number;
  /** Absolute `client.request` calls (through the proxy). */
  proxy: number;
  /** get/set/invoke RPCs the host page reported. */
  rpc: number;
}

/** One proxy call, values redacted: the URL is logged as the app wrote it, placeholders and all. */
export interface ProxyLogEntry {
  method: string;
  url: string;
  secure: boolean;
  /** Whether any `{{setting.*}}` was replaced. */
  substituted: boolean;
  /** Names (never values) of the settings replaced. */
  settings: string[];
  /** HTTP status answered; 0 = network failure; null = never answered. */
  status: number | null;
}

/** The whole simulated world: tickets, macros, Slack, faults, latency, settings, counters. */
export class Simulation {
  readonly events = new EventHub();
  readonly faults = new FaultBook((faults) => this.events.broadcast({ type: 'faults', faults }));
  readonly manifest: ManifestRules;
  fixtures!: Fixtures;
  desk!: TicketDesk;
  macros!: MacroBook;
  slack!: SlackWorkspace;
  latencyMs = 0;
  settings: Record<string, string> = {};
  stats: SimStats = { rest: 0, proxy: 0, rpc: 0 };
  proxyLog: ProxyLogEntry[] = [];

  constructor(
    manifestPaths: string[],
    /** The bot token of this run; the only value `{{setting.slack_bot_token}}` becomes. */
    private readonly botToken: string,
  ) {
    this.manifest = readManifestRules(manifestPaths);
    this.reset();
  }

  /** Fixtures reloaded; faults, latency, settings, Slack config and stats back to their defaults. */
  reset(): void {
    this.fixtures = withDashboardShares(loadFixtures(), Date.now());
    const { workspace } = this.fixtures;
    this.desk = new TicketDesk(this.fixtures.tickets, [{ id: workspace.currentUser.id, name: workspace.currentUser.name, role: 'agent' }]);
    this.macros = new MacroBook(this.fixtures.macros);
    this.slack = new SlackWorkspace(this.fixtures.slack, this.botToken);
    this.faults.clear();
    this.latencyMs = 0;
    this.settings = this.defaultSettings();
    this.stats = { rest: 0, proxy: 0, rpc: 0 };
    this.proxyLog = [];
    this.events.broadcast({ type: 'latency', ms: 0 });
    this.events.broadcast({ type: 'slack' });
    for (const ticket of this.desk.list()) this.events.broadcast({ type: 'ticket', id: ticket.id });
  }

  /** Settings the app may see in `metadata()`: secure ones left out. */
  publicSettings(): Record<string, string> {
    const secure = secureNames(this.manifest);
    return Object.fromEntries(Object.entries(this.settings).filter(([name]) => !secure.has(name)));
  }

  /** The REST emulator's view of the world. */
  zendeskWorld(): ZendeskWorld {
    return {
      desk: this.desk,
      macros: this.macros,
      currentUser: this.fixtures.workspace.currentUser,
      onTicketChanged: (id) => this.events.broadcast({ type: 'ticket', id }),
    };
  }

  private defaultSettings(): Record<string, string> {
    const defaults = Object.fromEntries(
      this.manifest.parameters.filter((parameter) => parameter.default !== undefined).map((parameter) => [parameter.name, String(parameter.default)]),
    );
    return { ...defaults, ...this.fixtures.workspace.installation.settings, slack_bot_token: this.botToken };
  }
}
