import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText, preparePostText } from './postText';

/** The words the triage weighs, with the blanks squeezed out. */
function weighed(ownWords: string): string {
  return ownWords.replace(/\s+/g, ' ').trim();
}

describe('Hacker News API text', () => {
  // Verbatim from the HN API (item 33301854): entities, no tags.
  const apiComment = 'Think of this the other way around. Do you want to work for a company who equates &quot;GitHub&quot; with coding and doesn&#x27;t know what GitLab is? I wouldn&#x27;t.';

  it('decodes the entities the API escapes', () => {
    expect(preparePostText(apiComment, 'hacker_news').text).toBe(
      'Think of this the other way around. Do you want to work for a company who equates "GitHub" with coding and doesn\'t know what GitLab is? I wouldn\'t.',
    );
  });

  it('turns paragraphs into blank lines, italics into plain words, and a shortened link into its address', () => {
    const html = 'Interesting perspective.<p>It felt like <i>random</i> features. See <a href="https:&#x2F;&#x2F;gitlab.com&#x2F;gitlab-org&#x2F;gitlab&#x2F;-&#x2F;issues&#x2F;273250#note_1127147192" rel="nofollow">https:&#x2F;&#x2F;gitlab.com&#x2F;gitlab-org&#x2F;gitlab&#x2F;-&#x2F;issues&#x2F;273250#note_11...</a> - please upvote.';
    expect(preparePostText(html, 'hacker_news').text).toBe(
      'Interesting perspective.\n\nIt felt like random features. See https://gitlab.com/gitlab-org/gitlab/-/issues/273250#note_1127147192 - please upvote.',
    );
  });

  it('keeps a link that has words of its own as those words', () => {
    expect(htmlToText('read <a href="https://example.com/post">the postmortem</a> first')).toBe('read the postmortem first');
  });

  it('does not weigh the quoted parent, only the reply', () => {
    const post = preparePostText("&gt; I (..) removed GitLab&#x27;s production database by accident.<p>Oh, I remember this. There was a live stream.", 'hacker_news');
    expect(post.text.startsWith("> I (..) removed GitLab's production database")).toBe(true);
    expect(weighed(post.ownWords)).toBe('Oh, I remember this. There was a live stream.');
  });

  it('does not weigh code or terminal output', () => {
    const post = preparePostText('You can just push using port 443<p><pre><code>  ᛯ ssh -T -p 443 git@ssh.github.com\n  Hi! You&#x27;ve successfully authenticated, but GitHub does not provide shell access.\n</code></pre>', 'hacker_news');
    expect(post.text).toContain("    ᛯ ssh -T -p 443 git@ssh.github.com\n      Hi! You've successfully authenticated");
    expect(weighed(post.ownWords)).toBe('You can just push using port 443');
  });

  it('blanks link addresses so a brand named only in a URL is not a mention', () => {
    const post = preparePostText('GHC has an extensive testsuite (<a href="https:&#x2F;&#x2F;gitlab.haskell.org&#x2F;ghc&#x2F;ghc">https:&#x2F;&#x2F;gitlab.haskell.org&#x2F;ghc&#x2F;ghc</a>).', 'hacker_news');
    expect(post.text).toBe('GHC has an extensive testsuite (https://gitlab.haskell.org/ghc/ghc).');
    expect(post.ownWords).not.toMatch(/gitlab/i);
  });
});

describe('Reddit and forum Markdown', () => {
  // Verbatim from the Reddit API (r/redditdev, molvlh): Reddit escapes its own zero-width spaces.
  const selftext = 'Hello devs,\n\nIs it possible for me to use the Reddit API in a non Python stack?\n\n&amp;#x200B;\n\nThanks for reading.';

  it('drops the zero-width spaces Reddit leaves as &amp;#x200B;', () => {
    expect(preparePostText(selftext, 'reddit').text).toBe('Hello devs,\n\nIs it possible for me to use the Reddit API in a non Python stack?\n\n\n\nThanks for reading.');
  });

  it('shows a Markdown link as its text and keeps that text as the author’s words', () => {
    const post = preparePostText('GitLab issue [#14976](https://gitlab.com/gitlab-org/gitlab/-/issues/14976) — open since 2016. ![diagram](https://i.redd.it/x.png)', 'reddit');
    expect(post.text).toBe('GitLab issue #14976 — open since 2016. diagram');
    expect(weighed(post.ownWords)).toBe(post.text);
  });

  it('quotes and their replies: only the reply is weighed', () => {
    const post = preparePostText('> GitLab is the worst thing ever\n\nHonestly our self-managed instance has been great for three years.', 'reddit');
    expect(weighed(post.ownWords)).toBe('Honestly our self-managed instance has been great for three years.');
  });

  it('fenced code is shown but not weighed, whatever the fence', () => {
    const markdown = 'My job fails:\n\n```yaml\ntest:\n  script: exit 1 # ERROR: Job failed\n```\n\n~~~\nfatal: unable to access\n~~~\nAny idea?';
    const post = preparePostText(markdown, 'forum');
    expect(post.text).toBe(markdown);
    expect(weighed(post.ownWords)).toBe('My job fails: Any idea?');
  });

  it('an indented block after a blank line is code; an indented list continuation is not', () => {
    const post = preparePostText('Here is my config:\n\n    concurrent = 4\n    check_interval = 0\n\nAnd a list:\n- first point\n    still the first point', 'forum');
    expect(weighed(post.ownWords)).toBe('Here is my config: And a list: - first point still the first point');
  });

  it('forum HTML: a quoted post comes out as > lines and is not weighed', () => {
    const post = preparePostText('<aside class="quote"><blockquote><p>We moved to GitLab last year.</p></blockquote></aside><p>How did the migration of your issues go?</p>', 'forum');
    expect(post.text).toBe('> We moved to GitLab last year.\n\nHow did the migration of your issues go?');
    expect(weighed(post.ownWords)).toBe('How did the migration of your issues go?');
  });
});

describe('offsets', () => {
  it('own words have the text’s length and sit at the same offsets', () => {
    const post = preparePostText('&gt; quoted <i>line</i><p>Our pipelines on GitLab are <a href="https://x.io/a">really fast</a> now.', 'hacker_news');
    expect(post.ownWords).toHaveLength(post.text.length);
    const start = post.ownWords.indexOf('really fast');
    expect(post.text.slice(start, start + 'really fast'.length)).toBe('really fast');
  });

  it('leaves plain text alone', () => {
    const plain = 'GitLab CI is still the best CI I have used.';
    expect(preparePostText(plain, 'reddit')).toEqual({ text: plain, ownWords: plain });
  });

  it('keeps a number that is not a character as typed', () => {
    expect(decodeEntities('&#99999999; &amp; &copy;')).toBe('&#99999999; & &copy;');
  });
});
