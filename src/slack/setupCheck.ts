import { defaultSlackCopy, type SlackCopy } from './copy';
import { SlackError, toSlackError } from './errors';
import type { SlackPort } from './port';
import { FEATURE_SCOPES, METHOD_SCOPES, scopeFor, type SlackFeature } from './scopes';

/** Something to fix in the Slack setup. */
export interface SlackSetupProblem {
  /** Stable id, translated as `setup.problem.<code>`. */
  code:
    | 'no_channel'
    | 'token_invalid'
    | 'missing_scope'
    | 'channel_not_found'
    | 'channel_archived'
    | 'bot_not_in_channel'
    | 'post_failed'
    | 'delete_failed'
    | 'rate_limited'
    | 'unreachable';
  /** Values for the sentence: `channel`, `scope`, `features`, `error`, `seconds`. */
  params: Record<string, string | number>;
  /** `error` stops sharing; `warning` only limits a feature. */
  severity: 'error' | 'warning';
  /** The Slack failure behind it, when there was one. */
  cause?: SlackError;
}

/** Whether each part of the app can work with the token's scopes. */
export interface FeatureReadiness {
  /** The part of the app. */
  feature: SlackFeature;
  /** `unknown` when a call that would tell us failed for another reason. */
  ready: boolean | 'unknown';
  /** Scopes it needs that the token lacks. */
  missingScopes: string[];
}

/** What `checkSlackSetup` found. */
export interface SetupReport {
  /** No problem stops sharing. */
  ok: boolean;
  /** The workspace and bot the token belongs to (auth.test). */
  workspace?: { team: string; teamId: string; url: string; botUserId: string; botId?: string };
  /** The configured channel as the bot sees it; a field is absent when Slack did not say. */
  channel: { id: string; name?: string; exists?: boolean; archived?: boolean; isPrivate?: boolean; botIsMember?: boolean };
  /** Scopes learnt from the calls: the proxy hides `x-oauth-scopes`, so each `missing_scope` answer tells one. */
  scopes: { present: string[]; missing: string[] };
  /** Each feature and whether its scopes are there. */
  features: FeatureReadiness[];
  /** With `postTest`: whether the test message was posted and deleted again. */
  postTest?: { posted: boolean; deleted: boolean };
  /** Everything to fix, most important first. */
  problems: SlackSetupProblem[];
}

/** Options of the check. */
export interface SetupCheckOptions {
  /** Post a test message and delete it (proves `chat:write` and membership end to end). */
  postTest?: boolean;
  /** The words of the test message. */
  copy?: SlackCopy;
}

/** A ts no message has: chat.update and reactions.get on it check scopes and the channel, and change nothing. */
const PROBE_TS = '1000000000.000001';
const TOKEN_ERRORS = new Set(['not_authed', 'invalid_auth', 'token_revoked', 'token_expired', 'account_inactive']);

type Outcome = { method: string; error?: SlackError };

/**
 * The Slack side of the setup, for the panel's admin banner and `npm run slack:check`: the token's workspace and
 * bot, which scopes are there for which feature, and whether the channel exists, is open and has the bot.
 */
export async function checkSlackSetup(slack: SlackPort, channel: string, opts: SetupCheckOptions = {}): Promise<SetupReport> {
  const report: SetupReport = { ok: false, channel: { id: channel }, scopes: { present: [], missing: [] }, features: [], problems: [] };
  if (!channel) report.problems.push({ code: 'no_channel', params: {}, severity: 'error' });
  const auth = await attempt('auth.test', () => slack.auth.test());
  if (auth.error) return finish(report, [stopProblem(auth.error, channel)]);
  report.workspace = {
    team: auth.value?.team ?? '',
    teamId: auth.value?.team_id ?? '',
    url: auth.value?.url ?? '',
    botUserId: auth.value?.user_id ?? '',
    ...(auth.value?.bot_id ? { botId: auth.value.bot_id } : {}),
  };
  if (!channel) return finish(report, []);

  const [info, history, update] = await Promise.all([
    attempt('conversations.info', () => slack.conversations.info({ channel })),
    attempt('conversations.history', () => slack.conversations.history({ channel, limit: 1 })),
    attempt('chat.update', () => slack.chat.update({ channel, ts: PROBE_TS, text: '.' })),
  ]);
  const latest = history.value?.messages?.[0]?.ts ?? PROBE_TS;
  const reactions = await attempt('reactions.get', () => slack.reactions.get({ channel, timestamp: latest }));
  const outcomes: Outcome[] = [info, history, update, reactions];

  const found = info.value?.channel;
  if (found) {
    report.channel = { id: channel, exists: true, archived: Boolean(found.is_archived), isPrivate: Boolean(found.is_private), botIsMember: found.is_member !== false };
    if (found.name) report.channel.name = found.name;
  }
  for (const outcome of outcomes) learnChannel(report, outcome.error);
  if (opts.postTest) outcomes.push(...(await postAndDelete(slack, report, channel, opts.copy ?? defaultSlackCopy)));
  learnScopes(report, outcomes);
  return finish(report, [...channelProblems(report), ...transportProblems(outcomes)]);
}

async function attempt<T>(method: string, call: () => Promise<T>): Promise<Outcome & { value?: T }> {
  try {
    return { method, value: await call() };
  } catch (error) {
    return { method, error: toSlackError(error, method) };
  }
}

async function postAndDelete(slack: SlackPort, report: SetupReport, channel: string, copy: SlackCopy): Promise<Outcome[]> {
  const text = copy('slack.setup.test_message');
  const posted = await attempt('chat.postMessage', () => slack.chat.postMessage({ channel, text, unfurl_links: false, unfurl_media: false }));
  report.postTest = { posted: !posted.error, deleted: false };
  if (posted.error || !posted.value?.ts) {
    if (posted.error) report.problems.push({ code: 'post_failed', params: { error: errorLabel(posted.error) }, severity: 'error', cause: posted.error });
    return [posted];
  }
  const ts = posted.value.ts;
  const deleted = await attempt('chat.delete', () => slack.chat.delete({ channel, ts }));
  report.postTest.deleted = !deleted.error;
  if (deleted.error) report.problems.push({ code: 'delete_failed', params: { error: errorLabel(deleted.error) }, severity: 'warning', cause: deleted.error });
  return [posted, deleted];
}

/** Slack checks scopes before arguments, so any answer but `missing_scope` proves the method's scope is there. */
function learnScopes(report: SetupReport, outcomes: Outcome[]): void {
  const present = new Set<string>();
  const missing = new Set<string>();
  for (const { method, error } of outcomes) {
    const scope = METHOD_SCOPES[method];
    if (!scope) continue;
    if (error?.slackError === 'missing_scope') missing.add(scopeFor(method, error.needed));
    else if (!error || error.code === 'platform') present.add(scope);
  }
  report.scopes = { present: [...present].sort(), missing: [...missing].sort() };
  report.features = (Object.keys(FEATURE_SCOPES) as SlackFeature[]).map((feature) => {
    const needs: readonly string[] = FEATURE_SCOPES[feature];
    const missingScopes = needs.filter((scope) => missing.has(scope));
    const unknown = needs.some((scope) => !present.has(scope) && !missing.has(scope));
    return { feature, missingScopes, ready: missingScopes.length > 0 ? false : unknown ? 'unknown' : true };
  });
  for (const scope of report.scopes.missing) {
    const features = report.features.filter((entry) => entry.missingScopes.includes(scope)).map((entry) => entry.feature);
    report.problems.push({ code: 'missing_scope', params: { scope, features: features.join(', ') }, severity: features.includes('share') ? 'error' : 'warning' });
  }
}

/** Errors from the probes say what conversations.info would have, when it could not be called. */
function learnChannel(report: SetupReport, error: SlackError | undefined): void {
  const channel = report.channel;
  if (error?.slackError === 'channel_not_found') channel.exists ??= false;
  if (error?.slackError === 'is_archived') channel.archived ??= true;
  if (error?.slackError === 'not_in_channel') channel.botIsMember = false;
  if (error?.slackError === 'message_not_found' || error?.slackError === 'cant_update_message') channel.exists ??= true;
}

function channelProblems(report: SetupReport): SlackSetupProblem[] {
  const { channel } = report;
  const label = channel.name ? `#${channel.name}` : channel.id;
  if (channel.exists === false) return [{ code: 'channel_not_found', params: { channel: label }, severity: 'error' }];
  if (channel.archived) return [{ code: 'channel_archived', params: { channel: label }, severity: 'error' }];
  if (channel.botIsMember === false) {
    // A public channel still takes posts with chat:write.public, but its history (exactly-once) stays closed.
    const blocks = channel.isPrivate !== false || report.postTest?.posted === false;
    return [{ code: 'bot_not_in_channel', params: { channel: label }, severity: blocks ? 'error' : 'warning' }];
  }
  return [];
}

/** A probe that got no Slack answer leaves its scope unknown; say so once rather than guess. */
function transportProblems(outcomes: Outcome[]): SlackSetupProblem[] {
  const failed = outcomes.find((outcome) => outcome.error && outcome.error.code !== 'platform')?.error;
  if (!failed) return [];
  if (failed.code === 'rate_limited') return [{ code: 'rate_limited', params: { seconds: failed.retryAfterSeconds ?? 1 }, severity: 'warning', cause: failed }];
  return [{ code: 'unreachable', params: { error: errorLabel(failed) }, severity: 'warning', cause: failed }];
}

function stopProblem(error: SlackError, channel: string): SlackSetupProblem {
  if (error.slackError && TOKEN_ERRORS.has(error.slackError)) {
    return { code: 'token_invalid', params: { error: error.slackError }, severity: 'error', cause: error };
  }
  if (error.code === 'rate_limited') return { code: 'rate_limited', params: { seconds: error.retryAfterSeconds ?? 1 }, severity: 'error', cause: error };
  return { code: 'unreachable', params: { error: errorLabel(error), channel }, severity: 'error', cause: error };
}

function finish(report: SetupReport, problems: SlackSetupProblem[]): SetupReport {
  const all = [...report.problems, ...problems].sort((a, b) => rank(a) - rank(b));
  return { ...report, problems: all, ok: !all.some((problem) => problem.severity === 'error') };
}

function rank(problem: SlackSetupProblem): number {
  return problem.severity === 'error' ? 0 : 1;
}

function errorLabel(error: SlackError): string {
  return error.slackError ?? (error.status ? `${error.code} ${error.status}` : error.code);
}
