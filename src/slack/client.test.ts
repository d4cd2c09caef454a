import { describe, expect, it } from 'vitest';
import { createSlackClient, type SlackHttpRequest, type SlackHttpResponse } from './client';
import { SlackError } from './errors';
import { buildShareMessage } from './shareMessage';
import { praiseShare } from './testing/shareInputs';

/** A transport that records what it was asked and answers from a script. */
function recordingTransport(...answers: (SlackHttpResponse | (() => Promise<SlackHttpResponse>))[]) {
  const sent: SlackHttpRequest[] = [];
  const send = async (request: SlackHttpRequest): Promise<SlackHttpResponse> => {
    sent.push(request);
    const answer = answers.shift() ?? { status: 200, body: { ok: true } };
    return typeof answer === 'function' ? answer() : answer;
  };
  return { sent, slack: createSlackClient(send) };
}

describe('createSlackClient', () => {
  it('posts the share as JSON to chat.postMessage and returns the ts', async () => {
    const { sent, slack } = recordingTransport({ status: 200, body: { ok: true, channel: 'C0COMMUNITY', ts: '1795190607.318400' } });
    const message = buildShareMessage(praiseShare());
    const response = await slack.chat.postMessage(message);
    expect(response.ts).toBe('1795190607.318400');
    expect(sent[0]?.url).toBe('https://slack.com/api/chat.postMessage');
    expect(sent[0]?.contentType).toBe('application/json; charset=utf-8');
    expect(JSON.parse(sent[0]?.body ?? '')).toEqual(message);
  });

  it('sends chat.update, chat.delete and auth.test as JSON too', async () => {
    const { sent, slack } = recordingTransport();
    await slack.chat.update({ channel: 'C0COMMUNITY', ts: '1.2', text: 'x' });
    await slack.chat.delete({ channel: 'C0COMMUNITY', ts: '1.2' });
    await slack.auth.test();
    expect(sent.map((request) => [request.url, request.contentType, request.body])).toEqual([
      ['https://slack.com/api/chat.update', 'application/json; charset=utf-8', '{"channel":"C0COMMUNITY","ts":"1.2","text":"x"}'],
      ['https://slack.com/api/chat.delete', 'application/json; charset=utf-8', '{"channel":"C0COMMUNITY","ts":"1.2"}'],
      ['https://slack.com/api/auth.test', 'application/json; charset=utf-8', '{}'],
    ]);
  });

  it('form-encodes the read methods, which do not read JSON bodies, with no charset', async () => {
    const { sent, slack } = recordingTransport();
    await slack.chat.getPermalink({ channel: 'C0COMMUNITY', message_ts: '1795190607.318400' });
    await slack.conversations.history({ channel: 'C0COMMUNITY', oldest: '1795190000.000000', include_all_metadata: true, limit: 200, cursor: undefined });
    await slack.reactions.get({ channel: 'C0COMMUNITY', timestamp: '1795190607.318400', full: true });
    expect(sent.map((request) => request.contentType)).toEqual(Array(3).fill('application/x-www-form-urlencoded'));
    expect(sent[0]?.body).toBe('channel=C0COMMUNITY&message_ts=1795190607.318400');
    expect(sent[1]?.body).toBe('channel=C0COMMUNITY&oldest=1795190000.000000&include_all_metadata=true&limit=200');
    expect(sent[2]?.url).toBe('https://slack.com/api/reactions.get');
  });

  it('JSON-stringifies objects into form fields', async () => {
    const { sent, slack } = recordingTransport();
    await slack.conversations.info({ channel: 'C0COMMUNITY', include_num_members: false, ...({ extra: { a: [1, '&'] } } as object) });
    expect(new URLSearchParams(sent[0]?.body).get('extra')).toBe('{"a":[1,"&"]}');
  });

  it('never puts a token argument in the body', async () => {
    const { sent, slack } = recordingTransport();
    const token = ['xo', 'xb-1-2-secret'].join('');
    await slack.chat.postMessage({ channel: 'C0COMMUNITY', text: 'hi', token });
    await slack.conversations.info({ channel: 'C0COMMUNITY', token });
    expect(sent.every((request) => !request.body.includes('secret'))).toBe(true);
  });

  it('turns ok:false into a platform error with Slack’s error and the missing scope', async () => {
    const { slack } = recordingTransport({
      status: 200,
      body: { ok: false, error: 'missing_scope', needed: 'channels:history', provided: 'chat:write,channels:read' },
    });
    const error = await slack.conversations.history({ channel: 'C0COMMUNITY' }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(SlackError);
    expect(error).toMatchObject({ code: 'platform', slackError: 'missing_scope', needed: 'channels:history', method: 'conversations.history' });
  });

  it('reads a body the transport left as text', async () => {
    const { slack } = recordingTransport({ status: 200, body: '{"ok":false,"error":"not_in_channel"}' });
    await expect(slack.chat.postMessage({ channel: 'C0NOBOT', text: 'hi' })).rejects.toMatchObject({ code: 'platform', slackError: 'not_in_channel' });
  });

  it('hands a 429 back at once as rate_limited with its seconds, without retrying', async () => {
    const { sent, slack } = recordingTransport({ status: 429, body: { ok: false, error: 'ratelimited' }, retryAfterSeconds: 30 });
    await expect(slack.chat.postMessage({ channel: 'C0COMMUNITY', text: 'hi' })).rejects.toMatchObject({
      code: 'rate_limited',
      retryAfterSeconds: 30,
      status: 429,
    });
    expect(sent).toHaveLength(1);
  });

  it('leaves the wait unknown when the proxy dropped Retry-After', async () => {
    const { slack } = recordingTransport({ status: 429, body: '' });
    const error = (await slack.chat.postMessage({ channel: 'C0COMMUNITY', text: 'hi' }).catch((thrown: unknown) => thrown)) as SlackError;
    expect(error.code).toBe('rate_limited');
    expect(error.retryAfterSeconds).toBeUndefined();
  });

  it('treats other statuses and non-JSON answers as http errors', async () => {
    const { slack } = recordingTransport({ status: 502, body: '<html>Bad gateway</html>' }, { status: 200, body: '<html>captive portal</html>' });
    await expect(slack.auth.test()).rejects.toMatchObject({ code: 'http', status: 502 });
    await expect(slack.auth.test()).rejects.toMatchObject({ code: 'http', status: 200 });
  });

  it('maps transport rejections to network and timeout', async () => {
    const { slack } = recordingTransport(
      () => Promise.reject({ code: 'network', message: 'status 0' }),
      () => Promise.reject({ code: 'timeout', message: 'no answer in 15 s' }),
    );
    await expect(slack.chat.postMessage({ channel: 'C0COMMUNITY', text: 'hi' })).rejects.toMatchObject({ code: 'network', method: 'chat.postMessage' });
    await expect(slack.chat.postMessage({ channel: 'C0COMMUNITY', text: 'hi' })).rejects.toMatchObject({ code: 'timeout' });
  });
});
