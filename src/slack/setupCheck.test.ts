import { describe, expect, it } from 'vitest';
import { checkSlackSetup } from './setupCheck';
import { fakeSlack } from './testing/fakeSlack';

function codes(report: { problems: { code: string; severity: string }[] }): string[] {
  return report.problems.map((problem) => `${problem.severity}:${problem.code}`);
}

describe('checkSlackSetup', () => {
  it('says all is well for a healthy install, naming the workspace, bot and channel', async () => {
    const { slack } = fakeSlack();
    const report = await checkSlackSetup(slack, 'C0COMMUNITY');
    expect(report.ok).toBe(true);
    expect(report.problems).toEqual([]);
    expect(report.workspace).toEqual({ team: 'GitLab (simulated)', teamId: 'T0GITLABSIM', url: 'https://gitlab-sim.slack.com/', botUserId: 'U0BOT', botId: 'B0BOT' });
    expect(report.channel).toEqual({ id: 'C0COMMUNITY', name: 'community-involvement', exists: true, archived: false, isPrivate: false, botIsMember: true });
    expect(report.scopes).toEqual({ present: ['channels:history', 'channels:read', 'chat:write', 'reactions:read'], missing: [] });
    expect(report.features.every((feature) => feature.ready === true)).toBe(true);
  });

  it('changes nothing in the channel unless asked to post a test message', async () => {
    const { slack, calls } = fakeSlack();
    await checkSlackSetup(slack, 'C0COMMUNITY');
    expect(calls.map((call) => call.method)).not.toContain('chat.postMessage');
    expect(calls.map((call) => call.method)).not.toContain('chat.delete');
  });

  it('stops at a bad token and says an admin must replace it', async () => {
    const { slack, calls } = fakeSlack({ tokenError: 'token_revoked' });
    const report = await checkSlackSetup(slack, 'C0COMMUNITY');
    expect(report.ok).toBe(false);
    expect(report.problems).toMatchObject([{ code: 'token_invalid', params: { error: 'token_revoked' }, severity: 'error' }]);
    expect(calls).toHaveLength(1);
  });

  it('learns the missing scopes from missing_scope answers, and which features they stop', async () => {
    const { slack } = fakeSlack({ scopes: ['chat:write'] });
    const report = await checkSlackSetup(slack, 'C0COMMUNITY');
    expect(report.scopes).toEqual({ present: ['chat:write'], missing: ['channels:history', 'channels:read', 'reactions:read'] });
    expect(report.features).toEqual([
      { feature: 'share', ready: true, missingScopes: [] },
      { feature: 'setup_check', ready: false, missingScopes: ['channels:read'] },
      { feature: 'exactly_once', ready: false, missingScopes: ['channels:history'] },
      { feature: 'claims', ready: false, missingScopes: ['channels:history', 'reactions:read'] },
      { feature: 'replies', ready: false, missingScopes: ['channels:history'] },
    ]);
    expect(report.problems).toContainEqual({
      code: 'missing_scope',
      params: { scope: 'channels:history', features: 'exactly_once, claims, replies' },
      severity: 'warning',
    });
    expect(report.ok).toBe(true);
  });

  it('blocks sharing when chat:write is missing', async () => {
    const { slack } = fakeSlack({ scopes: ['channels:read', 'channels:history', 'reactions:read'] });
    const report = await checkSlackSetup(slack, 'C0COMMUNITY');
    expect(codes(report)).toEqual(['error:missing_scope']);
    expect(report.problems[0]?.params.scope).toBe('chat:write');
    expect(report.ok).toBe(false);
  });

  it('finds a wrong channel id', async () => {
    const { slack } = fakeSlack();
    const report = await checkSlackSetup(slack, 'C0TYPO');
    expect(codes(report)).toEqual(['error:channel_not_found']);
    expect(report.channel.exists).toBe(false);
  });

  it('finds an archived channel', async () => {
    const { slack } = fakeSlack();
    expect(codes(await checkSlackSetup(slack, 'C0ARCHIVED'))).toEqual(['error:channel_archived']);
  });

  it('warns when the bot is not in a public channel, and blocks for a private one', async () => {
    const { slack } = fakeSlack();
    const open = await checkSlackSetup(slack, 'C0NOBOT');
    expect(open.problems).toMatchObject([{ code: 'bot_not_in_channel', params: { channel: '#community-advocacy' }, severity: 'warning' }]);
    const closed = await checkSlackSetup(slack, 'G0PRIVATE');
    expect(codes(closed)).toEqual(['error:bot_not_in_channel']);
  });

  it('still learns about the channel from the other calls when channels:read is missing', async () => {
    const { slack } = fakeSlack({ scopes: ['chat:write', 'channels:history', 'reactions:read'] });
    const report = await checkSlackSetup(slack, 'C0NOBOT');
    expect(report.channel).toMatchObject({ id: 'C0NOBOT', botIsMember: false });
    expect(codes(report)).toContain('error:bot_not_in_channel');
  });

  it('posts a test message and deletes it again when asked', async () => {
    const { slack, calls, posted } = fakeSlack();
    const report = await checkSlackSetup(slack, 'C0COMMUNITY', { postTest: true });
    expect(report.postTest).toEqual({ posted: true, deleted: true });
    expect(calls.filter((call) => call.method === 'chat.postMessage')[0]?.args).toMatchObject({ channel: 'C0COMMUNITY', unfurl_links: false });
    expect(posted.size).toBe(0);
    expect(report.ok).toBe(true);
  });

  it('reports a failed test post with Slack’s reason', async () => {
    const { slack } = fakeSlack();
    const report = await checkSlackSetup(slack, 'C0NOBOT', { postTest: true });
    expect(report.postTest).toEqual({ posted: false, deleted: false });
    expect(report.problems).toContainEqual(expect.objectContaining({ code: 'post_failed', params: { error: 'not_in_channel' }, severity: 'error' }));
    expect(report.ok).toBe(false);
  });

  it('says Slack is unreachable rather than guessing', async () => {
    const { slack } = fakeSlack({ unreachable: { 'auth.test': 'network' } });
    const report = await checkSlackSetup(slack, 'C0COMMUNITY');
    expect(codes(report)).toEqual(['error:unreachable']);
  });

  it('leaves a scope unknown when its probe was rate limited, and says so', async () => {
    const { slack } = fakeSlack({ unreachable: { 'reactions.get': 'rate_limited' } });
    const report = await checkSlackSetup(slack, 'C0COMMUNITY');
    expect(report.features.find((feature) => feature.feature === 'claims')?.ready).toBe('unknown');
    expect(report.problems).toMatchObject([{ code: 'rate_limited', params: { seconds: 12 }, severity: 'warning' }]);
  });

  it('asks for a channel when none is configured', async () => {
    const { slack } = fakeSlack();
    const report = await checkSlackSetup(slack, '');
    expect(codes(report)).toEqual(['error:no_channel']);
    expect(report.workspace?.team).toBe('GitLab (simulated)');
  });
});
