import { describe, expect, test } from 'vitest';
import { buildExpertReask, buildExpertRequest, buildExpertRequestUpdate, type ExpertRequestInput } from '../slack/expertMessage';
import { createFakeChannel } from '../testing/fakeChannel';
import { createFakeClock } from '../testing/fakeClock';
import { askNextExpert, startReask, type ReaskProgress } from './askNextExpert';

/** A CI question asked of Priya in #s_verify a day and a half ago; nobody answered. */
const question: ExpertRequestInput = {
  channel: 'C0SVERIFY',
  post: {
    platform: 'x',
    url: 'https://x.com/devops_dana/status/1861000000000000301',
    text: '@gitlab why does my pipeline run twice on every merge request? rules: keeps confusing me',
    authorName: 'Dana Whitfield',
    authorHandle: 'devops_dana',
  },
  ticket: { id: 301, url: 'https://gitlab-sim.zendesk.com/agent/tickets/301' },
  area: { id: 'verify', name: 'Verify' },
  asked: [{ expert: 'U0PRIYA', at: Math.floor(Date.parse('2026-11-23T03:00:00Z') / 1000) }],
  askedBy: 'Alex Advocate',
};

async function world() {
  const clock = createFakeClock();
  const channel = createFakeChannel({ now: clock.now });
  const { ts = '' } = await channel.slack.chat.postMessage(buildExpertRequest(question));
  const original = { ...question, ts };
  const withTomas = { ...original, asked: [...original.asked, { expert: 'U0TOMAS', at: Math.floor(clock.now() / 1000) }] };
  const request = { expert: 'U0TOMAS', threadReply: buildExpertReask(original, 'U0TOMAS'), update: buildExpertRequestUpdate(withTomas, { status: 'open' }) };
  const reask = (start: ReaskProgress = startReask()) => askNextExpert({ slack: channel.slack, clock }, request, start, () => undefined);
  const repliesMentioningTomas = () => channel.messages.filter((message) => message.thread_ts === ts && (message.text ?? '').includes('<@U0TOMAS>'));
  return { channel, ts, reask, repliesMentioningTomas };
}

describe('asking the next expert in the thread', () => {
  test('one thread reply mentions the next expert, no second post, and the post lists them as asked', async () => {
    const { channel, ts, reask, repliesMentioningTomas } = await world();
    const done = await reask();
    expect(done.finished).toBe(true);
    expect(channel.posts()).toHaveLength(1);
    expect(repliesMentioningTomas()).toHaveLength(1);
    const payload = channel.posts()[0]?.metadata?.event_payload as { asked: { expert: string }[]; status: string; expert: string };
    expect(payload.asked.map((entry) => entry.expert)).toEqual(['U0PRIYA', 'U0TOMAS']);
    expect(payload).toMatchObject({ status: 'open', expert: 'U0PRIYA' });
    expect(channel.messages.find((message) => message.ts === ts)?.text).toContain('U0PRIYA');
  });

  test('asked twice (a second tab, a second click after it finished): the thread already has the reply, nothing more is posted', async () => {
    const { channel, reask, repliesMentioningTomas } = await world();
    await reask();
    const again = await reask();
    expect(again.finished).toBe(true);
    expect(repliesMentioningTomas()).toHaveLength(1);
    expect(channel.posts()).toHaveLength(1);
  });

  test('the reply is posted but its answer is lost: the retry finds it in the thread instead of asking again', async () => {
    const { channel, reask, repliesMentioningTomas } = await world();
    channel.failNext('chat.postMessage', { kind: 'drop' });
    const failed = await reask();
    expect(failed.failure?.step).toBe('thread_reply');
    expect(failed.reply).toBe('unknown');
    const retried = await reask(failed);
    expect(retried.finished).toBe(true);
    expect(repliesMentioningTomas()).toHaveLength(1);
  });

  test('Slack refuses the update of the post: the reply stays single and Retry updates the post only', async () => {
    const { channel, reask, repliesMentioningTomas } = await world();
    channel.failNext('chat.update', { kind: 'network' });
    const failed = await reask();
    expect(failed.failure?.step).toBe('update_post');
    const retried = await reask(failed);
    expect(retried.finished).toBe(true);
    expect(repliesMentioningTomas()).toHaveLength(1);
    const payload = channel.posts()[0]?.metadata?.event_payload as { asked: { expert: string }[] };
    expect(payload.asked.map((entry) => entry.expert)).toEqual(['U0PRIYA', 'U0TOMAS']);
  });
});
