import { describe, expect, test } from 'vitest';
import { defaultSlackCopy } from '../slack/copy';
import { createFakeChannel } from '../testing/fakeChannel';
import { checkExpertRouting, routingProblemKey, routingProblemParams } from './routingCheck';

const workspace = createFakeChannel({
  channels: {
    C0VERIFY01: { name: 's_verify' },
    C0PLAN0001: { name: 's_plan', is_archived: true },
    C0FRONTEND: { name: 'frontend', is_member: false },
    C0QUESTION: { name: 'questions' },
  },
});

describe('the routing as Slack sees it', () => {
  test('every channel exists, is open and has the bot: nothing to fix', async () => {
    expect(await checkExpertRouting(workspace.slack, 'verify C0VERIFY01 U0EXPERT1\nfallback C0QUESTION')).toEqual([]);
  });

  test('each channel problem names the line, in the order of the setting; a shared channel is asked once', async () => {
    const text = ['frontend C0FRONTEND', 'plan C0PLAN0001', 'verify C0NOSUCH01', 'create C0NOSUCH01', 'secure s_secure'].join('\n');
    const before = workspace.calls.length;
    const problems = await checkExpertRouting(workspace.slack, text);
    expect(problems).toEqual([
      { code: 'bot_not_in_channel', line: 1, value: '#frontend' },
      { code: 'channel_archived', line: 2, value: '#s_plan' },
      { code: 'channel_not_found', line: 3, value: 'C0NOSUCH01' },
      { code: 'channel_not_found', line: 4, value: 'C0NOSUCH01' },
      { code: 'channel_name', line: 5, value: 's_secure' },
    ]);
    expect(workspace.calls.slice(before).filter((method) => method === 'conversations.info')).toHaveLength(3);
  });

  test('the sentence names the line and says what to do', async () => {
    const [problem] = await checkExpertRouting(workspace.slack, '\nfrontend C0FRONTEND');
    expect(problem && defaultSlackCopy(routingProblemKey(problem), routingProblemParams(problem))).toBe(
      'Expert routing, line 2: the bot is not a member of #frontend. Type /invite @YourBot in #frontend.',
    );
  });

  test('a token without channels:read leaves the lines unchecked rather than blaming them', async () => {
    const limited = createFakeChannel({ scopes: ['chat:write'], channels: {} });
    expect(await checkExpertRouting(limited.slack, 'verify C0VERIFY01')).toEqual([]);
  });
});
