import { AREAS } from '../experts/areas';
import { parseExpertRouting, type ExpertRoute, type RoutingProblem } from '../experts/routing';
import { SlackError } from '../slack/errors';
import type { SlackPort } from './ports';

/** A line of the `expert_routing` setting to fix: how it is written, or what Slack says about its channel. */
export interface RoutingLineProblem {
  /** A parse problem's code, or what Slack said about the line's channel. */
  code: RoutingProblem['code'] | 'channel_not_found' | 'channel_archived' | 'bot_not_in_channel';
  /** 1-based line of the setting. */
  line: number;
  /** The word to fix, or the channel as Slack names it (`#s_verify`). */
  value: string;
}

/** The translation key of a routing problem's sentence (the panel's banner and `slack:check` both say it). */
export function routingProblemKey(problem: RoutingLineProblem): string {
  return `expert.routing.${problem.code}`;
}

/** The values a routing problem's sentence fills in. */
export function routingProblemParams(problem: RoutingLineProblem): Record<string, string> {
  return { line: String(problem.line), value: problem.value, areas: AREAS.join(', ') };
}

/**
 * Checks every line of the routing: how it is written, then each distinct channel with one
 * `conversations.info` (in parallel): it exists, is not archived, and the bot is a member (the exactly-once
 * recovery and the rotation read its history). Serves the panel's banner and `npm run slack:check`.
 */
export async function checkExpertRouting(slack: SlackPort, routingText: string): Promise<RoutingLineProblem[]> {
  const routing = parseExpertRouting(routingText);
  const problems: RoutingLineProblem[] = [...routing.problems];
  const routes = [...routing.routes, ...(routing.fallback ? [routing.fallback] : [])];
  const channels = [...new Set(routes.map((route) => route.channel))];
  const answers = await Promise.all(channels.map(async (channel) => [channel, await channelProblem(slack, channel)] as const));
  const byChannel = new Map(answers);
  for (const route of routes) {
    const found = byChannel.get(route.channel);
    if (found) problems.push({ code: found.code, line: route.line, value: found.label });
  }
  return problems.sort((a, b) => a.line - b.line);
}

async function channelProblem(slack: SlackPort, channel: string): Promise<{ code: 'channel_not_found' | 'channel_archived' | 'bot_not_in_channel'; label: string } | null> {
  try {
    const info = await slack.conversations.info({ channel });
    const found = info.channel;
    const label = found?.name ? `#${found.name}` : channel;
    if (found?.is_archived) return { code: 'channel_archived', label };
    if (found?.is_member === false) return { code: 'bot_not_in_channel', label };
    return null;
  } catch (error) {
    if (error instanceof SlackError && error.slackError === 'channel_not_found') return { code: 'channel_not_found', label: channel };
    // A missing scope or an unreachable Slack is the main check's to report; it says nothing about this line.
    return null;
  }
}

export type { ExpertRoute };
