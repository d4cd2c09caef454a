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
 * recovery and the rotation read its history). Serves `npm run slack:check`.
 */
export async function checkExpertRouting(slack: SlackPort, routingText: string): Promise<RoutingLineProblem[]> {
  const channels = await checkRoutingChannels(slack, routingText);
  return [...routingWritingProblems(routingText), ...channels.problems].sort((a, b) => a.line - b.line);
}

/** The lines written wrong: read from the setting alone, no call to Slack. */
export function routingWritingProblems(routingText: string): RoutingLineProblem[] {
  return [...parseExpertRouting(routingText).problems];
}

/** What Slack says about the routing's channels: the lines to fix, and each channel's name where Slack gave it. */
export interface RoutingChannels {
  problems: RoutingLineProblem[];
  /** `C0SVERIFY` → `s_verify`. */
  names: Record<string, string>;
}

/** One `conversations.info` per distinct channel of the routing, in parallel: one round trip. */
export async function checkRoutingChannels(slack: SlackPort, routingText: string): Promise<RoutingChannels> {
  const routing = parseExpertRouting(routingText);
  const routes = [...routing.routes, ...(routing.fallback ? [routing.fallback] : [])];
  const channels = [...new Set(routes.map((route) => route.channel))];
  const answers = await Promise.all(channels.map(async (channel) => [channel, await channelProblem(slack, channel)] as const));
  const names: Record<string, string> = {};
  const problems: RoutingLineProblem[] = [];
  for (const [channel, answer] of answers) {
    if (answer.name) names[channel] = answer.name;
  }
  const byChannel = new Map(answers);
  for (const route of routes) {
    const found = byChannel.get(route.channel)?.problem;
    if (found) problems.push({ code: found.code, line: route.line, value: found.label });
  }
  return { problems: problems.sort((a, b) => a.line - b.line), names };
}

type ChannelProblem = { code: 'channel_not_found' | 'channel_archived' | 'bot_not_in_channel'; label: string };

async function channelProblem(slack: SlackPort, channel: string): Promise<{ problem: ChannelProblem | null; name?: string }> {
  try {
    const info = await slack.conversations.info({ channel });
    const found = info.channel;
    const label = found?.name ? `#${found.name}` : channel;
    const named = found?.name ? { name: found.name } : {};
    if (found?.is_archived) return { problem: { code: 'channel_archived', label }, ...named };
    if (found?.is_member === false) return { problem: { code: 'bot_not_in_channel', label }, ...named };
    return { problem: null, ...named };
  } catch (error) {
    if (error instanceof SlackError && error.slackError === 'channel_not_found') return { problem: { code: 'channel_not_found', label: channel } };
    // A missing scope or an unreachable Slack is the main check's to report; it says nothing about this line.
    return { problem: null };
  }
}

export type { ExpertRoute };
