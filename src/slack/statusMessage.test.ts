import { describe, expect, it } from 'vitest';
import { buildRespondedThreadReply, buildRespondedUpdate, buildWithdrawnUpdate, readShareMetadata } from './statusMessage';
import { buildShareMessage } from './shareMessage';
import { hostileShare, praiseShare } from './testing/shareInputs';
import { expectOnlyOurMarkup, expectWithinBlockKitLimits } from './testing/slackMessageChecks';

type Block = { type: string; text?: { text: string } };

const posted = { ...praiseShare(), ts: '1795190607.318400' };
const reply = {
  handle: 'jane_codes',
  at: new Date('2026-11-14T09:30:00Z'),
  replyUrl: 'https://x.com/jane_codes/status/1858200000000000001',
  markedBy: 'Alex Advocate',
};

function blocksOf(message: { blocks: unknown[] }): Block[] {
  return message.blocks as Block[];
}

describe('buildRespondedUpdate', () => {
  it('marks the post responded, names who replied and when, and links the reply', () => {
    const update = buildRespondedUpdate(posted, reply);
    expect(update.channel).toBe('C0COMMUNITY');
    expect(update.ts).toBe('1795190607.318400');
    expect(blocksOf(update)[0]?.text?.text).toBe('✅ Responded: a tweet from the community');
    expect(blocksOf(update)[1]?.text?.text).toBe(
      ':white_check_mark: *Responded by* @jane_codes · <!date^1794648600^{date_short_pretty} {time}|2026-11-14T09:30:00.000Z> · ' +
        '<https://x.com/jane_codes/status/1858200000000000001|View reply>',
    );
    expect(JSON.stringify(update)).toContain('Marked as responded by Alex Advocate');
  });

  it('keeps the tweet, the details and the links of the original post', () => {
    const original = blocksOf(buildShareMessage(praiseShare()));
    const update = blocksOf(buildRespondedUpdate(posted, reply));
    expect(update.slice(2, 4)).toEqual(original.slice(1, 3));
  });

  it('sets parse none, because chat.update parses like a client by default', () => {
    expect(buildRespondedUpdate(posted, reply).parse).toBe('none');
  });

  it('records responded in the metadata', () => {
    expect(buildRespondedUpdate(posted, reply).metadata?.event_payload).toEqual({
      ticket_id: 120,
      tweet_url: 'https://x.com/oss_ollie/status/1858171460147937280',
      post_url: 'https://x.com/oss_ollie/status/1858171460147937280',
      platform: 'x',
      status: 'responded',
      category: 'positive_feedback',
      note: 'Big migration, worth a personal thank-you',
    });
  });

  it('says it without a link when the reply URL is unknown', () => {
    const update = buildRespondedUpdate(posted, { ...reply, replyUrl: undefined });
    expect(blocksOf(update)[1]?.text?.text).not.toContain('View reply');
  });

  it('keeps hostile handles and names dead text, within limits', () => {
    const update = buildRespondedUpdate(
      { ...hostileShare(), ts: '1.2' },
      { handle: '<!channel>', at: new Date(0), replyUrl: 'https://x.com/a|<!here>', markedBy: '@everyone' },
    );
    expectOnlyOurMarkup(update);
    expectWithinBlockKitLimits(update);
    expect(update.text.length).toBeLessThanOrEqual(300);
  });
});

describe('buildRespondedThreadReply', () => {
  it('replies quietly in the thread of the post, without unfurling the reply', () => {
    const message = buildRespondedThreadReply(posted, reply);
    expect(message).toMatchObject({ channel: 'C0COMMUNITY', thread_ts: '1795190607.318400', unfurl_links: false, unfurl_media: false });
    expect(message.text).toBe('Responded by @jane_codes · <https://x.com/jane_codes/status/1858200000000000001|View reply>');
    expect(message).not.toHaveProperty('reply_broadcast');
  });

  it('neutralises a broadcast word in the handle', () => {
    expect(buildRespondedThreadReply(posted, { ...reply, handle: 'here', replyUrl: undefined }).text).toBe('Responded by @\u2060here');
  });
});

describe('buildWithdrawnUpdate', () => {
  it('marks the post withdrawn and removes the tweet so it is no longer promoted', () => {
    const update = buildWithdrawnUpdate(posted, { by: 'Alex Advocate', at: new Date('2026-11-14T10:00:00Z') });
    const text = JSON.stringify(update);
    expect(blocksOf(update)[0]?.text?.text).toBe('Withdrawn: no reply needed');
    expect(blocksOf(update).some((block) => block.type === 'rich_text')).toBe(false);
    expect(text).not.toContain('The importer kept every issue');
    expect(text).not.toContain('|Open tweet>');
    expect(text).toContain("Alex Advocate withdrew this tweet on <!date^1794650400^");
    expect(update.metadata?.event_payload?.status).toBe('withdrawn');
    expect(update.parse).toBe('none');
    expect(update.text).toBe('Withdrawn: a tweet from @oss_ollie no longer needs a reply');
  });

  it('names the platform of a post that is not a tweet, and never says tweet', () => {
    const hnPosted = { ...posted, post: { ...posted.post, platform: 'hacker_news' as const, url: 'https://news.ycombinator.com/item?id=21113096' } };
    const update = buildWithdrawnUpdate(hnPosted, { by: 'Alex Advocate', at: new Date('2026-11-14T10:00:00Z') });
    expect(JSON.stringify(update)).toContain('Alex Advocate withdrew this Hacker News post on <!date^1794650400^');
    expect(update.text).toBe('Withdrawn: a Hacker News post from @oss_ollie no longer needs a reply');
    expect(JSON.stringify([update.text, update.blocks]).toLowerCase()).not.toContain('tweet');
  });
});

describe('readShareMetadata', () => {
  it('reads our metadata back from a conversations.history message', () => {
    const message = { type: 'message', ts: '1795190607.318400', metadata: buildShareMessage(praiseShare()).metadata };
    expect(readShareMetadata(message)).toEqual({
      ticket_id: 120,
      tweet_url: 'https://x.com/oss_ollie/status/1858171460147937280',
      post_url: 'https://x.com/oss_ollie/status/1858171460147937280',
      platform: 'x',
      status: 'open',
      category: 'positive_feedback',
      note: 'Big migration, worth a personal thank-you',
    });
  });

  it('accepts a ticket id Slack returns as a string', () => {
    const message = { metadata: { event_type: 'community_involvement_share', event_payload: { ticket_id: '121', tweet_url: 'https://x.com/a/status/1', status: 'responded' } } };
    // A post made before other platforms had only tweet_url: it is an X post with that URL.
    expect(readShareMetadata(message)).toEqual({ ticket_id: 121, tweet_url: 'https://x.com/a/status/1', post_url: 'https://x.com/a/status/1', platform: 'x', status: 'responded' });
  });

  it('ignores messages from people and other apps', () => {
    expect(readShareMetadata({})).toBeNull();
    expect(readShareMetadata({ metadata: { event_type: 'task_created', event_payload: { ticket_id: 120 } } })).toBeNull();
    expect(readShareMetadata({ metadata: { event_type: 'community_involvement_share', event_payload: { ticket_id: 'abc' } } })).toBeNull();
  });
});

describe('a reply given by its link (Hacker News, Reddit, the forum)', () => {
  const hnPosted = { ...posted, post: { ...posted.post, platform: 'hacker_news' as const, url: 'https://news.ycombinator.com/item?id=21113096' } };
  const byLink = { handle: '', at: new Date('2026-11-14T09:30:00Z'), replyUrl: 'https://news.ycombinator.com/item?id=21113555', markedBy: 'Alex Advocate' };

  it('names the platform, not a tweet or a handle, and links the reply', () => {
    const update = buildRespondedUpdate(hnPosted, byLink);
    const text = JSON.stringify(update.blocks);
    expect(blocksOf(update)[0]?.text?.text).toBe('✅ Responded: a Hacker News post from the community');
    expect(blocksOf(update)[1]?.text?.text).toContain('*Responded on Hacker News*');
    expect(blocksOf(update)[1]?.text?.text).toContain('<https://news.ycombinator.com/item?id=21113555|View reply>');
    expect(text).not.toContain('tweet');
    expect(text).not.toContain('Responded by');
    expect(update.text).toMatch(/^Responded on Hacker News: a post from /);
    expectOnlyOurMarkup(update);
  });

  it('replies in the thread with the platform and the link', () => {
    expect(buildRespondedThreadReply(hnPosted, byLink).text).toBe('Responded on Hacker News · <https://news.ycombinator.com/item?id=21113555|View reply>');
  });
});
