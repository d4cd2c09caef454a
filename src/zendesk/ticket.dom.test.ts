import { afterEach, describe, expect, it } from 'vitest';
import { createZafHost, type RequestAnswer, type ZafHost } from './testing/zafHost';
import { TWEET_TICKET_ID, tweetCommentsBody, tweetTicketBody, tweetTicketValues } from './testing/tweetTicket';
import { readTicketSnapshot, readTicketState } from './ticket';
import { createZafClient } from './zafClient';

let host: ZafHost | undefined;

afterEach(() => host?.close());

function openTicket(values: Record<string, unknown>, onRequest?: (options: Record<string, unknown>) => RequestAnswer) {
  host = createZafHost({
    values,
    onRequest:
      onRequest ??
      ((options) =>
        options.url === `/api/v2/tickets/${TWEET_TICKET_ID}/comments.json?include=users`
          ? { kind: 'done', body: tweetCommentsBody }
          : { kind: 'fail', status: 404 }),
  });
  return { host, zaf: createZafClient(host.client) };
}

describe('readTicketSnapshot', () => {
  it('reads a tweet ticket with one batched get and one REST call', async () => {
    const { zaf, host } = openTicket(tweetTicketValues);
    const snapshot = await readTicketSnapshot(zaf, TWEET_TICKET_ID);

    expect(host.rpcs('get')).toHaveLength(1);
    expect(host.requests()).toEqual([
      expect.objectContaining({ url: '/api/v2/tickets/4711/comments.json?include=users', type: 'GET' }),
    ]);
    expect(snapshot).toMatchObject({
      id: 4711,
      status: 'open',
      tags: ['twitter', 'mention'],
      updatedAt: '2026-11-20T09:14:03Z',
      via: { channel: 'twitter', source: { from: { username: 'priya_builds' }, rel: null } },
      requester: { id: 90210, name: 'Priya Raman', handle: 'priya_builds', profileUrl: 'https://x.com/priya_builds' },
      currentUser: { id: 501, name: 'Alice Advocate', locale: 'en-US' },
    });
    expect(snapshot.description).toContain('merge trains');
    expect(snapshot.comments.map(({ authorName, public: isPublic }) => ({ authorName, isPublic }))).toEqual([
      { authorName: 'Priya Raman', isPublic: true },
      { authorName: 'Alice Advocate', isPublic: false },
    ]);
    expect(snapshot.comments[0]).toMatchObject({
      id: 88001,
      authorId: 90210,
      createdAt: '2026-11-20T09:12:41Z',
      via: { channel: 'twitter' },
      htmlBody: expect.stringContaining('<a href="https://x.com/priya_builds/status/1861234567890123456">'),
    });
  });

  it('names a numeric X channel (30 mention, 26 direct message, 23 like)', async () => {
    const dm = { channel: 26, source: { from: { username: '@devops_dan', name: 'Dan' }, to: { username: 'gitlab' }, rel: 'direct_message' } };
    const { zaf } = openTicket({ ...tweetTicketValues, 'ticket.via': dm });
    const snapshot = await readTicketSnapshot(zaf, TWEET_TICKET_ID);
    expect(snapshot.via).toEqual({
      channel: 'twitter_dm',
      source: { from: { username: 'devops_dan', name: 'Dan' }, to: { username: 'gitlab' }, rel: 'direct_message' },
    });
    host?.close();

    const mention = openTicket({ ...tweetTicketValues, 'ticket.via': { channel: 30 } });
    expect((await readTicketSnapshot(mention.zaf, TWEET_TICKET_ID)).via).toEqual({ channel: 'twitter' });
    host?.close();

    const like = openTicket({ ...tweetTicketValues, 'ticket.via': { channel: '23', source: null } });
    expect((await readTicketSnapshot(like.zaf, TWEET_TICKET_ID)).via).toEqual({ channel: 'twitter_favorite' });
  });

  it('copes with a requester without fields, missing tags and a host without some paths', async () => {
    const { 'ticket.tags': _tags, 'ticket.updatedAt': _updated, ...rest } = tweetTicketValues;
    const { zaf } = openTicket({ ...rest, 'ticket.requester': {}, 'ticket.via': { channel: 'twitter' } });
    const snapshot = await readTicketSnapshot(zaf, TWEET_TICKET_ID);
    expect(snapshot.tags).toEqual([]);
    expect(snapshot.updatedAt).toBe('');
    expect(snapshot.requester).toEqual({ id: null, name: '' });
  });

  it('finds the handle on an X identity when the via source has none', async () => {
    const { zaf } = openTicket({ ...tweetTicketValues, 'ticket.via': { channel: 'twitter', source: { from: {}, to: {}, rel: null } } });
    const snapshot = await readTicketSnapshot(zaf, TWEET_TICKET_ID);
    expect(snapshot.requester).toMatchObject({ handle: 'priya_builds', profileUrl: 'https://x.com/priya_builds' });
  });

  it('fails with the typed error when the comments cannot be read', async () => {
    const { zaf } = openTicket(tweetTicketValues, () => ({ kind: 'fail', status: 403, body: { error: 'Forbidden' } }));
    await expect(readTicketSnapshot(zaf, TWEET_TICKET_ID)).rejects.toMatchObject({ code: 'forbidden' });
  });
});

describe('readTicketState', () => {
  it('reads tags, stamp and status from the server, not the draft', async () => {
    const { zaf, host } = openTicket(tweetTicketValues, () => ({
      kind: 'done',
      body: tweetTicketBody('2026-11-20T09:20:00Z', ['twitter', 'mention', 'ci_share_pending']),
    }));
    await expect(readTicketState(zaf, TWEET_TICKET_ID)).resolves.toEqual({
      tags: ['twitter', 'mention', 'ci_share_pending'],
      updatedAt: '2026-11-20T09:20:00Z',
      status: 'open',
    });
    expect(host.requests()).toEqual([expect.objectContaining({ url: '/api/v2/tickets/4711.json', type: 'GET' })]);
    expect(host.rpcs('get')).toHaveLength(0);
  });
});
