import { describe, expect, it } from 'vitest';
import { parseForumUrl } from './forum';
import { parseHackerNewsUrl } from './hackerNews';
import { PLATFORMS, type PostLink } from './post';
import { checkReplyLink, readPostUrl } from './postUrl';
import { parseRedditUrl } from './reddit';
import { ALL_SOURCES } from './testing/urlCases';

function linkOf(link: PostLink | null): PostLink {
  if (!link) throw new Error('the test link does not parse');
  return link;
}

describe('readPostUrl: a link the advocate pastes', () => {
  it('accepts every platform’s post link in canonical form', () => {
    expect(readPostUrl(' https://m.reddit.com/r/gitlab/comments/1h2k3lm/x/ ', ALL_SOURCES)).toMatchObject({ ok: true, link: { platform: 'reddit', url: 'https://www.reddit.com/r/gitlab/comments/1h2k3lm/' } });
    expect(readPostUrl('news.ycombinator.com/item?id=42101234', ALL_SOURCES)).toMatchObject({ ok: true, link: { platform: 'hacker_news' } });
  });

  it('says when the link is from a source the admin turned off', () => {
    const settings = { ...ALL_SOURCES, enabledSources: PLATFORMS.filter((p) => p !== 'hacker_news') };
    expect(readPostUrl('https://news.ycombinator.com/item?id=42101234', settings)).toMatchObject({ ok: false, code: 'source_off' });
  });

  it('tells a share link apart from a link that is no post at all', () => {
    expect(readPostUrl('https://t.co/Qm7xPz2LkA', ALL_SOURCES)).toEqual({ ok: false, code: 'short_link' });
    expect(readPostUrl('https://www.facebook.com/share/p/1AbCdEfGhI/', ALL_SOURCES)).toEqual({ ok: false, code: 'short_link' });
    expect(readPostUrl('https://example.com/blog', ALL_SOURCES)).toEqual({ ok: false, code: 'not_a_post' });
  });
});

describe('checkReplyLink: a team member’s reply, where replies do not come back into Zendesk', () => {
  const story = linkOf(parseHackerNewsUrl('https://news.ycombinator.com/item?id=42101234'));
  const redditPost = linkOf(parseRedditUrl('https://www.reddit.com/r/gitlab/comments/1h2k3lm/runner/'));
  const topic = linkOf(parseForumUrl('https://forum.gitlab.com/t/runner-stuck/98765', ALL_SOURCES));

  it('accepts any Hacker News item as the reply (HN links do not name their story)', () => {
    expect(checkReplyLink(story, 'https://news.ycombinator.com/item?id=42109999', ALL_SOURCES)).toMatchObject({ ok: true, link: { url: 'https://news.ycombinator.com/item?id=42109999' } });
  });

  it('refuses the post’s own link, another site, and a look-alike host', () => {
    expect(checkReplyLink(story, 'https://news.ycombinator.com/item?id=42101234#x', ALL_SOURCES)).toEqual({ ok: false, code: 'same_as_post' });
    expect(checkReplyLink(story, 'https://www.reddit.com/r/gitlab/comments/1h2k3lm/', ALL_SOURCES)).toEqual({ ok: false, code: 'other_platform' });
    expect(checkReplyLink(story, 'https://news.ycombinator.com.evil.io/item?id=42109999', ALL_SOURCES)).toEqual({ ok: false, code: 'not_a_link' });
  });

  it('accepts a Reddit comment under the same post only', () => {
    expect(checkReplyLink(redditPost, 'https://old.reddit.com/r/gitlab/comments/1h2k3lm/runner/m0abc12/?context=3', ALL_SOURCES).ok).toBe(true);
    expect(checkReplyLink(redditPost, 'https://www.reddit.com/r/gitlab/comments/1zzzzzz/other/m0abc12/', ALL_SOURCES)).toEqual({ ok: false, code: 'other_thread' });
    expect(checkReplyLink(redditPost, 'https://www.reddit.com/r/gitlab/comments/1zzzzzz/', ALL_SOURCES)).toEqual({ ok: false, code: 'other_thread' });
  });

  it('accepts a later post in the same forum topic only', () => {
    expect(checkReplyLink(topic, 'https://forum.gitlab.com/t/runner-stuck/98765/4?u=jane', ALL_SOURCES)).toMatchObject({ ok: true, link: { url: 'https://forum.gitlab.com/t/98765/4' } });
    expect(checkReplyLink(topic, 'https://forum.gitlab.com/t/other/12345/2', ALL_SOURCES)).toEqual({ ok: false, code: 'other_thread' });
    expect(checkReplyLink(topic, 'https://forum.gitlab.com/t/runner-stuck/98765/1', ALL_SOURCES)).toEqual({ ok: false, code: 'same_as_post' });
  });
});
