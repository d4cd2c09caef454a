import { SlackError } from '../slack/errors';
import { ZendeskError } from '../zendesk/errors';
import type { SlackPort, ZendeskPort } from './ports';
import { checkRoutingChannels, routingProblemKey, routingProblemParams, routingWritingProblems, type RoutingLineProblem } from './routingCheck';
import type { AppSettings } from './settings';

/** Something an admin must fix before (or so that) sharing works. */
export interface SetupProblem {
  /** Stable id, translated as `setup.problem.<code>`. */
  code:
    | 'no_channel'
    | 'token_invalid'
    | 'missing_scope'
    | 'channel_not_found'
    | 'channel_archived'
    | 'bot_not_in_channel'
    | 'macro_missing'
    | 'unreachable'
    /** A line of `expert_routing` to fix (its sentence is `key`); only the expert request of that area stops. */
    | 'expert_routing'
    /** The expert macro is missing: requests still go out. */
    | 'expert_macro_missing';
  params: Record<string, string>;
  /** The sentence's translation key when it is not `setup.problem.<code>`. */
  key?: string;
  /** `error` blocks the share; `warning` only limits it. */
  severity: 'error' | 'warning';
  /** Read from the settings alone (a routing line written wrong): checking again cannot change it until they do. */
  fromSettings?: boolean;
}

export interface SetupResult {
  problems: SetupProblem[];
  /** `community-involvement`, when Slack told us. */
  channelName?: string;
  /** `https://acme.slack.com/`, from auth.test. */
  workspaceUrl?: string;
  /** The routing's channels as Slack names them (`C0SVERIFY` → `s_verify`), from the expert check. */
  channelNames?: Record<string, string>;
  checkedAt: number;
}

const TOKEN_ERRORS = new Set(['invalid_auth', 'not_authed', 'token_revoked', 'token_expired', 'account_inactive']);

/**
 * The admin's setup as the share needs it: the Slack token works, the channel exists, is open and has the bot,
 * and both macros exist with the configured titles; and how the expert routing is written (no call). All calls
 * run in parallel: one round trip. The routing's channels are the expert check's (`checkExpertSetup`): a ticket
 * that needs no expert does not pay for them.
 */
export async function checkSetup(deps: { slack: SlackPort; zendesk: ZendeskPort }, settings: AppSettings, now: number): Promise<SetupResult> {
  const problems: SetupProblem[] = [];
  const channel = settings.channelId;
  if (!channel) problems.push({ code: 'no_channel', params: {}, severity: 'error' });
  const [auth, info, ...macros] = await Promise.allSettled([
    deps.slack.auth.test({}),
    channel ? deps.slack.conversations.info({ channel }) : Promise.resolve(null),
    deps.zendesk.findMacro(settings.involvementMacroTitle),
    deps.zendesk.findMacro(settings.respondedMacroTitle),
  ]);
  const result: SetupResult = { problems, checkedAt: now };

  if (auth.status === 'fulfilled') result.workspaceUrl = auth.value.url;
  else problems.push(slackProblem(auth.reason, channel));

  if (info.status === 'fulfilled' && info.value?.channel) {
    const found = info.value.channel;
    result.channelName = found.name;
    if (found.is_archived) problems.push({ code: 'channel_archived', params: { channel: `#${found.name ?? channel}` }, severity: 'error' });
    else if (found.is_member === false) {
      problems.push({ code: 'bot_not_in_channel', params: { channel: `#${found.name ?? channel}` }, severity: found.is_private ? 'error' : 'warning' });
    }
  } else if (info.status === 'rejected' && auth.status === 'fulfilled') {
    problems.push(slackProblem(info.reason, channel));
  }

  problems.push(...routingWritingProblems(settings.expertRouting).map((problem) => ({ ...routingProblem(problem), fromSettings: true })));

  const titles = [settings.involvementMacroTitle, settings.respondedMacroTitle];
  macros.forEach((macro, index) => {
    if (macro.status === 'rejected' && macro.reason instanceof ZendeskError && macro.reason.code === 'not_found') {
      problems.push({ code: 'macro_missing', params: { title: titles[index] ?? '' }, severity: 'error' });
    }
  });
  return result;
}

/**
 * What an expert request needs besides the share's setup: each routing channel exists, is open and has the bot
 * (one `conversations.info` per distinct channel), and the expert macro exists. In parallel: one round trip. Run
 * only once an expert is needed on a ticket; the channels' names it learns spare the rotation its own lookup.
 */
export async function checkExpertSetup(deps: { slack: SlackPort; zendesk: ZendeskPort }, settings: AppSettings, now: number): Promise<SetupResult> {
  const [routing, expertMacro] = await Promise.allSettled([
    checkRoutingChannels(deps.slack, settings.expertRouting),
    deps.zendesk.findMacro(settings.expertMacroTitle),
  ]);
  const result: SetupResult = { problems: [], checkedAt: now };
  if (routing.status === 'fulfilled') {
    result.problems.push(...routing.value.problems.map(routingProblem));
    result.channelNames = routing.value.names;
  }
  if (expertMacro.status === 'rejected' && expertMacro.reason instanceof ZendeskError && expertMacro.reason.code === 'not_found') {
    result.problems.push({ code: 'expert_macro_missing', key: 'expert.setup.macro_missing', params: { title: settings.expertMacroTitle }, severity: 'warning' });
  }
  return result;
}

function routingProblem(problem: RoutingLineProblem): SetupProblem {
  return { code: 'expert_routing', key: routingProblemKey(problem), params: routingProblemParams(problem), severity: 'warning' };
}

function slackProblem(error: unknown, channel: string): SetupProblem {
  if (error instanceof SlackError && error.slackError) {
    if (TOKEN_ERRORS.has(error.slackError)) return { code: 'token_invalid', params: { error: error.slackError }, severity: 'error' };
    if (error.slackError === 'missing_scope') {
      // conversations.info needs channels:read only for this check; sharing itself still works.
      const scope = error.needed ?? 'channels:read';
      return { code: 'missing_scope', params: { scope }, severity: scope.includes('chat:write') ? 'error' : 'warning' };
    }
    if (error.slackError === 'channel_not_found') return { code: 'channel_not_found', params: { channel }, severity: 'error' };
  }
  return { code: 'unreachable', params: {}, severity: 'warning' };
}
