import { describe, expect, it } from 'vitest';
import { findPost } from './findPost';
import { PLATFORMS } from './post';
import { ALL_SOURCES } from './testing/urlCases';

const API_VIA = { channel: 'api', source: { from: null, to: null, rel: null } };
const FACEBOOK_FROM = { name: 'Priya Raman', profile_url: 'https://www.facebook.com/priya.raman.dev' };

describe('findPost: the post a ticket carries, on any platform', () => {
  it('finds a Hacker News item an integration put in the description, with its author from the requester', () => {
    const post = findPost(
      {
        description: 'New comment mentioning GitLab on Hacker News by tptacek:\n\nhttps://news.ycombinator.com/item?id=42101234\n\n> We moved to GitLab CI last year…',
        via: API_VIA,
        requester: { name: 'tptacek' },
      },
      ALL_SOURCES,
    );
    expect(post).toMatchObject({ platform: 'hacker_news', url: 'https://news.ycombinator.com/item?id=42101234', isPublic: true, repliesComeBack: false, enabled: true });
    expect(post.author).toEqual({ name: 'tptacek', handle: 'tptacek', profileUrl: 'https://news.ycombinator.com/user?id=tptacek' });
  });

  it('finds a Reddit comment in an HTML body with escaped ampersands', () => {
    const htmlBody = '<p>Mention in r/devops</p><p><a href="https://old.reddit.com/r/devops/comments/1h9zq0x/gitlab_vs_github/m1x2y3z/?utm_source=share&amp;context=3">permalink</a></p>';
    const post = findPost({ description: 'Mention in r/devops', comments: [{ htmlBody }], via: API_VIA, requester: { name: 'u/ops_marta' } }, ALL_SOURCES);
    expect(post.url).toBe('https://www.reddit.com/r/devops/comments/1h9zq0x/comment/m1x2y3z/');
    expect(post.link).toMatchObject({ kind: 'comment', thread: '1h9zq0x' });
    expect(post.author).toEqual({ name: 'u/ops_marta', handle: 'ops_marta', profileUrl: 'https://www.reddit.com/user/ops_marta/' });
  });

  it('reads a Facebook page post from the Facebook channel, public, author from the channel', () => {
    const post = findPost(
      {
        description: 'Is there a way to run GitLab Runner on a Raspberry Pi?',
        comments: [{ body: 'Is there a way to run GitLab Runner on a Raspberry Pi? https://www.facebook.com/gitlab/posts/10160234567891234?__tn__=R' }],
        via: { channel: 'facebook', source: { from: FACEBOOK_FROM, to: { name: 'GitLab' }, rel: 'post' } },
        requester: { name: 'Priya Raman' },
      },
      ALL_SOURCES,
    );
    expect(post).toMatchObject({ platform: 'facebook', url: 'https://www.facebook.com/gitlab/posts/10160234567891234', isPublic: true, repliesComeBack: true });
    expect(post.author).toEqual({ name: 'Priya Raman', profileUrl: 'https://www.facebook.com/priya.raman.dev' });
  });

  it('knows a Facebook page message is private even without a link', () => {
    const post = findPost({ description: 'Hi, my account is locked', via: { channel: 'facebook', source: { from: FACEBOOK_FROM, rel: 'message' } } }, ALL_SOURCES);
    expect(post).toMatchObject({ platform: 'facebook', url: null, isPublic: false });
    expect(findPost({ description: 'hi', via: { channel: 41 } }, ALL_SOURCES)).toMatchObject({ platform: 'facebook', isPublic: false });
  });

  it('keeps X as it was: the requester’s own status wins, DMs are private, t.co links are reported', () => {
    const via = { channel: 'twitter', source: { from: { username: 'ops_marta', name: 'Marta', profile_url: 'https://twitter.com/ops_marta' } } };
    const description = 'Same! https://x.com/someone_else/status/1111111111111111111 mine: https://x.com/ops_marta/status/1859203847561029632';
    expect(findPost({ description, via }, ALL_SOURCES)).toMatchObject({ platform: 'x', url: 'https://x.com/ops_marta/status/1859203847561029632', isPublic: true });
    expect(findPost({ description: 'help', via: { channel: 'twitter_dm' } }, ALL_SOURCES)).toMatchObject({ platform: 'x', isPublic: false });
    expect(findPost({ description: 'look 👇 https://t.co/Xk3p9QzL2a', via }, ALL_SOURCES)).toMatchObject({ url: null, shortLinks: ['https://t.co/Xk3p9QzL2a'] });
  });

  it('takes the channel’s platform over a link to another platform inside the post', () => {
    const via = { channel: 'twitter', source: { from: { username: 'ops_marta' } } };
    const post = findPost({ description: 'Good thread: https://news.ycombinator.com/item?id=42101234', via }, ALL_SOURCES);
    expect(post).toMatchObject({ platform: 'x', url: null });
  });

  it('finds a forum topic on the host from the settings, and none on another host', () => {
    const description = 'New topic: https://forum.gitlab.com/t/runner-stuck-in-pending/98765?u=bot';
    expect(findPost({ description, via: API_VIA }, ALL_SOURCES)).toMatchObject({ platform: 'forum', url: 'https://forum.gitlab.com/t/98765' });
    expect(findPost({ description, via: API_VIA }, { ...ALL_SOURCES, forumHost: 'discuss.example.org' }).url).toBeNull();
  });

  it('says when the ticket’s source is turned off in the settings', () => {
    const post = findPost({ description: 'https://redd.it/1h2k3lm', via: API_VIA }, { ...ALL_SOURCES, enabledSources: PLATFORMS.filter((p) => p !== 'reddit') });
    expect(post).toMatchObject({ platform: 'reddit', url: 'https://www.reddit.com/comments/1h2k3lm/', enabled: false });
  });

  it('ignores look-alike hosts, userinfo tricks and javascript: links in the text', () => {
    const description = [
      'https://news.ycombinator.com.evil.io/item?id=1',
      'https://www.reddit.com@evil.io/r/gitlab/comments/1h2k3lm/',
      'javascript://www.facebook.com/gitlab/posts/1',
      'https://forum.gitlab.com.evil.io/t/x/1',
    ].join(' ');
    expect(findPost({ description, via: API_VIA }, ALL_SOURCES)).toMatchObject({ platform: 'x', url: null, shortLinks: [] });
  });

  it('reports a share link that hides the post, on its platform', () => {
    expect(findPost({ description: 'see https://www.reddit.com/r/gitlab/s/AbC123xyZ9', via: API_VIA }, ALL_SOURCES)).toMatchObject({
      platform: 'reddit',
      url: null,
      shortLinks: ['https://www.reddit.com/r/gitlab/s/AbC123xyZ9'],
    });
  });
});
