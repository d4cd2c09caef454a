import { describe, expect, it } from 'vitest';
import { findTweetUrl } from './findTweetUrl';
import { parseTweetUrl } from './tweetUrl';

const ID = '1859203847561029632';
const CANONICAL = `https://x.com/sarah_codes/status/${ID}`;

describe('parseTweetUrl: links advocates paste or tickets carry', () => {
  it.each([
    `https://twitter.com/sarah_codes/status/${ID}`,
    `https://x.com/sarah_codes/status/${ID}`,
    `http://www.twitter.com/sarah_codes/status/${ID}`,
    `https://mobile.twitter.com/sarah_codes/status/${ID}`,
    `https://mobile.x.com/sarah_codes/status/${ID}`,
    `https://www.x.com/sarah_codes/status/${ID}`,
    `twitter.com/sarah_codes/status/${ID}`,
    `https://twitter.com/sarah_codes/statuses/${ID}`,
    `https://twitter.com/sarah_codes/status/${ID}?s=20&t=8nKc2yYvQw`,
    `https://twitter.com/sarah_codes/status/${ID}?ref_src=twsrc%5Etfw#m`,
    `https://x.com/sarah_codes/status/${ID}/photo/1`,
    `https://x.com/sarah_codes/status/${ID}/video/1`,
    `https://x.com/sarah_codes/status/${ID}/`,
    `<https://x.com/sarah_codes/status/${ID}>`,
    `(https://x.com/sarah_codes/status/${ID}).`,
    `"https://x.com/sarah_codes/status/${ID}",`,
    `https://x.com/sarah_codes/status/${ID}!!`,
    `HTTPS://X.COM/sarah_codes/status/${ID}`,
  ])('accepts %s', (raw) => {
    expect(parseTweetUrl(raw)?.id).toBe(ID);
    expect(parseTweetUrl(raw)?.url.toLowerCase()).toBe(CANONICAL);
  });

  it('keeps the handle as written and builds the canonical x.com link', () => {
    expect(parseTweetUrl(`https://mobile.twitter.com/Sarah_Codes/status/${ID}?s=21`)).toEqual({
      url: `https://x.com/Sarah_Codes/status/${ID}`,
      user: 'Sarah_Codes',
      id: ID,
    });
  });

  it('accepts /i/web/status links, which carry no handle', () => {
    expect(parseTweetUrl(`https://twitter.com/i/web/status/${ID}`)).toEqual({ url: `https://x.com/i/status/${ID}`, user: 'i', id: ID });
  });

  it.each([
    ['a profile', 'https://x.com/sarah_codes'],
    ['a search', 'https://x.com/search?q=gitlab&src=typed_query'],
    ['an intent', `https://twitter.com/intent/tweet?in_reply_to=${ID}`],
    ['a hashtag', 'https://twitter.com/hashtag/devops'],
    ['a non-numeric id', 'https://x.com/sarah_codes/status/abc123'],
    ['a look-alike host', `https://x.com.evil.io/sarah_codes/status/${ID}`],
    ['credentials in front of another host', `https://twitter.com@evil.io/sarah_codes/status/${ID}`],
    ['a host that only ends like twitter', `https://nottwitter.com/sarah_codes/status/${ID}`],
    ['another scheme', `javascript://x.com/sarah_codes/status/${ID}`],
    ['a port', `https://x.com:8443/sarah_codes/status/${ID}`],
    ['a short link', 'https://t.co/Qm7xPz2LkA'],
    ['a page under the status that is not media', `https://x.com/sarah_codes/status/${ID}/edit/other`],
    ['text with spaces', `see https://x.com/sarah_codes/status/${ID}`],
    ['an empty string', ''],
  ])('rejects %s', (_label, raw) => {
    expect(parseTweetUrl(raw)).toBeNull();
  });
});

describe('findTweetUrl: looking through the whole ticket', () => {
  it('finds the link in a plain comment body', () => {
    const found = findTweetUrl({ comments: [{ body: `Loving @gitlab CI 🚀 https://twitter.com/sarah_codes/status/${ID}` }] });
    expect(found.url).toBe(CANONICAL);
  });

  it('finds the link in an HTML body with escaped ampersands', () => {
    const htmlBody = `<p>question</p><p><a href="https://x.com/kdevops/status/1859216638904512771?s=20&amp;t=abc" rel="noreferrer">View on X</a></p>`;
    expect(findTweetUrl({ comments: [{ htmlBody }] }).url).toBe('https://x.com/kdevops/status/1859216638904512771');
  });

  it('prefers the requester’s own status over a quoted one', () => {
    const description = `Same here! https://x.com/someone_else/status/1111111111111111111 and mine: https://x.com/ops_marta/status/${ID}`;
    const via = { channel: 'twitter', source: { from: { username: 'ops_marta', profile_url: 'https://twitter.com/ops_marta' } } };
    const found = findTweetUrl({ description, via });
    expect(found.url).toBe(`https://x.com/ops_marta/status/${ID}`);
    expect(found.candidates).toHaveLength(2);
  });

  it('reports a ticket with only a t.co link so the panel can ask for the real one', () => {
    const found = findTweetUrl({ description: 'Wrote up how we cut our runner costs 👇 https://t.co/Xk3p9QzL2a' });
    expect(found).toEqual({ url: null, candidates: [], shortLinks: ['https://t.co/Xk3p9QzL2a'] });
  });

  it('returns nothing for a ticket without links, and ignores profile links in the Via source', () => {
    const via = { channel: 'twitter', source: { from: { profile_url: 'https://twitter.com/nora', username: 'nora' } } };
    expect(findTweetUrl({ description: 'Can you help me get back into my account?', via })).toEqual({ url: null, candidates: [], shortLinks: [] });
  });

  it('ignores look-alike links in the text', () => {
    const description = `phish: https://x.com.evil.io/a/status/${ID} and nottwitter.com/a/status/${ID}`;
    expect(findTweetUrl({ description }).url).toBeNull();
  });
});
