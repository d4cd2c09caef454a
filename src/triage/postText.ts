import type { Platform } from '../sources/post';

/**
 * A Hacker News, Reddit or forum post made readable, and the words the triage should weigh in it.
 * `ownWords` has exactly the length of `text`: what is not the author's own prose is blanked in place, so every
 * offset the triage finds in `ownWords` indexes the same words in `text`, the text the panel highlights.
 */
export interface PostText {
  /** The post as a person reads it: HTML turned into lines, entities decoded, Markdown links shown as their text. */
  text: string;
  /**
   * Same length as `text`, with quoted parents (`> …`), code blocks and link addresses blanked: a quoted
   * "I hate GitLab" or a stack trace in a code block is not what this author says to the brand.
   */
  ownWords: string;
}

/** Posts on X are tweets: prepared as tweets, never here. */
export type PostPlatform = Exclude<Platform, 'x'>;

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi;
const HAS_ENTITY = /&(?:#x[0-9a-f]+|#\d+|[a-z]+);/i;
/** HN's API, Discourse and Reddit's `selftext_html` send HTML; plain Markdown has none of these. */
const LOOKS_LIKE_HTML = /<(?:p|br|a|i|b|em|strong|pre|code|blockquote|ul|ol|li|div|span)[\s/>]/i;
const TAG = /<(\/?)([a-z0-9]+)([^>]*)>/gi;
const HREF = /\bhref\s*=\s*"([^"]*)"/i;
/** Invisible characters Reddit's editor leaves behind (`&amp;#x200B;` decodes to a zero-width space). */
const INVISIBLE = /\u200b|\u200c|\u200d|\u2060|\ufeff/g;
const MARKDOWN_IMAGE = /!\[([^\]\n]*)\]\(([^)\s]+)(?:\s+"[^"\n]*")?\)/g;
const MARKDOWN_LINK = /\[([^\]\n]+)\]\(([^)\s]+)(?:\s+"[^"\n]*")?\)/g;
const AUTOLINK = /<(https?:\/\/[^>\s]+)>/g;
const LINK_ADDRESS = /\bhttps?:\/\/\S+|\bwww\.[a-z0-9-]+(?:\.[a-z0-9-]+)+\S*/gi;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const QUOTE_LINE = /^[ \t]{0,3}>/;

function decodeEntity(entity: string): string {
  const body = entity.slice(1, -1).toLowerCase();
  if (!body.startsWith('#')) return NAMED_ENTITIES[body] ?? entity;
  const codePoint = body.startsWith('#x') ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
  // A number past Unicode ("&#99999999;") is typed text, not a character.
  return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity;
}

/** Decodes HTML entities; Reddit escapes its own escapes (`&amp;#x200B;`), so a second pass is sometimes needed. */
export function decodeEntities(text: string): string {
  let decoded = text;
  for (let pass = 0; pass < 2 && HAS_ENTITY.test(decoded); pass += 1) decoded = decoded.replace(ENTITY, decodeEntity);
  return decoded;
}

/** HN shortens a long link's text to "https://example.com/abc..."; the address itself is the better reading. */
function anchorText(attributes: string, inner: string): string {
  const href = decodeEntities(HREF.exec(attributes)?.[1] ?? '');
  const shown = decodeEntities(inner);
  return href !== '' && /^https?:\/\//i.test(shown) ? href : shown;
}

/** Each line of `block` starting with `prefix`: how Markdown writes quotes (`> `) and code (four spaces). */
function prefixLines(block: string, prefix: string): string {
  return block.replace(/^\n+|\n+$/g, '').split('\n').map((line) => `${prefix}${line}`).join('\n');
}

/** Where a quote or code block opened in the text built so far. */
interface OpenBlock {
  name: 'blockquote' | 'pre';
  start: number;
}

/**
 * HTML as lines of text: paragraphs become blank lines, links their text; quotes come out as `> ` lines and
 * preformatted code indented four spaces, so the same line rules find them in HTML and in Markdown.
 */
export function htmlToText(html: string): string {
  let text = '';
  let cursor = 0;
  let openAnchor: { attributes: string; innerStart: number } | undefined;
  const blocks: OpenBlock[] = [];
  for (const match of html.matchAll(TAG)) {
    const [whole, closing, rawName, attributes = ''] = match;
    const name = (rawName ?? '').toLowerCase();
    const before = html.slice(cursor, match.index);
    cursor = match.index + whole.length;
    if (openAnchor) {
      if (name === 'a' && closing) {
        text += anchorText(openAnchor.attributes, html.slice(openAnchor.innerStart, match.index));
        openAnchor = undefined;
      }
      continue;
    }
    text += decodeEntities(before);
    if (name === 'a' && !closing) openAnchor = { attributes, innerStart: cursor };
    else if ((name === 'blockquote' || name === 'pre') && !closing) {
      text += '\n\n';
      blocks.push({ name, start: text.length });
    } else if ((name === 'blockquote' || name === 'pre') && blocks[blocks.length - 1]?.name === name) {
      const block = blocks.pop() as OpenBlock;
      text = `${text.slice(0, block.start)}${prefixLines(text.slice(block.start), name === 'pre' ? '    ' : '> ')}\n\n`;
    } else if (name === 'p' || name === 'ul' || name === 'ol' || name === 'div') text += closing ? '\n' : '\n\n';
    else if (name === 'br' || name === 'li') text += '\n';
  }
  text += decodeEntities(html.slice(cursor));
  return text.replace(/^\n+/, '').replace(/\n{3,}/g, '\n\n');
}

/** Markdown links and images shown as their text, `<https://…>` as its address; the words stay, the syntax goes. */
function markdownToText(markdown: string): string {
  return markdown
    .replace(MARKDOWN_IMAGE, (_image, alt: string) => alt)
    .replace(MARKDOWN_LINK, (_link, label: string) => label)
    .replace(AUTOLINK, (_autolink, address: string) => address);
}

interface Range {
  start: number;
  end: number;
}

/** Quoted lines, fenced blocks and indented blocks, as ranges of whole lines in `text`. */
function nonOwnLines(text: string, platform: PostPlatform): Range[] {
  const ranges: Range[] = [];
  let offset = 0;
  let fence: string | undefined;
  let previousBlank = true;
  let inIndented = false;
  for (const line of text.split('\n')) {
    const range = { start: offset, end: offset + line.length };
    offset = range.end + 1;
    const fenceMark = FENCE.exec(line)?.[1];
    if (fence !== undefined || fenceMark !== undefined) {
      ranges.push(range);
      if (fence === undefined) fence = fenceMark;
      else if (fenceMark !== undefined && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined;
      previousBlank = false;
      continue;
    }
    const blank = line.trim() === '';
    // HN marks code by indenting it two spaces; Markdown by four (or a tab) after a blank line.
    const indented: boolean = platform === 'hacker_news' ? /^ {2,}\S/.test(line) : /^(?: {4,}|\t)\S/.test(line) && (previousBlank || inIndented);
    inIndented = indented || (inIndented && blank);
    if (indented || QUOTE_LINE.test(line)) ranges.push(range);
    previousBlank = blank;
  }
  return ranges;
}

/** Spaces in place of every character but line breaks, so lines keep their places too. */
function blankOut(text: string, ranges: readonly Range[]): string {
  if (ranges.length === 0) return text;
  const characters = text.split('');
  for (const { start, end } of ranges) {
    for (let index = start; index < end; index += 1) if (characters[index] !== '\n') characters[index] = ' ';
  }
  return characters.join('');
}

function linkAddresses(text: string): Range[] {
  return [...text.matchAll(LINK_ADDRESS)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** The text with its link addresses blanked: where "github.com/…" does not count as naming GitHub. */
export function withoutLinkAddresses(text: string): string {
  return blankOut(text, linkAddresses(text));
}

/**
 * Prepares a post from Hacker News, Reddit or a forum for the triage; see {@link PostText}. Pure: the same post
 * always gives the same text, so a reload shows the same highlights.
 */
export function preparePostText(raw: string, platform: PostPlatform): PostText {
  const readable = LOOKS_LIKE_HTML.test(raw) ? htmlToText(raw) : decodeEntities(raw);
  const withoutSyntax = platform === 'hacker_news' ? readable : markdownToText(readable);
  const text = withoutSyntax.replace(INVISIBLE, '').replace(/[ \t]+$/gm, '').trim();
  return { text, ownWords: blankOut(text, [...nonOwnLines(text, platform), ...linkAddresses(text)]) };
}
