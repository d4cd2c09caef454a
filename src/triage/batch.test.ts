import { describe, expect, it } from 'vitest';
import { isLineError, triageLine } from './batch';

function resultOf(line: object) {
  const triaged = triageLine(JSON.stringify(line));
  if (isLineError(triaged)) throw new Error(triaged.message);
  return triaged.result;
}

describe('triageLine: every report line names the post’s source and canonical link', () => {
  it('reports a Hacker News comment with its item link and no tweet link', () => {
    const result = resultOf({ id: 'hn-1', text: 'We moved to GitLab CI last year. https://news.ycombinator.com/item?id=42101234&p=2', via: { channel: 'api' } });
    expect(result).toMatchObject({ source: 'hacker_news', post_url: 'https://news.ycombinator.com/item?id=42101234', tweet_url: null });
  });

  it('reports a Reddit comment in its canonical form, from the comments', () => {
    const result = resultOf({ id: 'rd-1', text: 'GitLab runners keep dying', comments: [{ body: 'https://old.reddit.com/r/gitlab/comments/1h2k3lm/runner/m0abc12/?context=3' }] });
    expect(result).toMatchObject({ source: 'reddit', post_url: 'https://www.reddit.com/r/gitlab/comments/1h2k3lm/comment/m0abc12/' });
  });

  it('keeps tweet_url for X, the same as post_url', () => {
    const result = resultOf({ id: 'x-1', text: 'Love @gitlab https://twitter.com/sarah_codes/status/1859203847561029632?s=20' });
    expect(result).toMatchObject({ source: 'x', post_url: 'https://x.com/sarah_codes/status/1859203847561029632', tweet_url: 'https://x.com/sarah_codes/status/1859203847561029632' });
  });
});
