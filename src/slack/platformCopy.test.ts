import { describe, expect, it } from 'vitest';
import de from '../../translations/de.json';
import { PLATFORMS } from '../sources/post';
import { slackCopyFrom } from './copy';
import { platformCopy } from './platformCopy';

describe('platformCopy: what Slack messages say about a post’s platform', () => {
  it('tells volunteers to answer on Hacker News from their own account, disclosing and without marketing', () => {
    const copy = platformCopy('hacker_news');
    expect(copy.name).toBe('Hacker News');
    expect(copy.answerOn).toBe('Answer on Hacker News from your own account');
    expect(copy.openPost).toBe('Open on Hacker News');
    expect(copy.etiquette).toContain('say that you work at the company');
    expect(copy.etiquette).toContain('no marketing language');
    expect(copy.etiquetteLine).toMatch(/^On Hacker News: say that you work at the company, no marketing language/);
    expect(copy.header).toBe('A Hacker News post worth a reply');
  });

  it('asks Reddit answers to follow the subreddit’s rules and to disclose', () => {
    expect(platformCopy('reddit').etiquette).toEqual(expect.arrayContaining(["follow the subreddit's rules", 'say that you work at the company']));
  });

  it('has every phrase for every platform (no key comes back untranslated)', () => {
    for (const platform of PLATFORMS) {
      const copy = platformCopy(platform);
      for (const text of [copy.name, copy.header, copy.answerOn, copy.openPost, copy.etiquetteLine, ...copy.etiquette]) {
        expect(text).not.toMatch(/^(platform|sources)\./);
      }
    }
  });

  it('speaks the channel’s language when given its copy', () => {
    expect(platformCopy('facebook', slackCopyFrom(de)).answerOn).toBe('Antworte auf Facebook mit deinem eigenen Konto');
  });
});
