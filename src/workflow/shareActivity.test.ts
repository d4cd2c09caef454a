import { describe, expect, test } from 'vitest';
import { createFakeChannel } from '../testing/fakeChannel';
import { readShareActivity } from './shareActivity';

async function postedShare(channel: ReturnType<typeof createFakeChannel>): Promise<string> {
  const { ts } = await channel.slack.chat.postMessage({ channel: 'C0COMMUNITY', text: 'A tweet worth a reply' });
  return ts ?? '';
}

describe('reading what volunteers did with the post', () => {
  test('Slack out of reach is an error, not "nobody has taken it yet"', async () => {
    const channel = createFakeChannel();
    const ts = await postedShare(channel);
    channel.failNext('reactions.get', { kind: 'network' });
    await expect(readShareActivity(channel.slack, 'C0COMMUNITY', ts)).rejects.toMatchObject({ code: 'network' });
  });

  test('a revoked token is an error too (the setup banner names the fix)', async () => {
    const channel = createFakeChannel();
    const ts = await postedShare(channel);
    channel.failNext('conversations.replies', { kind: 'platform', error: 'token_revoked' });
    await expect(readShareActivity(channel.slack, 'C0COMMUNITY', ts)).rejects.toMatchObject({ slackError: 'token_revoked' });
  });

  test('a post deleted in Slack is reported as gone, not as an error', async () => {
    const channel = createFakeChannel();
    const ts = await postedShare(channel);
    channel.failNext('conversations.replies', { kind: 'platform', error: 'thread_not_found' });
    const activity = await readShareActivity(channel.slack, 'C0COMMUNITY', ts);
    expect(activity.postGone).toBe(true);
  });
});
