import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { startForTest, slackCall, type SimulatorUnderTest } from '../testSupport';

let sut: SimulatorUnderTest;
beforeEach(async () => {
  sut ??= await startForTest();
  await sut.post('/__sim/reset');
});
afterAll(() => sut?.simulator.close());

type Body = Record<string, unknown> & { ok: boolean; error?: string };
const slack = async (method: string, args: Record<string, unknown> = {}, json = true): Promise<Body> => {
  const answer = await sut.zafRequest(slackCall(method, args, json));
  if (answer.kind !== 'done') throw new Error(`${method}: ${JSON.stringify(answer)}`);
  return answer.body as Body;
};
const SHARED_TS = '1795190607.318400';
const blocks = [
  { type: 'header', text: { type: 'plain_text', text: 'A tweet worth a reply' } },
  { type: 'rich_text', elements: [{ type: 'rich_text_quote', elements: [{ type: 'text', text: '<!channel> thanks @gitlab' }] }] },
];
const metadata = { event_type: 'community_involvement_share', event_payload: { ticket_id: 101, tweet_url: 'https://x.com/sarah_codes/status/1859203847561029632', status: 'open' } };

describe('Slack emulator', () => {
  it('posts with increasing ts and links the message', async () => {
    const first = await slack('chat.postMessage', { channel: 'C0COMMUNITY', text: 'first', blocks, metadata });
    const second = await slack('chat.postMessage', { channel: 'C0COMMUNITY', text: 'second' });
    expect(first).toMatchObject({ ok: true, channel: 'C0COMMUNITY', message: { text: 'first', bot_id: 'B0BOT', blocks, metadata } });
    expect(String(first.ts)).toMatch(/^\d{10}\.\d{6}$/);
    expect(Number(second.ts)).toBeGreaterThan(Number(first.ts));
    const link = await slack('chat.getPermalink', { channel: 'C0COMMUNITY', message_ts: first.ts }, false);
    expect(link.permalink).toBe(`https://gitlab-sim.slack.com/archives/C0COMMUNITY/p${String(first.ts).replace('.', '')}`);
  });

  it('returns metadata in history only with include_all_metadata', async () => {
    // The dashboard's past shares fill the channel up to now; these bounds hold the sidebar's fixture posts only.
    const bounds = { oldest: '1795130100.004199', latest: '1795204201.120901' };
    const plain = await slack('conversations.history', { channel: 'C0COMMUNITY', limit: 10, ...bounds }, false);
    const rich = await slack('conversations.history', { channel: 'C0COMMUNITY', limit: 10, include_all_metadata: true, ...bounds }, false);
    const shared = (list: Body) => (list.messages as { ts: string; metadata?: unknown }[]).find((message) => message.ts === SHARED_TS);
    expect(shared(plain)?.metadata).toBeUndefined();
    expect(shared(rich)?.metadata).toMatchObject({ event_type: 'community_involvement_share', event_payload: { ticket_id: 120 } });
    expect(plain).toMatchObject({ has_more: false, response_metadata: { next_cursor: '' } });
  });

  it('pages history newest first with oldest, limit and has_more', async () => {
    const page = await slack('conversations.history', { channel: 'C0COMMUNITY', limit: 1, oldest: '1795130100.004200', latest: '1795204201.120901' }, false);
    expect((page.messages as { ts: string }[]).map((message) => message.ts)).toEqual(['1795204201.120900']);
    expect(page.has_more).toBe(true);
  });

  it('shows reactions and thread replies the way volunteers left them', async () => {
    await sut.post('/__sim/slack/reactions', { ts: SHARED_TS, name: 'white_check_mark', user: 'U0MIGUEL' });
    await sut.post('/__sim/slack/replies', { thread_ts: SHARED_TS, user: 'miguel', text: 'Replied 🙂' });
    const reactions = await slack('reactions.get', { channel: 'C0COMMUNITY', timestamp: SHARED_TS }, false);
    expect(reactions).toMatchObject({
      ok: true, type: 'message', channel: 'C0COMMUNITY',
      message: { reactions: [{ name: 'eyes', users: ['U0MIGUEL'], count: 1 }, { name: 'white_check_mark', users: ['U0MIGUEL'], count: 1 }] },
    });
    const thread = await slack('conversations.replies', { channel: 'C0COMMUNITY', ts: SHARED_TS }, false);
    expect((thread.messages as { text: string; user: string }[]).map((message) => message.user)).toEqual(['U0BOT', 'U0MIGUEL']);
  });

  it('updates and deletes only its own messages', async () => {
    expect(await slack('chat.update', { channel: 'C0COMMUNITY', ts: SHARED_TS, text: 'Responded ✅' })).toMatchObject({ ok: true, text: 'Responded ✅', message: { edited: { user: 'U0BOT' } } });
    expect(await slack('chat.update', { channel: 'C0COMMUNITY', ts: '1795130100.004200', text: 'x' })).toMatchObject({ ok: false, error: 'cant_update_message' });
    expect(await slack('chat.update', { channel: 'C0COMMUNITY', ts: '1795000000.000001', text: 'x' })).toMatchObject({ ok: false, error: 'message_not_found' });
    expect(await slack('chat.update', { channel: 'C0COMMUNITY', ts: SHARED_TS, text: 'y'.repeat(4001) })).toMatchObject({ ok: false, error: 'msg_too_long' });
    expect(await slack('chat.delete', { channel: 'C0COMMUNITY', ts: '1795130100.004200' })).toMatchObject({ ok: false, error: 'cant_delete_message' });
    expect(await slack('chat.delete', { channel: 'C0COMMUNITY', ts: SHARED_TS })).toMatchObject({ ok: true });
    const { messages } = await sut.get<{ messages: { ts: string }[] }>('/__sim/slack/messages');
    expect(messages.map((message) => message.ts)).not.toContain(SHARED_TS);
  });

  it.each([
    [{ channel: 'C0NOPE', text: 'x' }, 'channel_not_found'],
    [{ channel: 'C0ARCHIVED', text: 'x' }, 'is_archived'],
    [{ channel: 'C0NOBOT', text: 'x' }, 'not_in_channel'],
    [{ channel: 'C0COMMUNITY', text: 'x'.repeat(40_001) }, 'msg_too_long'],
    [{ channel: 'C0COMMUNITY', text: 'x', blocks: [{ type: 'header', text: { type: 'mrkdwn', text: 'no' } }] }, 'invalid_blocks'],
    [{ channel: 'C0COMMUNITY', text: 'x', metadata: { event_payload: {} } }, 'invalid_metadata_format'],
  ])('refuses chat.postMessage %# with %s', async (args, error) => {
    expect(await slack('chat.postMessage', args)).toEqual({ ok: false, error });
  });

  it('lets chat:write.public post where the bot is not a member', async () => {
    await sut.post('/__sim/slack/config', { scopes: ['chat:write', 'chat:write.public'] });
    expect(await slack('chat.postMessage', { channel: 'C0NOBOT', text: 'hi' })).toMatchObject({ ok: true });
  });

  it('reports the missing scope and what the token has', async () => {
    await sut.post('/__sim/slack/config', { scopes: ['chat:write'] });
    expect(await slack('conversations.info', { channel: 'C0COMMUNITY' }, false)).toEqual({ ok: false, error: 'missing_scope', needed: 'channels:read', provided: 'chat:write' });
    expect(await slack('reactions.get', { channel: 'C0COMMUNITY', timestamp: SHARED_TS }, false)).toMatchObject({ error: 'missing_scope', needed: 'reactions:read' });
  });

  it('follows the token state and bot membership set in config', async () => {
    await sut.post('/__sim/slack/config', { tokenState: 'token_revoked', botInChannel: false });
    expect(await slack('auth.test')).toEqual({ ok: false, error: 'token_revoked' });
    await sut.post('/__sim/slack/config', { tokenState: 'ok' });
    expect(await slack('conversations.info', { channel: 'C0COMMUNITY' }, false)).toMatchObject({ ok: true, channel: { id: 'C0COMMUNITY', name: 'community-involvement', is_channel: true, is_member: false, is_archived: false, is_private: false } });
    expect(await slack('conversations.history', { channel: 'C0COMMUNITY' }, false)).toEqual({ ok: false, error: 'not_in_channel' });
  });

  it('answers not_authed without a token and invalid_auth with a wrong one', async () => {
    expect(await slack('auth.test')).toMatchObject({ ok: true });
    const noToken = await sut.zafRequest({ url: 'https://slack.com/api/auth.test', type: 'POST' });
    expect(noToken).toMatchObject({ kind: 'done', body: { ok: false, error: 'not_authed' } });
    const wrong = await sut.zafRequest({ url: 'https://slack.com/api/auth.test', type: 'POST', headers: { Authorization: 'Bearer not-the-token' } });
    expect(wrong).toMatchObject({ kind: 'done', body: { ok: false, error: 'invalid_auth' } });
  });

  it('does not read JSON bodies for read methods, as Slack does not', async () => {
    expect(await slack('conversations.info', { channel: 'C0COMMUNITY' }, true)).toMatchObject({ ok: false, error: 'channel_not_found' });
  });
});
