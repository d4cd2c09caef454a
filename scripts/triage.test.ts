import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** What `npm run triage` runs: the launcher of the CLI's cached bundle. */
const LAUNCHER = join(process.cwd(), 'scripts', 'triage.mjs');

function runCli(args: string[], stdin?: string): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [LAUNCHER, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout, stderr, code }));
    child.stdin.end(stdin ?? '');
  });
}

const TWEETS = [
  { id: '900001', text: '@gitlabstatus is gitlab.com down? Getting 502 Bad Gateway on every git push', decision: 'expert' },
  { id: '900002', text: 'Just migrated our monorepo from Jenkins to @gitlab CI. Pipelines went from 40 min to 12 🚀 https://twitter.com/sarah_codes/status/1859203847561029632', decision: 'involve' },
  { id: '900003', text: '🔥 Get 10,000 followers FAST 🔥 DM now for crypto signals @gitlab', decision: 'skip' },
  { id: '900004', text: 'Hi, I lost my 2FA phone, can you help?', via: { channel: 'twitter_dm', source: { rel: 'direct_message' } }, decision: 'involve' },
];
const jsonl = (rows: object[]) => rows.map((row) => JSON.stringify(row)).join('\n') + '\n';

function fileWith(content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'triage-cli-')), 'tickets.jsonl');
  writeFileSync(path, content);
  return path;
}

// Each test spawns the CLI (worker threads): seconds on a loaded two-core machine.
describe('npm run triage', { timeout: 60_000 }, () => {
  it('writes one line per input line, in input order, with the suggestion and the canonical tweet link', async () => {
    const { stdout, code } = await runCli([fileWith(jsonl(TWEETS))]);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line.id)).toEqual(['900001', '900002', '900003', '900004']);
    expect(lines.map((line) => line.decision)).toEqual(['expert', 'involve', 'skip', 'skip']);
    expect(Object.keys(lines[0] ?? {})).toEqual(['id', 'decision', 'skip_reason', 'confidence', 'uncertain', 'category', 'sentiment', 'source', 'post_url', 'tweet_url', 'reasons']);
    expect(lines[1]).toMatchObject({ source: 'x', post_url: 'https://x.com/sarah_codes/status/1859203847561029632', tweet_url: 'https://x.com/sarah_codes/status/1859203847561029632' });
    expect(lines.map((line) => line.skip_reason)).toEqual([null, null, 'spam', 'direct_message']);
    expect(lines[3]?.confidence).toBe(1);
    for (const line of lines) expect(line.confidence).toBeGreaterThanOrEqual(0.5);
    expect(lines[1]?.tweet_url).toBe('https://x.com/sarah_codes/status/1859203847561029632');
    expect(lines[0]?.reasons).toContainEqual({ signal: 'outage', evidence: expect.arrayContaining(['is gitlab.com down']) });
  });

  it('--staff-handles names the team: their tweets are No action, our own announcement', async () => {
    const staffTweet = { id: '900005', text: 'Proud of what our team shipped in @gitlab 17.6 today 🎉', via: { channel: 'twitter', source: { from: { username: 'darrenmurph' }, rel: null } } };
    const without = await runCli([fileWith(jsonl([staffTweet]))]);
    expect((JSON.parse(without.stdout) as { decision: string }).decision).not.toBe('skip');
    const { stdout, code } = await runCli([fileWith(jsonl([staffTweet])), '--staff-handles', '@DarrenMurph,sid']);
    expect(code).toBe(0);
    const line = JSON.parse(stdout) as { decision: string; skip_reason: string; reasons: unknown[] };
    expect(line).toMatchObject({ decision: 'skip', skip_reason: 'own_announcement' });
    expect(line.reasons[0]).toEqual({ signal: 'staff_post', evidence: [] });
    expect((await runCli(['--staff-handles'])).code).not.toBe(0);
  });

  it('reports a bad line on standard error with its line number, carries on, and exits 1', async () => {
    const input = `${JSON.stringify(TWEETS[0])}\n{"id": "broken", "text": \n${JSON.stringify({ text: 'no id' })}\n${JSON.stringify(TWEETS[1])}\n`;
    const { stdout, stderr, code } = await runCli([fileWith(input)]);
    // Problems found in the input: exit 1 (scripts/cliExit.ts), after every good line was written.
    expect(code).toBe(1);
    expect(stderr).toContain('line 2: not valid JSON');
    expect(stderr).toContain('line 3: "id" must be a non-empty string');
    expect(stdout.trim().split('\n').map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(['900001', '900002']);
  });

  it('streams: answers a line before standard input has ended', async () => {
    const child = spawn(process.execPath, [LAUNCHER, '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const firstOutput = new Promise<string>((resolve) => child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString())));
    child.stdin.write(`${JSON.stringify(TWEETS[0])}\n`);
    expect(JSON.parse(await firstOutput)).toMatchObject({ id: '900001', decision: 'expert' });
    child.stdin.end();
    await new Promise((resolve) => child.on('close', resolve));
  });

  it('reads standard input when the file is -', async () => {
    const { stdout } = await runCli(['-'], jsonl(TWEETS.slice(0, 2)));
    expect(stdout.trim().split('\n')).toHaveLength(2);
  });

  it('--summary prints counts, accuracy and the confusion matrix for labelled lines', async () => {
    const { stdout } = await runCli(['-', '--summary'], jsonl(TWEETS));
    expect(stdout).toContain('tweets: 4');
    expect(stdout).toMatch(/skip\s+2/);
    expect(stdout).toContain('decision accuracy: 75.0% (3/4)');
    expect(stdout).toContain('confusion (rows: label, columns: suggested)');
    expect(stdout).toMatch(/involve\s+1\s+0\s+1/);
    expect(stdout).toMatch(/skip reason\s+count\ndirect_message\s+1\nspam\s+1/);
    expect(stdout).toContain('confidence   tweets   accuracy');
    expect(stdout).toMatch(/1 \(rules\)\s+2\s+50\.0% \(1\/2\)/);
  });

  it('explains its usage when called without a file', async () => {
    const { stderr, code } = await runCli([]);
    expect(code).toBe(2);
    expect(stderr).toContain('usage');
  });
});
