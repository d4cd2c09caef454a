import type { SlackPort } from '../slack/port';
import type { Clock } from '../workflow/ports';
import type { SearchPage } from '../zendesk/search';

/** What the dashboard reads from, behind ports: the browser passes ZAF and the proxied Slack client. */
export interface ProgramSources {
  /** One page of Zendesk search (the first page's path from `searchPath`, later ones from `next`). */
  searchPage(path: string): Promise<SearchPage>;
  slack: SlackPort;
  clock: Clock;
}
