/**
 * Making untrusted text (tweets, display names, notes) safe for Slack. Slack parses `&`, `<` and `>` as control
 * characters in mrkdwn and the top-level `text`; every dangerous construct (`<!channel>`, `<@U…>`, `<#C…>`,
 * `<!subteam^…>`, `<url|label>`) needs angle brackets, so escaping them neutralises all of them
 * (https://api.slack.com/reference/surfaces/formatting#escaping, research/slack.md §3).
 */

const ELLIPSIS = '…';
const WORD_JOINER = '\u2060';
/** Plain words Slack would turn into a broadcast with `parse: 'full'` or `link_names`; we never set those, but a
 * reader's client or a future option might, so the `@` is separated from the word by an invisible joiner. */
const BROADCAST_WORDS = /@(here|channel|everyone)(?![\p{L}\p{N}_])/giu;
const ENTITY_AT_END = /&[a-z]{0,3}$/;

/** `&`, `<`, `>` as entities (`&` first) and broadcast words neutralised; nothing else is touched. */
export function escapeMrkdwn(raw: string): string {
  return neutraliseBroadcasts(raw.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
}

/** Inserts U+2060 after the `@` of `@here`, `@channel` and `@everyone` (any case). */
export function neutraliseBroadcasts(text: string): string {
  return text.replace(BROADCAST_WORDS, `@${WORD_JOINER}$1`);
}

/** Escaped, then capped at `max` characters without cutting an entity or a surrogate pair. */
export function safeMrkdwn(raw: string, max: number): string {
  return capText(escapeMrkdwn(raw), max, true);
}

/** For `plain_text` and `rich_text` (which Slack does not parse): broadcast words neutralised, capped. */
export function plainText(raw: string, max: number): string {
  return capText(neutraliseBroadcasts(raw), max, false);
}

/** One line: runs of whitespace (newlines, tabs) become one space, so a value cannot fake another field. */
export function singleLine(raw: string): string {
  return raw.replace(/\s+/gu, ' ').trim();
}

/**
 * A URL fit for `<url|label>`: http or https only, no credentials (a classic phishing disguise), and the
 * characters that would end the link or start a label (`<`, `>`, `|`) percent-encoded. Null otherwise.
 */
export function safeUrl(raw: string, max = 2000): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '') return null;
  const href = url.href.replace(/</g, '%3C').replace(/>/g, '%3E').replace(/\|/g, '%7C');
  return href.length <= max ? href : null;
}

/** Cuts `text` to at most `max` UTF-16 units (Slack's limits count them), ending with an ellipsis when cut. */
export function capText(text: string, max: number, isEscaped: boolean): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return text.slice(0, Math.max(0, max));
  let cut = text.slice(0, max - ELLIPSIS.length);
  if (isEscaped) cut = cut.replace(ENTITY_AT_END, '');
  cut = dropBrokenTail(cut);
  return `${cut}${ELLIPSIS}`;
}

/** A lone high surrogate or a dangling joiner at the end would render as a broken glyph. */
function dropBrokenTail(text: string): string {
  let end = text.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  while (end > 0 && (text[end - 1] === '\u200d' || text[end - 1] === WORD_JOINER)) end -= 1;
  return text.slice(0, end);
}
