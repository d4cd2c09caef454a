import { describe, expect, it } from 'vitest';
import { frontPageEvidence, hiringThreadEvidence, namesBrand } from './hackerNewsShape';

const BRAND = ['GitLab', 'GitLab.com'];

describe('a front-page thread', () => {
  it('reads the story line an integration ticket carries', () => {
    // news.ycombinator.com/item?id=13607890
    const story = 'GitLab’s Secret to Managing Employees in 160 Locations: Write Everything Down (blog.ycombinator.com)\n520 points by craigcannon on Feb 9, 2017 | hide | past | favorite | 311 comments';
    const found = frontPageEvidence(story);
    expect(found.onFrontPage).toBe(true);
    expect(found.evidence.map((evidence) => evidence.text)).toEqual(['520 points']);
    expect(story.slice(found.evidence[0]?.start, found.evidence[0]?.end)).toBe('520 points');
  });

  it.each([
    ['says so', 'New mention on the front page: "GitLab 17 released" (about.gitlab.com)'],
    ['gives its rank', 'Story ranked #4: GitLab raises $20M (techcrunch.com)'],
    ['says where on HN', 'GitLab is #12 on Hacker News right now'],
  ])('when the ticket %s', (_how, text) => {
    expect(frontPageEvidence(text).onFrontPage).toBe(true);
  });

  it('not for a young story, a rank on page two, or points that are no score', () => {
    expect(frontPageEvidence('Show HN: a GitLab CI linter (github.com)\n12 points by someone 1 hour ago | 3 comments').onFrontPage).toBe(false);
    expect(frontPageEvidence('GitLab 16.4 released, rank 45').onFrontPage).toBe(false);
    expect(frontPageEvidence('This has 3 good points about GitLab CI.').onFrontPage).toBe(false);
  });

  it('a comment ticket can learn it from the rest of the ticket, without evidence in the comment', () => {
    const found = frontPageEvidence('I moved my projects to Gitlab and never looked back.', ['Thread: Alphabet Backs GitLab (353 points, front page)']);
    expect(found).toEqual({ onFrontPage: true, evidence: [] });
  });

  it('is about the brand when the brand is named, a story’s domain included', () => {
    expect(namesBrand('Our Handbook is open source: here’s why (about.gitlab.com)', BRAND)).toBe(true);
    expect(namesBrand('Why we left gitlab', BRAND)).toBe(true);
    expect(namesBrand('Show HN: gitlabby, a toy (github.com)', BRAND)).toBe(false);
  });
});

describe('the monthly hiring threads', () => {
  it('a "Who wants to be hired?" form is a job post', () => {
    // HN item 33071147, as the API's HTML reads once made text.
    const form = 'SEEKING WORK Location: San Francisco\nRemote: Yes\nWilling to relocate: Nope\nTechnologies: Javascript, nodejs, kubernetes, ci, testing, etc\nRésumé/CV: On request\nEmail: charles@geuis.com';
    expect(hiringThreadEvidence(form).map((evidence) => evidence.text.trim())).toEqual(['Remote:', 'Willing to relocate:', 'Technologies:', 'Résumé/CV:', 'Email:']);
  });

  it('a "Who is hiring?" header is a job post', () => {
    const post = 'D2iQ | https://d2iq.com/ | Remote - USA, UK, or Germany | Full-Time\n\nD2iQ accelerates Day 2 success on enterprise Kubernetes.';
    expect(hiringThreadEvidence(post)).toEqual([{ text: 'D2iQ | https://d2iq.com/ | Remote - USA, UK, or Germany | Full-Time', start: 0, end: 67 }]);
  });

  it('a comment that only talks about remote work is not', () => {
    expect(hiringThreadEvidence('Remote: it works for GitLab because they write everything down.\nLocation matters less than you think.')).toEqual([]);
  });
});
