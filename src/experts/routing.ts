import { isChannelId, isUserId } from '../slack/ids';
import { AREAS, HANDBOOK_CHANNELS, isArea, type Area } from './areas';

/** Where one area's requests go. */
export interface ExpertRoute {
  area: Area;
  /** Slack channel id (`C…`/`G…`). */
  channel: string;
  /** Slack user ids (`U…`/`W…`), in the admin's order; empty: the request asks the channel. */
  experts: string[];
  /** 1-based line of the setting, to name it in messages. */
  line: number;
}

/** A line the admin must fix; the codes are translated as `expert.routing.<code>`. */
export interface RoutingProblem {
  code:
    | 'unknown_area'
    | 'missing_channel'
    | 'channel_name'
    | 'bad_channel'
    | 'bad_user'
    | 'duplicate_area'
    | 'too_many_experts'
    | 'line_too_long'
    | 'too_many_lines';
  /** 1-based line number. */
  line: number;
  /** The offending word, cut to a readable length. */
  value: string;
}

export interface ExpertRouting {
  routes: ExpertRoute[];
  /** The `fallback` line: where areas without a line of their own go. */
  fallback: ExpertRoute | null;
  problems: RoutingProblem[];
}

/** Limits that keep a pasted novel from freezing the panel; far above any real routing. */
export const ROUTING_LIMITS = { lines: 200, lineLength: 1000, expertsPerArea: 25, valueShown: 40 } as const;

/**
 * Reads the `expert_routing` setting: one line per area, `area channel [user …]`, words separated by spaces or
 * commas; `fallback channel [user …]` for the rest; blank lines and lines starting with `#` are ignored. Ids are
 * accepted in any case and as Slack writes them in messages (`<#C…|name>`, `<@U…>`). A bad line is reported with
 * its number and left out; the good lines still route.
 */
export function parseExpertRouting(text: string): ExpertRouting {
  const routing: ExpertRouting = { routes: [], fallback: null, problems: [] };
  const lines = text.split(/\r\n|\r|\n/);
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    if (line > ROUTING_LIMITS.lines) {
      routing.problems.push({ code: 'too_many_lines', line, value: String(ROUTING_LIMITS.lines) });
      break;
    }
    const content = raw.trim();
    if (content === '' || content.startsWith('#')) continue;
    if (content.length > ROUTING_LIMITS.lineLength) {
      routing.problems.push({ code: 'line_too_long', line, value: shown(content) });
      continue;
    }
    const route = parseLine(content, line, routing.problems);
    if (!route) continue;
    const isFallback = route.area === 'general' && content.toLowerCase().startsWith('fallback');
    const taken = isFallback ? routing.fallback : routing.routes.find((other) => other.area === route.area);
    if (taken) {
      routing.problems.push({ code: 'duplicate_area', line, value: `${isFallback ? 'fallback' : route.area} (${taken.line})` });
      continue;
    }
    if (isFallback) routing.fallback = route;
    else routing.routes.push(route);
  }
  return routing;
}

function parseLine(content: string, line: number, problems: RoutingProblem[]): ExpertRoute | null {
  const [first = '', second, ...rest] = content.split(/[\s,;]+/).filter(Boolean);
  const name = first.toLowerCase();
  const area = name === 'fallback' ? 'general' : name;
  if (!isArea(area)) {
    problems.push({ code: 'unknown_area', line, value: shown(first) });
    return null;
  }
  if (second === undefined) {
    problems.push({ code: 'missing_channel', line, value: name });
    return null;
  }
  const channel = unwrap(second, /^<#([^|>]+)(?:\|[^>]*)?>$/);
  if (!isChannelId(channel)) {
    problems.push({ code: second.startsWith('#') || /^[a-z][a-z0-9_-]*$/.test(second) ? 'channel_name' : 'bad_channel', line, value: shown(second) });
    return null;
  }
  const experts: string[] = [];
  for (const word of rest) {
    const user = unwrap(word, /^<@([^|>]+)(?:\|[^>]*)?>$/);
    if (!isUserId(user)) {
      problems.push({ code: 'bad_user', line, value: shown(word) });
      return null;
    }
    if (!experts.includes(user)) experts.push(user);
  }
  if (experts.length > ROUTING_LIMITS.expertsPerArea) {
    problems.push({ code: 'too_many_experts', line, value: String(ROUTING_LIMITS.expertsPerArea) });
    return null;
  }
  return { area, channel, experts, line };
}

/** `<#C123|name>` → `C123`, upper-cased; anything else upper-cased as is. */
function unwrap(word: string, wrapped: RegExp): string {
  return (wrapped.exec(word)?.[1] ?? word).toUpperCase();
}

/** The offending value as the message shows it: one line, control characters gone, cut short. */
function shown(value: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  return clean.length > ROUTING_LIMITS.valueShown ? `${clean.slice(0, ROUTING_LIMITS.valueShown - 1)}…` : clean;
}

/** The route for an area: its own line, else the fallback line (the request then asks that channel). */
export function routeFor(routing: ExpertRouting, area: Area): ExpertRoute | null {
  return routing.routes.find((route) => route.area === area) ?? (routing.fallback ? { ...routing.fallback, area } : null);
}

/** The setting's default: every area commented out with the handbook's channel, for the admin to fill in. */
export const DEFAULT_EXPERT_ROUTING = [
  '# One line per area: area id, Slack channel id, then Slack user ids of its experts (optional).',
  '# Example: verify C0123456789 U0123456789 U0987654321',
  ...AREAS.filter((area) => area !== 'general').map((area) => `# ${area} <channel id of #${HANDBOOK_CHANNELS[area]}>`),
  `# fallback <channel id of #${HANDBOOK_CHANNELS.general}>`,
].join('\n');
