import { describe, expect, it } from 'vitest';
import { suggest } from './wholeModel';
import type { Suggestion } from './types';

const API = { channel: 'api' };

function signalsOf(suggestion: Suggestion): string[] {
  return suggestion.reasons.map((reason) => reason.signal);
}

/** Every piece of evidence is the text it claims to be, at its offsets in the text the panel shows. */
function expectEvidenceInText(suggestion: Suggestion): void {
  for (const reason of suggestion.reasons) {
    for (const evidence of reason.evidence) expect(suggestion.text.slice(evidence.start, evidence.end)).toBe(evidence.text);
  }
}

describe('a Hacker News post', () => {
  it('is shown readable, and its evidence indexes what is shown', () => {
    // HN API item 33301854, verbatim.
    const suggestion = suggest({ text: 'Think of this the other way around. Do you want to work for a company who equates &quot;GitHub&quot; with coding and doesn&#x27;t know what GitLab is? I wouldn&#x27;t.', via: API, platform: 'hacker_news' });
    expect(suggestion.text).toBe('Think of this the other way around. Do you want to work for a company who equates "GitHub" with coding and doesn\'t know what GitLab is? I wouldn\'t.');
    expectEvidenceInText(suggestion);
  });

  it('never takes its evidence from the quoted parent', () => {
    const suggestion = suggest({ text: '&gt; GitLab is down again, everything is broken and support ignores us<p>Works fine for me today, and the new pipeline editor is great.', via: API, platform: 'hacker_news' });
    const quoteEnd = suggestion.text.indexOf('\n');
    expect(signalsOf(suggestion)).not.toContain('outage');
    for (const reason of suggestion.reasons) for (const evidence of reason.evidence) expect(evidence.start).toBeGreaterThan(quoteEnd);
  });

  it('that names the brand only in a link is no action, and says why', () => {
    // HN API item 33185715, verbatim: the brand is only in gitlab.haskell.org addresses.
    const text = 'That is correct. The problem is only triggered by very particular patterns of integer operations.<p>As you say, GHC has an extensive [testsuite](<a href="https:&#x2F;&#x2F;gitlab.haskell.org&#x2F;ghc&#x2F;ghc&#x2F;-&#x2F;tree&#x2F;master&#x2F;testsuite" rel="nofollow">https:&#x2F;&#x2F;gitlab.haskell.org&#x2F;ghc&#x2F;ghc&#x2F;-&#x2F;tree&#x2F;master&#x2F;testsuite</a>). Sadly, none of these tests covered this particular case.';
    const suggestion = suggest({ text, via: API, platform: 'hacker_news' });
    expect(suggestion.decision).toBe('skip');
    expect(signalsOf(suggestion)).toEqual(['named_only_in_link']);
    expect(suggestion.reasons[0]?.evidence[0]?.text).toBe('gitlab');
    expectEvidenceInText(suggestion);
  });

  it('that names the brand in words is read as usual', () => {
    const suggestion = suggest({ text: 'Me too; I&#x27;ve moved my active projects to Gitlab and haven&#x27;t looked back. See <a href="https:&#x2F;&#x2F;gitlab.com&#x2F;me">https:&#x2F;&#x2F;gitlab.com&#x2F;me</a>', via: API, platform: 'hacker_news' });
    expect(signalsOf(suggestion)).not.toContain('named_only_in_link');
    expect(suggestion.decision).toBe('involve');
  });

  it('a "Who wants to be hired?" form is a job post, with the form’s labels as evidence', () => {
    // HN API item 33071147, verbatim.
    const suggestion = suggest({ text: 'SEEKING WORK Location: San Francisco<p>Remote: Yes<p>Willing to relocate: Nope<p>Technologies: Javascript, nodejs, kubernetes, ci, testing, etc<p>Résumé&#x2F;CV: On request<p>Email: charles@geuis.com<p>I built and maintain <a href="https:&#x2F;&#x2F;jsonip.com" rel="nofollow">https:&#x2F;&#x2F;jsonip.com</a>. Github projects are viewable at <a href="https:&#x2F;&#x2F;github.com&#x2F;geuis" rel="nofollow">https:&#x2F;&#x2F;github.com&#x2F;geuis</a>.', via: API, platform: 'hacker_news' });
    expect(suggestion.decision).toBe('skip');
    expect(signalsOf(suggestion)[0]).toBe('job_ad');
    expect(suggestion.reasons[0]?.evidence.map((evidence) => evidence.text)).toContain('Willing to relocate:');
    expectEvidenceInText(suggestion);
  });

  it('talk about hiring is not a job post', () => {
    const text = 'I think the problem has more to do with their recruiting. GitLab offers a middling base salary for a role and applies modifiers for experience and city-based cost-of-living.';
    expect(signalsOf(suggest({ text, via: API, platform: 'hacker_news' }))).not.toContain('job_ad');
  });
});

describe('a front-page Hacker News thread about the brand', () => {
  const story = 'GitLab’s Secret to Managing Employees in 160 Locations: Write Everything Down (blog.ycombinator.com)\n520 points by craigcannon on Feb 9, 2017 | hide | past | favorite | 311 comments';

  it('is flagged first, with the points as evidence, and suggested for involvement', () => {
    const suggestion = suggest({ text: story, via: API, platform: 'hacker_news' });
    expect(signalsOf(suggestion)[0]).toBe('hn_front_page');
    expect(suggestion.reasons[0]?.evidence.map((evidence) => evidence.text)).toEqual(['520 points']);
    expect(suggestion.decision).toBe('involve');
    expectEvidenceInText(suggestion);
  });

  it('is flagged for a comment when the ticket’s comments say the thread is on the front page', () => {
    const suggestion = suggest({ text: 'Scale is freaking hard.', via: API, platform: 'hacker_news', comments: [{ body: 'HN mention in a front page thread: "GitLab’s Secret to Managing Employees" (rank 4)' }] });
    expect(signalsOf(suggestion)[0]).toBe('hn_front_page');
  });

  it('is not flagged for a young story, for a thread about another company, or on another platform', () => {
    expect(signalsOf(suggest({ text: 'Show HN: GitLab CI linter (github.com)\n12 points by someone 1 hour ago', via: API, platform: 'hacker_news' }))).not.toContain('hn_front_page');
    expect(signalsOf(suggest({ text: 'Why we moved to Fly.io (fly.io)\n640 points by someone | 200 comments', via: API, platform: 'hacker_news' }))).not.toContain('hn_front_page');
    expect(signalsOf(suggest({ text: 'GitLab 17 is on the front page of r/programming with 900 points', via: API, platform: 'reddit' }))).not.toContain('hn_front_page');
  });
});

describe('a Reddit post', () => {
  it('reads Markdown links as their text and does not weigh code', () => {
    const suggestion = suggest({ text: 'Our pipeline fails on every push, see [the job log](https://gitlab.com/acme/app/-/jobs/1):\n\n```\nERROR: Job failed: exit code 137\n```\n\nAnyone else seeing this since the upgrade?', via: API, platform: 'reddit' });
    expect(suggestion.text.startsWith('Our pipeline fails on every push, see the job log:')).toBe(true);
    for (const reason of suggestion.reasons) for (const evidence of reason.evidence) expect(evidence.text).not.toContain('exit code');
    expectEvidenceInText(suggestion);
  });
});

describe('a tweet', () => {
  it('is read as before when no platform is given', () => {
    const text = '&gt; quoted @gitlab is the best';
    expect(suggest({ text, via: API }).text).toBe(text);
    expect(suggest({ text, via: API, platform: 'x' }).text).toBe(text);
  });
});
