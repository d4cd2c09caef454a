import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs one of the project's CLIs as a user would (`npm run -s <name> -- …` runs the same file with tsx). */
function cli(script: string, args: string[], env: Record<string, string> = {}) {
  const child = spawnSync('npx', ['tsx', `scripts/${script}.ts`, ...args], { encoding: 'utf8', env: { ...process.env, SLACK_BOT_TOKEN: '', ...env } });
  return { code: child.status, out: child.stdout, err: child.stderr };
}

// Each spawns tsx: seconds on a loaded two-core machine, once 98 s (a helper's full run beside training); the ceiling is for a hang.
describe('one exit-code rule for the three CLIs', { timeout: 150_000 }, () => {
  it.each(['triage', 'slack-preview', 'slack-check'])('%s --help prints the usage on stdout and exits 0', (script) => {
    const { code, out } = cli(script, ['--help']);
    expect(out).toMatch(/usage/i);
    expect(code).toBe(0);
  });

  it.each(['triage', 'slack-preview'])('%s: a file that cannot be read is a usage error (2)', (script) => {
    const { code, err } = cli(script, ['no-such-file.jsonl']);
    expect(err).toContain('no-such-file.jsonl');
    expect(code).toBe(2);
  });

  it('slack:check with neither token nor channel names both, and exits 2', () => {
    const { code, err } = cli('slack-check', []);
    expect(err).toContain('SLACK_BOT_TOKEN is not set.');
    expect(err).toContain('No --channel given.');
    expect(code).toBe(2);
  });
});
