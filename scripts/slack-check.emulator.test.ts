import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { botTokenForTests } from '../simulator/server/testingAccess';
import { startForTest, type SimulatorUnderTest } from '../simulator/server/testSupport';
import { runSlackCheck } from './slack-check';

let sim: SimulatorUnderTest;
let token: string;

beforeAll(async () => {
  sim = await startForTest();
  token = botTokenForTests(sim.simulator);
});

afterAll(async () => {
  await sim.simulator.close();
});

beforeEach(async () => {
  await sim.post('/__sim/reset');
});

/** `npm run slack:check` with a real WebClient pointed at the simulator's Slack emulator. */
async function check(argv: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const code = await runSlackCheck({
    argv,
    env: { SLACK_BOT_TOKEN: token, SLACK_API_URL: `${sim.simulator.hostOrigin}/__sim/slack-api/`, ...env },
    out: (line) => out.push(line),
    err: (line) => out.push(line),
  });
  return { code, text: out.join('\n') };
}

describe('slack:check against the Slack emulator', () => {
  test('a good setup: workspace, bot, channel, every scope, and a test post that is cleaned up', async () => {
    const before = await sim.get<{ messages: unknown[] }>('/__sim/slack/messages');
    const { code, text } = await check(['--channel', 'C0COMMUNITY', '--post-test']);
    expect(code).toBe(0);
    expect(text).toContain('community-involvement');
    expect(text).toMatch(/gitlab-sim/i);
    expect(text).not.toContain(token);
    const after = await sim.get<{ messages: unknown[] }>('/__sim/slack/messages');
    expect(after.messages).toHaveLength(before.messages.length);
  });

  test('an archived channel and a channel without the bot are reported with their fix (exit 1)', async () => {
    const archived = await check(['--channel', 'C0ARCHIVED']);
    expect(archived.code).toBe(1);
    expect(archived.text).toMatch(/archived/i);
    const noBot = await check(['--channel', 'C0NOBOT']);
    expect(noBot.code).toBe(1);
    expect(noBot.text).toMatch(/\/invite/);
  });

  test('missing scopes are named with the features they cost', async () => {
    await sim.post('/__sim/slack/config', { scopes: ['chat:write', 'channels:read'] });
    const { code, text } = await check(['--channel', 'C0COMMUNITY']);
    expect(code).toBe(1);
    expect(text).toContain('channels:history');
    expect(text).toContain('reactions:read');
  });

  test('a revoked token says so, and the token is never printed', async () => {
    await sim.post('/__sim/slack/config', { tokenState: 'token_revoked' });
    const { code, text } = await check(['--channel', 'C0COMMUNITY']);
    expect(code).toBe(1);
    expect(text).toContain('token_revoked');
    expect(text).not.toContain(token);
  });

  test('no token or no channel is a usage error (exit 2)', async () => {
    expect((await check(['--channel', 'C0COMMUNITY'], { SLACK_BOT_TOKEN: '' })).code).toBe(2);
    expect((await check([])).code).toBe(2);
  });
});
