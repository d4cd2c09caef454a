import { describe, expect, it } from 'vitest';
import { capText, escapeMrkdwn, neutraliseBroadcasts, plainText, safeMrkdwn, safeUrl, singleLine } from './escape';

const WJ = '\u2060';

describe('escapeMrkdwn', () => {
  it('turns every Slack control sequence in a tweet into dead text', () => {
    const tweet = '<!channel> <!here|here> <@U024BE7LH> <#C0COMMUNITY> <!subteam^S0614TZR7> <https://evil.example|Reset your password> & co';
    const escaped = escapeMrkdwn(tweet);
    expect(escaped).toBe(
      '&lt;!channel&gt; &lt;!here|here&gt; &lt;@U024BE7LH&gt; &lt;#C0COMMUNITY&gt; &lt;!subteam^S0614TZR7&gt; ' +
        '&lt;https://evil.example|Reset your password&gt; &amp; co',
    );
    expect(escaped).not.toMatch(/[<>]/);
  });

  it('escapes & first so existing entities are shown, not decoded', () => {
    expect(escapeMrkdwn('&lt;!channel&gt;')).toBe('&amp;lt;!channel&amp;gt;');
  });

  it('leaves HTML other than & < > alone (Slack is not HTML)', () => {
    expect(escapeMrkdwn('"quotes" \'single\' <b>bold</b>')).toBe('"quotes" \'single\' &lt;b&gt;bold&lt;/b&gt;');
  });

  it('separates @here, @channel and @everyone from their @ in any case', () => {
    expect(escapeMrkdwn('@here @Channel @EVERYONE please look')).toBe(`@${WJ}here @${WJ}Channel @${WJ}EVERYONE please look`);
  });

  it('does not touch handles that merely start with those words', () => {
    expect(neutraliseBroadcasts('@heretic @channel4news @everyone_dev @gitlab')).toBe('@heretic @channel4news @everyone_dev @gitlab');
  });

  it('keeps RTL text and emoji intact', () => {
    const tweet = 'شكرا GitLab على التحديث 🦊👩‍💻 עברית';
    expect(escapeMrkdwn(tweet)).toBe(tweet);
  });
});

describe('safeMrkdwn', () => {
  it('caps after escaping, so the result never exceeds the limit', () => {
    const text = safeMrkdwn('<'.repeat(5000), 3000);
    expect(text.length).toBeLessThanOrEqual(3000);
    expect(text.endsWith('…')).toBe(true);
  });

  it('never cuts an entity in half', () => {
    for (let max = 5; max < 20; max += 1) {
      const text = safeMrkdwn('ab <!channel> & more & more', max);
      expect(text.length).toBeLessThanOrEqual(max);
      expect(text.slice(0, -1)).not.toMatch(/&[a-z]{0,3}$/);
    }
  });

  it('never leaves half a surrogate pair at the cap', () => {
    const tweet = 'x' + '🦊'.repeat(100);
    for (let max = 2; max < 12; max += 1) {
      const text = safeMrkdwn(tweet, max);
      expect(text.length).toBeLessThanOrEqual(max);
      expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
      expect(() => encodeURIComponent(text)).not.toThrow();
    }
  });

  it('returns short text unchanged', () => {
    expect(safeMrkdwn('Thanks @gitlab!', 100)).toBe('Thanks @gitlab!');
  });
});

describe('plainText', () => {
  it('keeps < and & literal (plain_text is not parsed) but still neutralises @channel', () => {
    expect(plainText('<!channel> & @channel', 100)).toBe(`<!channel> & @${WJ}channel`);
  });

  it('caps a 5,000-character tweet with an ellipsis', () => {
    const text = plainText('a'.repeat(5000), 2900);
    expect(text).toHaveLength(2900);
    expect(text.endsWith('…')).toBe(true);
  });

  it('does not leave a dangling zero-width joiner from an emoji sequence', () => {
    const text = capText('hi 👩‍👩‍👧 family', 7, false);
    expect(text.length).toBeLessThanOrEqual(7);
    expect(text).not.toMatch(/\u200d…$/);
  });
});

describe('singleLine', () => {
  it('flattens newlines so a display name cannot fake another field', () => {
    expect(singleLine('Ana\n*Category*\nSpam\t ')).toBe('Ana *Category* Spam');
  });
});

describe('safeUrl', () => {
  it('accepts a canonical tweet URL as is', () => {
    expect(safeUrl('https://x.com/oss_ollie/status/1858171460147937280')).toBe('https://x.com/oss_ollie/status/1858171460147937280');
  });

  it('refuses anything but http and https', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,hi', 'file:///etc/passwd', 'slack://channel?id=C1', 'not a url']) {
      expect(safeUrl(url)).toBeNull();
    }
  });

  it('refuses URLs with credentials, a phishing disguise', () => {
    expect(safeUrl('https://x.com@evil.example/status/1')).toBeNull();
  });

  it('percent-encodes the characters that would end a Slack link or start a label', () => {
    const url = safeUrl('https://x.com/a/status/1?q=a|b<c>#frag|x');
    expect(url).toBe('https://x.com/a/status/1?q=a%7Cb%3Cc%3E#frag%7Cx');
  });

  it('refuses URLs too long to link', () => {
    expect(safeUrl(`https://x.com/${'a'.repeat(3000)}`, 1000)).toBeNull();
  });
});
