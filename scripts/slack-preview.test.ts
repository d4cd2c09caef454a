import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PREVIEW_CHANNEL, previewLine, runSlackPreview } from './slack-preview';

const praise = {
  id: '120',
  text: '@gitlab we finally moved all 400 repos over the weekend. The importer kept every issue. Huge thanks 🦊 https://twitter.com/oss_ollie/status/1858171460147937280',
  author_name: 'Oliver Grant',
  author_handle: 'oss_ollie',
  note: 'Big migration, worth a personal thank-you',
};

async function* linesOf(...lines: string[]): AsyncIterable<string> {
  yield* lines;
}

async function run(...lines: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runSlackPreview(linesOf(...lines), (text) => out.push(text), (text) => err.push(text));
  return { code, out, err };
}

describe('slack:preview', () => {
  it('shows the post a ticket would get, with the triage reasons and the canonical tweet URL', () => {
    const result = previewLine(JSON.stringify(praise));
    if (!('message' in result)) throw new Error(JSON.stringify(result));
    const { message } = result;
    expect(message.channel).toBe(PREVIEW_CHANNEL);
    expect(message.metadata.event_payload).toMatchObject({ ticket_id: 120, tweet_url: 'https://x.com/oss_ollie/status/1858171460147937280', status: 'open' });
    const text = JSON.stringify(message.blocks);
    expect(text).toContain('Oliver Grant (@oss_ollie)');
    expect(text).toContain('Positive feedback');
    expect(text).toContain('Praise');
    expect(text).toContain('<https://example.zendesk.com/agent/tickets/120|Zendesk #120>');
  });

  it('takes the author from the X via when the line has no author fields', () => {
    const line = { id: 7, text: 'Is there a plan for merge trains from forks? @gitlab', via: { channel: 'twitter', source: { from: { name: 'Dana Whitfield', username: 'forkmaintainer' }, rel: 'mention' } } };
    const result = previewLine(JSON.stringify(line));
    expect('message' in result && JSON.stringify(result.message.blocks)).toContain('Dana Whitfield (@forkmaintainer)');
  });

  it('streams one line per input in order, and reports bad lines with their numbers on stderr', async () => {
    const { code, out, err } = await run(JSON.stringify(praise), 'not json', '', JSON.stringify({ id: 2 }), JSON.stringify({ ...praise, id: '121' }));
    expect(out.map((line) => JSON.parse(line).metadata.event_payload.ticket_id)).toEqual([120, 121]);
    expect(err).toEqual(['line 2: not valid JSON', 'line 4: "text" must be a string']);
    expect(code).toBe(1);
  });

  it('keeps a hostile line from pinging the channel', async () => {
    const { out } = await run(JSON.stringify({ ...praise, id: '9', text: `${praise.text} <!channel> <https://evil.example|x.com/gitlab>`, author_name: '@everyone', author_handle: 'here' }));
    const message = JSON.parse(out[0] ?? '{}');
    expect(message.text).not.toContain('<!channel>');
    // The tweet is quoted as plain text (rich_text); the mrkdwn fields must not carry the link.
    expect(JSON.stringify(message.blocks[2])).not.toContain('<https://evil');
  });

  it('does not preview tweets the triage would not share: it names them on stderr and exits 0', async () => {
    const spam = { id: '9', text: 'FREE crypto giveaway!!! DM me now to claim 🚀🚀 https://bit.ly/x1 #crypto #airdrop #giveaway #free' };
    const { code, out, err } = await run(JSON.stringify(spam), JSON.stringify(praise));
    expect(out).toHaveLength(1);
    expect(err).toEqual(['line 1: not previewed, the triage says no action']);
    expect(code).toBe(0);
  });

  it('names the author from the tweet URL when the line has no author fields', () => {
    const result = previewLine(JSON.stringify({ id: 7, text: praise.text.replace(/https:\/\/\S+/, '') + ' https://twitter.com/oss_ollie/status/1858171460147937280' }));
    if (!('message' in result)) throw new Error(JSON.stringify(result));
    expect(JSON.stringify(result.message.blocks)).toContain('@oss_ollie');
    expect(JSON.stringify(result.message.blocks)).not.toContain('Unknown author');
  });

  it('a line without a numeric ticket id gets no ticket link ("Zendesk #?" to tickets/t1)', () => {
    const result = previewLine(JSON.stringify({ ...praise, id: 't1' }));
    if (!('message' in result)) throw new Error(JSON.stringify(result));
    const text = JSON.stringify(result.message.blocks);
    expect(text).not.toContain('Zendesk #?');
    expect(text).not.toContain('tickets/t1');
  });

  it('reads standard input with -', { timeout: 30_000 }, () => {
    const child = spawnSync('npx', ['tsx', 'scripts/slack-preview.ts', '-'], { input: `${JSON.stringify(praise)}\n`, encoding: 'utf8' });
    expect(child.status).toBe(0);
    expect(JSON.parse(child.stdout.trim()).channel).toBe('C_CHANNEL');
  });
});
