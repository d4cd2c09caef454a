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

  it('shows a <!date^…> as a date, not as "@2026-12-02T10:18:09.000Z"', () => {
    const nodes = parseMrkdwn('Responded on <!date^1795170000^{date_short_pretty}|2026-11-19T10:00:00.000Z>');
    expect(nodes).toEqual([{ type: 'text', text: 'Responded on ' }, { type: 'text', text: new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric' }).format(new Date(1795170000 * 1000)) }]);
  });

  it('draws :white_check_mark: and :eyes: as Slack does, and leaves unknown shortcodes and code alone', () => {
    expect(parseMrkdwn('React :eyes: when you take it, :white_check_mark: when done :not_an_emoji: `:eyes:`')).toEqual([
      { type: 'text', text: 'React 👀 when you take it, ✅ when done :not_an_emoji: ' },
      { type: 'code', text: ':eyes:' },
    ]);
  });
});
