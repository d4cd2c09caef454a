import type { ContextBlock, HeaderBlock, MrkdwnElement, RichTextBlock, SectionBlock } from '@slack/types';
import type { PostQuote } from '../sources/post';
import type { Category } from '../triage/types';
import { copyOr, type SlackCopy } from './copy';
import { capText, escapeMrkdwn, plainText, safeMrkdwn, safeUrl, singleLine } from './escape';
import { BLOCK_KIT_LIMITS, SHARE_CAPS } from './limits';
import { platformCopy } from './platformCopy';

/** What the advocate shares: the tweet, the ticket, why it is worth a reply, and how to reply. */
export interface ShareMessageInput {
  /** Slack channel id (`C…`). */
  channel: string;
  /** The post as the ticket carries it, on its platform; every field but `platform` is untrusted. */
  post: PostQuote;
  /** The Zendesk ticket the tweet came in as. */
  ticket: {
    /** Ticket number. */
    id: number;
    /** `https://<subdomain>.zendesk.com/agent/tickets/<id>`. */
    url: string;
  };
  /** The category the advocate settled on. */
  category: Category;
  /** The signals that fired, with the words that fired them (signal ids are the triage's). */
  reasons: { signal: string; evidence: string[] }[];
  /** The advocate's one-line note for volunteers. */
  note?: string;
  /** The advocate's name. */
  sharedBy: string;
  /** Link to the engagement guidelines (app setting). */
  guidelinesUrl?: string;
  /** Tone rule ids for the category (from the triage's `toneRulesFor`). */
  toneRules: string[];
}

/** `feature_request` → `Feature request`: a readable label for an id the copy does not know. */
export function humanise(id: string): string {
  const words = id.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** `@handle` from `handle` or `@handle`, or '' when there is none. */
export function atHandle(raw: string): string {
  const handle = singleLine(raw).replace(/^@+/, '');
  return handle ? `@${handle}` : '';
}

/** A mrkdwn link with a fixed label, or the label alone when the URL is not safe to link. */
export function mrkdwnLink(url: string, label: string): string {
  const safe = safeUrl(url, SHARE_CAPS.url);
  return safe ? `<${safe}|${escapeMrkdwn(label)}>` : escapeMrkdwn(label);
}

/** A header line; plain text is not parsed by Slack, so it is capped rather than escaped. */
export function headerBlock(text: string): HeaderBlock {
  return { type: 'header', text: { type: 'plain_text', text: plainText(text, BLOCK_KIT_LIMITS.headerText), emoji: true } };
}

/** The tweet as a quote. `rich_text` text elements are literal: `<!channel>` in a tweet stays dead text. */
export function tweetQuoteBlock(input: ShareMessageInput, copy: SlackCopy): RichTextBlock {
  const text = input.post.text.trim() ? plainText(input.post.text, SHARE_CAPS.quote) : copy('slack.share.no_text');
  return { type: 'rich_text', elements: [{ type: 'rich_text_quote', elements: [{ type: 'text', text }] }] };
}

/** Author, category, why, the advocate's note and the links, as section fields. */
export function detailsBlock(input: ShareMessageInput, copy: SlackCopy): SectionBlock {
  const fields: MrkdwnElement[] = [
    field(copy('slack.share.author'), authorLine(input, copy)),
    field(copy('slack.share.category'), escapeMrkdwn(categoryLabel(input.category, copy))),
    field(copy('slack.share.why'), reasonLines(input.reasons, copy)),
  ];
  const note = singleLine(input.note ?? '');
  if (note) fields.push(field(copy('slack.share.note'), safeMrkdwn(note, SHARE_CAPS.note)));
  fields.push(field(copy('slack.share.links'), linkLine(input, copy)));
  return { type: 'section', fields };
}

/** Who shared it, the tone rules, how to claim it, and the guidelines. */
export function shareContextBlock(input: ShareMessageInput, copy: SlackCopy, extra: string[] = []): ContextBlock {
  const lines = [copy('slack.share.shared_by', { name: escapeMrkdwn(displayName(input.sharedBy)) }), howToAnswerLine(input, copy)];
  const rules = toneRuleLine(input.toneRules, copy);
  if (rules) lines.push(rules);
  lines.push(copy('slack.share.claim_hint'));
  if (input.guidelinesUrl && safeUrl(input.guidelinesUrl, SHARE_CAPS.url)) {
    lines.push(mrkdwnLink(input.guidelinesUrl, copy('slack.share.guidelines')));
  }
  return contextBlock([...lines, ...extra]);
}

/** A context block of mrkdwn lines already made safe, within its element and length limits. */
export function contextBlock(lines: string[]): ContextBlock {
  const elements = lines
    .slice(0, BLOCK_KIT_LIMITS.contextElements)
    .map((text): MrkdwnElement => ({ type: 'mrkdwn', text: capText(text, BLOCK_KIT_LIMITS.textObject, true) }));
  return { type: 'context', elements };
}

/** The category in the channel's words. */
export function categoryLabel(category: Category, copy: SlackCopy): string {
  return copyOr(copy, `slack.category.${category}`, humanise(category));
}

/** `Name (@handle)`, escaped; either part alone when the other is missing. */
export function authorLine(input: ShareMessageInput, copy: SlackCopy): string {
  const name = displayName(input.post.authorName);
  const handle = capText(atHandle(input.post.authorHandle), SHARE_CAPS.handle, false);
  if (name && handle) return escapeMrkdwn(copy('slack.share.author_value', { name, handle }));
  return escapeMrkdwn(name || handle || copy('slack.share.unknown_author'));
}

function displayName(raw: string): string {
  return capText(singleLine(raw), SHARE_CAPS.displayName, false);
}

function field(label: string, value: string): MrkdwnElement {
  const text = `*${escapeMrkdwn(label)}*\n${value || ' '}`;
  return { type: 'mrkdwn', text: capText(text, BLOCK_KIT_LIMITS.fieldText, true) };
}

function reasonLines(reasons: ShareMessageInput['reasons'], copy: SlackCopy): string {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const reason of reasons) {
    if (seen.has(reason.signal) || lines.length >= SHARE_CAPS.reasons) continue;
    seen.add(reason.signal);
    const signal = copyOr(copy, `slack.signal.${reason.signal}`, humanise(reason.signal));
    const words = [...new Set(reason.evidence.map(singleLine).filter(Boolean))]
      .slice(0, SHARE_CAPS.evidencePerReason)
      .map((word) => `“${capText(word, SHARE_CAPS.evidenceWords, false)}”`)
      .join(', ');
    const line = words ? copy('slack.share.reason_with_words', { signal, words }) : signal;
    lines.push(`• ${escapeMrkdwn(line)}`);
  }
  if (lines.length === 0) return escapeMrkdwn(copy('slack.share.why_none'));
  return capText(lines.join('\n'), SHARE_CAPS.reasonsField, true);
}

/** `*Answer on Hacker News from your own account.* On Hacker News: say that you work at the company, …` */
function howToAnswerLine(input: ShareMessageInput, copy: SlackCopy): string {
  const wording = platformCopy(input.post.platform, copy);
  const line = copy('sources.slack.how_to_answer', { answer: `*${escapeMrkdwn(wording.answerOn)}*`, etiquette: escapeMrkdwn(wording.etiquetteLine) });
  return capText(line, SHARE_CAPS.toneRules, true);
}

function toneRuleLine(ids: string[], copy: SlackCopy): string {
  const rules = [...new Set(ids)].map((id) => copyOr(copy, `slack.tone.${id}`, humanise(id).toLowerCase()));
  if (rules.length === 0) return '';
  return capText(escapeMrkdwn(copy('slack.share.tone', { rules: rules.join(', ') })), SHARE_CAPS.toneRules, true);
}

function linkLine(input: ShareMessageInput, copy: SlackCopy): string {
  const number = ticketNumber(input.ticket.id);
  const tweet = safeUrl(input.post.url, SHARE_CAPS.url)
    ? mrkdwnLink(input.post.url, platformCopy(input.post.platform, copy).openPost)
    : `_${escapeMrkdwn(copy('slack.share.no_tweet_link'))}_`;
  // Without a real ticket number there is no ticket to open (the batch preview of lines without one).
  if (number === '?') return tweet;
  return `${tweet} · ${mrkdwnLink(input.ticket.url, copy('slack.share.open_ticket', { id: number }))}`;
}

/** The ticket number as digits (a number type can still carry NaN or a fraction). */
export function ticketNumber(id: number): string {
  return Number.isSafeInteger(id) && id > 0 ? String(id) : '?';
}
