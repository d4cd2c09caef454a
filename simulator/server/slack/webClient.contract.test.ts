import { ErrorCode, WebClient, type WebAPIPlatformError, type WebAPIRateLimitedError } from '@slack/web-api';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startForTest, type SimulatorUnderTest } from '../testSupport';
import { botTokenForTests } from '../testingAccess';

/**
 * Slack's own Node client against the emulator: if WebClient's types and error handling accept what the
 * emulator answers, the emulator speaks Slack's shapes (form bodies, JSON-in-form fields, 429 + Retry-After).
 */
let sut: SimulatorUnderTest;
let slack: WebClient;
beforeAll(async () => {
  sut = await startForTest();
  slack = new WebClient(botTokenForTests(sut.simulator), {
    slackApiUrl: `${sut.simulator.hostOrigin}/__sim/slack-api/`,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
  });
});
beforeEach(() => sut.post('/__sim/reset'));
afterAll(() => sut.simulator.close());

describe('a real @slack/web-api WebClient against the emulator', () => {
  it('authenticates as the bot', async () => {
    const auth = await slack.auth.test();
    expect(auth).toMatchObject({ ok: true, team: 'GitLab (simulated)', user_id: 'U0BOT', bot_id: 'B0BOT' });
  });

  it('shares a tweet, reads it back with metadata, links it, marks it responded and withdraws it', async () => {
    const posted = await slack.chat.postMessage({
      channel: 'C0COMMUNITY',
      text: 'A tweet worth a reply: @kdevops asks about rules:changes',
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: '*@kdevops* asks about `rules:changes` &amp; monorepos' } }],
      metadata: { event_type: 'community_involvement_share', event_payload: { ticket_id: 102, tweet_url: 'https://x.com/kdevops/status/1859216638904512771', status: 'open' } },
      unfurl_links: false,
      unfurl_media: false,
    });
    expect(posted.ok).toBe(true);
    const ts = posted.ts!;
    const history = await slack.conversations.history({ channel: 'C0COMMUNITY', oldest: ts, inclusive: true, include_all_metadata: true, limit: 5 });
    expect(history.messages?.[0]?.metadata).toMatchObject({ event_payload: { ticket_id: 102 } });
    const permalink = await slack.chat.getPermalink({ channel: 'C0COMMUNITY', message_ts: ts });
    expect(permalink.permalink).toContain(`/archives/C0COMMUNITY/p${ts.replace('.', '')}`);
    const info = await slack.conversations.info({ channel: 'C0COMMUNITY' });
    expect(info.channel).toMatchObject({ name: 'community-involvement', is_member: true });
    await sut.post('/__sim/slack/reactions', { ts, name: 'eyes', user: 'U0AISHA' });
    const reactions = await slack.reactions.get({ channel: 'C0COMMUNITY', timestamp: ts });
    expect(reactions.message?.reactions).toEqual([{ name: 'eyes', users: ['U0AISHA'], count: 1 }]);
    const updated = await slack.chat.update({ channel: 'C0COMMUNITY', ts, text: 'Responded ✅', parse: 'none' });
    expect(updated.ok).toBe(true);
    const replies = await slack.conversations.replies({ channel: 'C0COMMUNITY', ts });
    expect(replies.messages?.[0]?.text).toBe('Responded ✅');
    expect((await slack.chat.delete({ channel: 'C0COMMUNITY', ts })).ok).toBe(true);
  });

  it('raises a platform error carrying Slack error codes', async () => {
    const error = (await slack.chat.postMessage({ channel: 'C0NOBOT', text: 'hi' }).catch((caught: unknown) => caught)) as WebAPIPlatformError;
    expect(error.code).toBe(ErrorCode.PlatformError);
    expect(error.data.error).toBe('not_in_channel');
  });

  it('sees a 429 with Retry-After as a rate limit', async () => {
    await sut.post('/__sim/faults', { match: 'slack:chat.postMessage', status: 429, retryAfter: 7 });
    const error = (await slack.chat.postMessage({ channel: 'C0COMMUNITY', text: 'hi' }).catch((caught: unknown) => caught)) as WebAPIRateLimitedError;
    expect(error.code).toBe(ErrorCode.RateLimitedError);
    expect(error.retryAfter).toBe(7);
  });
});
