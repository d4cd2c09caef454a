/**
 * `npm run slack:check -- --channel C123 [--post-test]`: checks a Slack bot token the way the app will use it,
 * with a real WebClient. Token from `SLACK_BOT_TOKEN`; `SLACK_API_URL` points at an emulator.
 * Exit codes (scripts/cliExit.ts): 0 all good, 1 setup problems found, 2 usage error. The token is never printed,
 * not even partly.
 */
import { LogLevel, WebClient } from '@slack/web-api';
import { pathToFileURL } from 'node:url';
import type { SlackPort } from '../src/slack/port';
import { readFileSync } from 'node:fs';
import { defaultSlackCopy } from '../src/slack/copy';
import { checkSlackSetup, type SetupReport, type SlackSetupProblem } from '../src/slack/setupCheck';
import { asksForHelp, EXIT } from './cliExit';
import { checkExpertRouting, routingProblemKey, routingProblemParams, type RoutingLineProblem } from '../src/workflow/routingCheck';

/** Where the check prints and what it talks to; tests pass fakes. */
export interface SlackCheckIo {
  argv: string[];
  env: Record<string, string | undefined>;
  out: (line: string) => void;
  err: (line: string) => void;
  connect?: (token: string, apiUrl: string | undefined) => SlackPort;
  /** Reads the `--routing` file (the `expert_routing` setting as pasted); tests pass the text. */
  readFile?: (path: string) => string;
}

const USAGE = 'Usage: SLACK_BOT_TOKEN=… npm run slack:check -- --channel C0123456789 [--post-test] [--routing expert_routing.txt]';

const SENTENCES: Record<SlackSetupProblem['code'], (p: SlackSetupProblem['params']) => string> = {
  no_channel: () => 'No channel given.',
  token_invalid: (p) => `Slack rejected the token (${p.error}). Paste a current bot token (it starts with xoxb).`,
  missing_scope: (p) => `The Slack app lacks ${p.scope} (needed for: ${p.features}). Add it under OAuth & Permissions and reinstall the app.`,
  channel_not_found: (p) => `Slack has no channel ${p.channel} the bot can see. Check the ID; invite the bot to a private channel first.`,
  channel_archived: (p) => `${p.channel} is archived. Unarchive it or choose another channel.`,
  bot_not_in_channel: (p) => `The bot is not a member of ${p.channel}. Type /invite @<your bot> in ${p.channel}.`,
  post_failed: (p) => `The test message could not be posted (${p.error}).`,
  delete_failed: (p) => `The test message was posted but could not be deleted (${p.error}); delete it by hand.`,
  rate_limited: (p) => `Slack is rate limiting this token; try again in ${p.seconds} s.`,
  unreachable: (p) => `Slack could not be reached (${p.error}).`,
};

/** Runs the check and prints the report; resolves with the exit code. */
export async function runSlackCheck(io: SlackCheckIo): Promise<number> {
  if (asksForHelp(io.argv)) {
    io.out(USAGE);
    io.out('Against the simulator: start it with SIM_SLACK_BOT_TOKEN=<any> npm start, then run this with the same');
    io.out('SLACK_BOT_TOKEN and SLACK_API_URL=http://localhost:4567/__sim/slack-api/ (README, "Check a token and channel").');
    return EXIT.ok;
  }
  const args = parseArgs(io.argv);
  const token = io.env.SLACK_BOT_TOKEN?.trim() ?? '';
  // Anything printed goes through here, so a token echoed in an error message is still hidden.
  const hide = (line: string) => (token ? line.split(token).join('[token]') : line);
  const out = (line: string) => io.out(hide(line));
  const err = (line: string) => io.err(hide(line));
  // Everything missing is named at once, so a first run does not fix one thing only to learn of the next.
  const missing = [...(token ? [] : ['SLACK_BOT_TOKEN is not set.']), ...('error' in args ? [args.error] : [])];
  if (missing.length > 0 || 'error' in args) return usage(err, missing.join(' '));
  const connect = io.connect ?? webClientPort;
  try {
    const slack = connect(token, io.env.SLACK_API_URL);
    const report = await checkSlackSetup(slack, args.channel, { postTest: args.postTest });
    printReport(report, out);
    if (!args.routing) return report.problems.length === 0 ? EXIT.ok : EXIT.problemsFound;
    const routing = await checkExpertRouting(slack, (io.readFile ?? ((path) => readFileSync(path, 'utf8')))(args.routing));
    printRouting(routing, out);
    return report.problems.length === 0 && routing.length === 0 ? EXIT.ok : EXIT.problemsFound;
  } catch (error) {
    err(`The check failed: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.problemsFound;
  }
}

function parseArgs(argv: string[]): { channel: string; postTest: boolean; routing: string } | { error: string } {
  let channel = '';
  let postTest = false;
  let routing = '';
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === '--post-test') postTest = true;
    else if (arg === '--channel') channel = argv[++index] ?? '';
    else if (arg?.startsWith('--channel=')) channel = arg.slice('--channel='.length);
    else if (arg === '--routing') routing = argv[++index] ?? '';
    else return { error: `Unknown argument: ${arg}` };
  }
  if (!/^[A-Z0-9]{2,}$/.test(channel)) return { error: channel ? `Not a channel ID: ${channel} (IDs look like C0123456789).` : 'No --channel given.' };
  return { channel, postTest, routing };
}

function usage(err: (line: string) => void, reason: string): number {
  err(reason);
  err(USAGE);
  return EXIT.usage;
}

/** A real WebClient: no silent retries (10 over 30 minutes by default) and 429s surfaced at once. */
function webClientPort(token: string, apiUrl: string | undefined): SlackPort {
  const slackApiUrl = apiUrl ? (apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`) : undefined;
  return new WebClient(token, {
    ...(slackApiUrl ? { slackApiUrl } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: 15_000,
    logLevel: LogLevel.ERROR,
  });
}

/** The expert routing's problems, each naming its line, in the panel banner's words. */
export function printRouting(problems: RoutingLineProblem[], out: (line: string) => void): void {
  if (problems.length === 0) {
    out('Expert routing: every line is well formed and every channel is open with the bot in it.');
    return;
  }
  out(`Expert routing: ${problems.length} line(s) to fix:`);
  for (const problem of problems) out(`  ${defaultSlackCopy(routingProblemKey(problem), routingProblemParams(problem))}`);
}

/** The report as a person reads it. */
export function printReport(report: SetupReport, out: (line: string) => void): void {
  out('Slack setup check');
  if (report.workspace) {
    const { team, teamId, url, botUserId } = report.workspace;
    out(`  Workspace: ${team} (${teamId}) ${url}`);
    out(`  Bot user:  ${botUserId}`);
  }
  out(`  Channel:   ${channelLine(report)}`);
  if (report.features.length > 0) {
    out(`  Scopes:    present ${list(report.scopes.present)}; missing ${list(report.scopes.missing)}`);
    for (const feature of report.features) {
      const mark = feature.ready === true ? 'ok ' : feature.ready === false ? 'NO ' : '?  ';
      const detail = feature.missingScopes.length > 0 ? ` (missing ${feature.missingScopes.join(', ')})` : feature.ready === 'unknown' ? ' (could not tell)' : '';
      out(`    ${mark} ${feature.feature}${detail}`);
    }
  }
  if (report.postTest) out(`  Test post: ${report.postTest.posted ? 'posted' : 'not posted'}${report.postTest.posted ? (report.postTest.deleted ? ' and deleted' : ', NOT deleted') : ''}`);
  if (report.problems.length === 0) {
    out('All good: the app can share to this channel.');
    return;
  }
  out(`${report.problems.length} problem(s):`);
  for (const problem of report.problems) out(`  ${problem.severity === 'error' ? 'ERROR  ' : 'warning'} ${SENTENCES[problem.code](problem.params)}`);
}

function channelLine(report: SetupReport): string {
  const { channel } = report;
  const name = channel.name ? `#${channel.name} (${channel.id})` : channel.id;
  const facts = [
    channel.exists === false ? 'not found' : channel.exists ? 'exists' : undefined,
    channel.archived ? 'archived' : channel.archived === false ? 'open' : undefined,
    channel.isPrivate ? 'private' : undefined,
    channel.botIsMember === false ? 'bot is NOT a member' : channel.botIsMember ? 'bot is a member' : undefined,
  ].filter(Boolean);
  return facts.length > 0 ? `${name}: ${facts.join(', ')}` : name;
}

function list(scopes: string[]): string {
  return scopes.length > 0 ? scopes.join(', ') : 'none';
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runSlackCheck({ argv: process.argv.slice(2), env: process.env, out: (line) => console.log(line), err: (line) => console.error(line) }).then((code) => {
    process.exitCode = code;
  });
}
