import { describe, expect, it } from 'vitest';
import { parseMrkdwn } from './mrkdwn';

describe('Slack mrkdwn in the Slack pane', () => {
  it('shows bold, italic and a labelled tweet link', () => {
    expect(parseMrkdwn('*New tweet* from _Ana Kowalski_: <https://x.com/mkdev_ana/status/1861029384756473|open on X>')).toEqual([
      { type: 'bold', children: [{ type: 'text', text: 'New tweet' }] },
      { type: 'text', text: ' from ' },
      { type: 'italic', children: [{ type: 'text', text: 'Ana Kowalski' }] },
      { type: 'text', text: ': ' },
      { type: 'link', url: 'https://x.com/mkdev_ana/status/1861029384756473', label: 'open on X' },
    ]);
  });

  it('keeps escaped markup as text, never as HTML', () => {
    expect(parseMrkdwn('CI &lt;script&gt;alert(1)&lt;/script&gt; &amp; runners')).toEqual([
      { type: 'text', text: 'CI <script>alert(1)</script> & runners' },
    ]);
  });

  it('refuses javascript: links and shows mentions by name', () => {
    expect(parseMrkdwn('<javascript:alert(1)|click> <@U0ALICE|alice> <#C0COMMUNITY|community-involvement>')).toEqual([
      { type: 'text', text: '<javascript:alert(1)|click>' },
      { type: 'text', text: ' ' },
      { type: 'mention', label: '@alice' },
      { type: 'text', text: ' ' },
      { type: 'mention', label: '#community-involvement' },
    ]);
  });

  it('leaves snake_case words and lone stars alone, and breaks lines', () => {
    expect(parseMrkdwn('ci_shared tag\n5 * 3 `gitlab-runner`')).toEqual([
      { type: 'text', text: 'ci_shared tag' },
      { type: 'break' },
      { type: 'text', text: '5 * 3 ' },
      { type: 'code', text: 'gitlab-runner' },
    ]);
  });
});
