/**
 * Slack mrkdwn as Slack shows it, parsed into nodes the page renders as text (never as HTML): *bold*, _italic_,
 * ~strike~, `code`, <url|label> links, <@U…> mentions, <#C…|name> channels, <!date^…> dates, common :emoji:
 * shortcodes, and the escaped `&amp;` `&lt;` `&gt;`.
 */

/** One piece of formatted text. */
export type MrkdwnNode =
  | { type: 'text'; text: string }
  | { type: 'break' }
  | { type: 'code'; text: string }
  | { type: 'bold' | 'italic' | 'strike'; children: MrkdwnNode[] }
  | { type: 'link'; url: string; label: string }
  | { type: 'mention'; label: string };

const STYLES: Record<string, 'bold' | 'italic' | 'strike'> = { '*': 'bold', _: 'italic', '~': 'strike' };

/** Slack escapes only these three in message text. */
export function unescapeEntities(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function safeUrl(url: string): string | undefined {
  return /^(https?:|mailto:)/i.test(url) ? url : undefined;
}

/** Common shortcodes as Slack draws them (the app's posts use the first three; volunteers type the others). */
const EMOJI: Record<string, string> = {
  white_check_mark: '✅', eyes: '👀', heavy_check_mark: '✔️', ballot_box_with_check: '☑️', tada: '🎉', rocket: '🚀',
  fox_face: '🦊', raised_hands: '🙌', '+1': '👍', thumbsup: '👍', pray: '🙏', heart: '❤️', orange_heart: '🧡',
  wave: '👋', warning: '⚠️', x: '❌', speech_balloon: '💬', bulb: '💡', sparkles: '✨', no_entry_sign: '🚫',
};

/**
 * `<!date^1732470000^{date_short_pretty} at {time}|fallback>` as Slack renders it, in the viewer's time zone
 * (https://api.slack.com/reference/surfaces/formatting#date-formatting).
 */
function slackDate(inner: string): string | undefined {
  const match = /^!date\^(\d+)\^([^^|]*)(?:\^[^|]*)?(?:\|(.*))?$/.exec(inner);
  if (!match) return undefined;
  const when = new Date(Number(match[1]) * 1000);
  const format = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-US', options).format(when);
  const tokens: Record<string, string> = {
    date_num: when.toISOString().slice(0, 10),
    date: format({ month: 'long', day: 'numeric', year: 'numeric' }),
    date_short: format({ month: 'short', day: 'numeric', year: 'numeric' }),
    date_long: format({ weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' }),
    date_pretty: format({ month: 'long', day: 'numeric', year: 'numeric' }),
    date_short_pretty: format({ month: 'short', day: 'numeric', year: 'numeric' }),
    date_long_pretty: format({ weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' }),
    time: format({ hour: 'numeric', minute: '2-digit' }),
    time_secs: format({ hour: 'numeric', minute: '2-digit', second: '2-digit' }),
  };
  return unescapeEntities(match[2] ?? '').replace(/\{(\w+)\}/g, (token, name: string) => tokens[name] ?? match[3] ?? token);
}

function angle(inner: string): MrkdwnNode {
  const date = inner.startsWith('!date^') ? slackDate(inner) : undefined;
  if (date !== undefined) return { type: 'text', text: date };
  const [target = '', label] = inner.split('|', 2);
  if (target.startsWith('@')) return { type: 'mention', label: `@${label ?? target.slice(1)}` };
  if (target.startsWith('#')) return { type: 'mention', label: `#${label ?? target.slice(1)}` };
  if (target.startsWith('!')) return { type: 'mention', label: `@${label ?? target.slice(1).split('^')[0]}` };
  const url = safeUrl(unescapeEntities(target));
  const text = unescapeEntities(label ?? target);
  return url ? { type: 'link', url, label: text } : { type: 'text', text: `<${unescapeEntities(inner)}>` };
}

function pushText(nodes: MrkdwnNode[], text: string): void {
  if (!text) return;
  const parts = unescapeEntities(text)
    .replace(/:([a-z0-9_+-]+):/g, (code, name: string) => EMOJI[name] ?? code)
    .split('\n');
  parts.forEach((part, index) => {
    if (index > 0) nodes.push({ type: 'break' });
    if (part) nodes.push({ type: 'text', text: part });
  });
}

/** Parses one mrkdwn string; unmatched markers stay as text. */
export function parseMrkdwn(source: string): MrkdwnNode[] {
  const nodes: MrkdwnNode[] = [];
  let plain = '';
  let index = 0;
  while (index < source.length) {
    const char = source[index] ?? '';
    const rest = source.slice(index);
    const boundaryBefore = index === 0 || /[\s([{"'>]/.test(source[index - 1] ?? '');
    if (char === '<') {
      const end = source.indexOf('>', index);
      if (end > index) {
        pushText(nodes, plain);
        plain = '';
        nodes.push(angle(source.slice(index + 1, end)));
        index = end + 1;
        continue;
      }
    }
    if (char === '`') {
      const match = /^`([^`\n]+)`/.exec(rest);
      if (match) {
        pushText(nodes, plain);
        plain = '';
        nodes.push({ type: 'code', text: unescapeEntities(match[1] ?? '') });
        index += match[0].length;
        continue;
      }
    }
    const style = STYLES[char];
    if (style && boundaryBefore) {
      const end = source.indexOf(char, index + 1);
      const inner = end > index + 1 ? source.slice(index + 1, end) : '';
      if (inner && !/^\s|\s$/.test(inner) && !inner.includes('\n')) {
        pushText(nodes, plain);
        plain = '';
        nodes.push({ type: style, children: parseMrkdwn(inner) });
        index = end + 1;
        continue;
      }
    }
    plain += char;
    index += 1;
  }
  pushText(nodes, plain);
  return nodes;
}
