import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeSlack, type FakeSlackOptions } from '../src/slack/testing/fakeSlack';
import { runSlackCheck } from './slack-check';

// Built at run time so no token-shaped literal sits in the repository.
const TOKEN = ['xo', 'xb', '-1234-5678-', 'aBcDeFgHiJkLmNoP'].join('');

async function check(argv: string[], options: FakeSlackOptions = {}, env: Record<string, string | undefined> = { SLACK_BOT_TOKEN: TOKEN }) {
  const out: string[] = [];
  const err: string[] = [];
  const { slack } = fakeSlack(options);
  const code = await runSlackCheck({ argv, env, out: (line) => out.push(line), err: (line) => err.push(line), connect: () => slack });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('slack:check', () => {
  it('exits 0 and says so when the setup is right', async () => {
    const { code, out } = await check(['--channel', 'C0COMMUNITY']);
    expect(code).toBe(0);
    expect(out).toContain('Workspace: GitLab (simulated) (T0GITLABSIM)');
    expect(out).toContain('#community-involvement (C0COMMUNITY): exists, open, bot is a member');
    expect(out).toContain('All good');
  });

  it('exits 1 and says what to fix when the bot is not in the channel', async () => {
    const { code, out } = await check(['--channel=C0NOBOT']);
    expect(code).toBe(1);
    expect(out).toContain('The bot is not a member of #community-advocacy. Type /invite');
  });

  it('names the missing scopes and the features they stop', async () => {
    const { code, out } = await check(['--channel', 'C0COMMUNITY'], { scopes: ['chat:write', 'channels:read'] });
    expect(code).toBe(1);
    expect(out).toContain('lacks reactions:read (needed for: claims)');
    expect(out).toMatch(/NO\s+exactly_once \(missing channels:history\)/);
  });

  it('posts and deletes a test message with --post-test', async () => {
    const { code, out } = await check(['--channel', 'C0COMMUNITY', '--post-test']);
    expect(code).toBe(0);
    expect(out).toContain('Test post: posted and deleted');
  });

  it('exits 2 without a token or a channel', async () => {
    expect((await check(['--channel', 'C0COMMUNITY'], {}, {})).code).toBe(2);
    const noChannel = await check([]);
    expect(noChannel.code).toBe(2);
    expect(noChannel.err).toContain('No --channel given.');
    expect((await check(['--channel', 'C0COMMUNITY', '--verbose'])).code).toBe(2);
  });

  it('never prints the token, not even in an error message that contains it', async () => {
    const out: string[] = [];
    const code = await runSlackCheck({
      argv: ['--channel', 'C0COMMUNITY'],
      env: { SLACK_BOT_TOKEN: TOKEN },
      out: (line) => out.push(line),
      err: (line) => out.push(line),
      connect: () => {
        throw new Error(`bad header Bearer ${TOKEN}`);
      },
    });
    expect(code).toBe(1);
    expect(out.join('\n')).not.toContain(TOKEN);
    expect(out.join('\n')).not.toContain(TOKEN.slice(5, 15));
  });
});

describe('slack:check with a real WebClient', () => {
  let server: Server | undefined;
  afterEach(() => server?.close());

  it('reports a rejected token from the Web API, without printing it', async () => {
    const seen: string[] = [];
    server = createServer((request, response) => {
      seen.push(`${request.url} ${request.headers.authorization === `Bearer ${TOKEN}`}`);
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ ok: false, error: 'invalid_auth' }));
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const lines: string[] = [];
    const code = await runSlackCheck({
      argv: ['--channel', 'C0COMMUNITY'],
      env: { SLACK_BOT_TOKEN: TOKEN, SLACK_API_URL: `http://127.0.0.1:${port}/api` },
      out: (line) => lines.push(line),
      err: (line) => lines.push(line),
    });
    expect(code).toBe(1);
    expect(seen).toEqual(['/api/auth.test true']);
    expect(lines.join('\n')).toContain('Slack rejected the token (invalid_auth)');
    expect(lines.join('\n')).not.toContain(TOKEN);
  });
});
