import { ErrorCode, WebClient } from '@slack/web-api';
import { describe, expect, it } from 'vitest';
import { adviceFor, SlackError, toSlackError } from './errors';
import { defaultSlackCopy } from './copy';

function platform(slackError: string, extra: { needed?: string; method?: string } = {}): SlackError {
  return new SlackError('platform', slackError, { method: extra.method ?? 'chat.postMessage', slackError, ...(extra.needed ? { needed: extra.needed } : {}) });
}

describe('toSlackError', () => {
  it('passes our own errors through', () => {
    const error = platform('not_in_channel');
    expect(toSlackError(error, 'chat.update')).toBe(error);
  });

  it("reads a real WebClient's platform error, with the missing scope", () => {
    const thrown = Object.assign(new Error('An API error occurred: missing_scope'), {
      code: ErrorCode.PlatformError,
      data: { ok: false, error: 'missing_scope', needed: 'channels:history', provided: 'chat:write' },
    });
    const error = toSlackError(thrown, 'conversations.history');
    expect(error).toMatchObject({ code: 'platform', slackError: 'missing_scope', needed: 'channels:history', method: 'conversations.history' });
  });

  it("reads a WebClient rate-limit error's Retry-After", () => {
    const thrown = Object.assign(new Error('A rate limit was exceeded (url: chat.postMessage, retry-after: 30)'), {
      code: ErrorCode.RateLimitedError,
      retryAfter: 30,
    });
    expect(toSlackError(thrown, 'chat.postMessage')).toMatchObject({ code: 'rate_limited', retryAfterSeconds: 30 });
  });

  it('reads WebClient HTTP and request errors', () => {
    const http = Object.assign(new Error('An HTTP protocol error occurred: statusCode = 503'), { code: ErrorCode.HTTPError, statusCode: 503 });
    expect(toSlackError(http, 'auth.test')).toMatchObject({ code: 'http', status: 503 });
    const offline = Object.assign(new Error('A request error occurred: getaddrinfo ENOTFOUND slack.com'), {
      code: ErrorCode.RequestError,
      original: Object.assign(new Error('getaddrinfo ENOTFOUND slack.com'), { code: 'ENOTFOUND' }),
    });
    expect(toSlackError(offline, 'auth.test')).toMatchObject({ code: 'network' });
    const slow = Object.assign(new Error('A request error occurred: The operation was aborted due to timeout'), {
      code: ErrorCode.RequestError,
      original: Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' }),
    });
    expect(toSlackError(slow, 'auth.test')).toMatchObject({ code: 'timeout' });
  });

  it("maps the transport's network and timeout rejections", () => {
    expect(toSlackError({ code: 'timeout', message: 'No answer in 15 s' }, 'chat.postMessage').code).toBe('timeout');
    expect(toSlackError({ code: 'network', message: 'status 0' }, 'chat.postMessage').code).toBe('network');
    expect(toSlackError('boom', 'chat.postMessage').code).toBe('network');
  });

  it('understands what a real WebClient throws against an unreachable server', async () => {
    const client = new WebClient('test-token', { slackApiUrl: 'http://127.0.0.1:9/api/', retryConfig: { retries: 0 } });
    const error = await client.auth.test().catch((thrown: unknown) => toSlackError(thrown, 'auth.test'));
    expect(error).toMatchObject({ code: 'network', method: 'auth.test' });
  });
});

describe('adviceFor', () => {
  const cases: [SlackError, string, Record<string, string | number>, 'admin' | 'advocate', boolean][] = [
    [platform('not_in_channel'), 'errors.slack.not_in_channel', { error: 'not_in_channel' }, 'advocate', true],
    [platform('channel_not_found'), 'errors.slack.channel_not_found', { error: 'channel_not_found' }, 'admin', false],
    [platform('is_archived'), 'errors.slack.is_archived', { error: 'is_archived' }, 'admin', false],
    [platform('invalid_auth'), 'errors.slack.invalid_auth', { error: 'invalid_auth' }, 'admin', false],
    [platform('not_authed'), 'errors.slack.not_authed', { error: 'not_authed' }, 'admin', false],
    [platform('token_revoked'), 'errors.slack.token_revoked', { error: 'token_revoked' }, 'admin', false],
    [platform('token_expired'), 'errors.slack.token_expired', { error: 'token_expired' }, 'admin', false],
    [platform('account_inactive'), 'errors.slack.account_inactive', { error: 'account_inactive' }, 'admin', false],
    [platform('missing_scope', { needed: 'reactions:read' }), 'errors.slack.missing_scope', { scope: 'reactions:read' }, 'admin', false],
    [platform('missing_scope', { method: 'conversations.history' }), 'errors.slack.missing_scope', { scope: 'channels:history' }, 'admin', false],
    [platform('ratelimited'), 'errors.slack.ratelimited', { seconds: 1 }, 'advocate', true],
    [platform('rate_limited'), 'errors.slack.ratelimited', { seconds: 1 }, 'advocate', true],
    [platform('msg_too_long'), 'errors.slack.msg_too_long', { error: 'msg_too_long' }, 'advocate', false],
    [platform('msg_blocks_too_long'), 'errors.slack.msg_blocks_too_long', { error: 'msg_blocks_too_long' }, 'advocate', false],
    [platform('invalid_blocks'), 'errors.slack.invalid_blocks', { error: 'invalid_blocks' }, 'advocate', false],
    [platform('invalid_blocks_format'), 'errors.slack.invalid_blocks', { error: 'invalid_blocks_format' }, 'advocate', false],
    [platform('message_not_found'), 'errors.slack.message_not_found', { error: 'message_not_found' }, 'advocate', false],
    [platform('cant_update_message'), 'errors.slack.cant_update_message', { error: 'cant_update_message' }, 'advocate', false],
    [platform('restricted_action'), 'errors.slack.unknown', { error: 'restricted_action' }, 'advocate', true],
    [new SlackError('rate_limited', '429', { method: 'chat.postMessage', status: 429, retryAfterSeconds: 30 }), 'errors.slack.ratelimited', { seconds: 30 }, 'advocate', true],
    [new SlackError('network', 'offline', { method: 'chat.postMessage' }), 'errors.slack.network', {}, 'advocate', true],
    [new SlackError('timeout', 'slow', { method: 'chat.postMessage' }), 'errors.slack.timeout', {}, 'advocate', true],
    [new SlackError('http', '502', { method: 'chat.postMessage', status: 502 }), 'errors.slack.http', { status: 502 }, 'advocate', true],
  ];

  it.each(cases)('%s → %s', (error, key, params, who, retryable) => {
    expect(adviceFor(error)).toEqual({ key, params, who, retryable });
  });

  it('has an English sentence, saying what to do, for every key it can give', () => {
    for (const [error] of cases) {
      const { key, params } = adviceFor(error);
      const sentence = defaultSlackCopy(key, { channel: '#community-involvement', ...params });
      expect(sentence).not.toBe(key);
      expect(sentence).not.toMatch(/\{\{/);
    }
  });

  it('tells the advocate how to invite the bot', () => {
    const { key } = adviceFor(platform('not_in_channel'));
    expect(defaultSlackCopy(key, { channel: '#community-involvement' })).toContain('/invite');
  });
});
