import { describe, expect, test } from 'vitest';
import { createFakeChannel } from '../testing/fakeChannel';
import { detectReply } from './replyDetection';
import { readShareActivity } from './shareActivity';

const SHARED_AT = Date.parse('2026-11-24T10:00:00Z');
const REQUESTER = 9001;
const fromX = (username: string, name: string) => ({ channel: 'twitter', source: { from: { username, name, profile_url: `https://x.com/${username}` }, to: null, rel: null } });
const viaWeb = { channel: 'web', source: null };

const tweet = { id: 1, authorId: REQUESTER, authorName: 'Dana Whitfield', public: true, via: fromX('forkmaintainer', 'Dana Whitfield'), createdAt: '2026-11-24T09:00:00Z', body: 'merge trains for forks?', htmlBody: '' };

describe('a team member replied', () => {
  test('a public reply through X after the share, by someone other than the requester, names the responder and links the reply', () => {
    const reply = {
      id: 3,
      authorId: 7007,
      authorName: 'Jane Park',
      public: true,
      via: fromX('jane_ships_it', 'Jane Park'),
      createdAt: '2026-11-24T11:30:00Z',
      body: '@forkmaintainer it is on the roadmap! https://twitter.com/jane_ships_it/status/1859819410220339200',
      htmlBody: '',
    };
    expect(detectReply([tweet, reply], REQUESTER, SHARED_AT)).toEqual({
      commentId: 3,
      authorName: 'Jane Park',
      handle: 'jane_ships_it',
      createdAt: Date.parse('2026-11-24T11:30:00Z'),
      replyUrl: 'https://x.com/jane_ships_it/status/1859819410220339200',
    });
  });

  test('not a reply: the requester again, an internal note, the official account answering from Zendesk, anything before the share', () => {
    const comments = [
      tweet,
      { ...tweet, id: 2, createdAt: '2026-11-24T12:00:00Z', body: 'thanks!' },
      { ...tweet, id: 3, authorId: 1, authorName: 'Alex Advocate', public: false, via: viaWeb, createdAt: '2026-11-24T12:05:00Z' },
      { ...tweet, id: 4, authorId: 1, authorName: 'Alex Advocate', public: true, via: viaWeb, createdAt: '2026-11-24T12:10:00Z' },
      { ...tweet, id: 5, authorId: 7007, authorName: 'Jane Park', via: fromX('jane_ships_it', 'Jane Park'), createdAt: '2026-11-24T09:30:00Z' },
    ];
    expect(detectReply(comments, REQUESTER, SHARED_AT)).toBeNull();
  });
});

describe('what volunteers did in Slack', () => {
  test('without reactions:read and channels:history the missing scopes are listed and nothing throws', async () => {
    const channel = createFakeChannel({ scopes: ['chat:write'] });
    const activity = await readShareActivity(channel.slack, 'C0COMMUNITY', '1795500000.000100');
    expect(activity.missingScopes.sort()).toEqual(['channels:history', 'reactions:read']);
    expect(activity.replyCount).toBeNull();
  });

  test('the thread is counted and its posters named; the post’s category and note are read back from its metadata', async () => {
    const channel = createFakeChannel();
    const { ts } = await channel.slack.chat.postMessage({
      channel: 'C0COMMUNITY',
      text: 'A tweet worth a reply',
      metadata: { event_type: 'community_involvement_share', event_payload: { ticket_id: 121, tweet_url: 'https://x.com/a/status/1', status: 'open', category: 'product', note: 'ask about their fork workflow' } },
    });
    await channel.slack.chat.postMessage({ channel: 'C0COMMUNITY', thread_ts: ts, text: 'on it' });
    const activity = await readShareActivity(channel.slack, 'C0COMMUNITY', ts ?? '');
    expect(activity.replyCount).toBe(1);
    expect(activity.original).toEqual({ category: 'product', note: 'ask about their fork workflow' });
    expect(activity.missingScopes).toEqual([]);
  });
});
