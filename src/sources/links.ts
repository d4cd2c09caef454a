/**
 * Reading links out of ticket text, the same way for every platform: what people glue around a pasted link, HTML
 * entities in comment bodies, and the disguises (credentials, ports, other schemes) that make a link lie about
 * where it goes.
 */

/** What people glue around a pasted link: brackets, quotes, sentence punctuation. */
const LEADING_JUNK = /^[\s<([{"'«“‘]+/;
const TRAILING_JUNK = /[\s>)\]}"'»”’.,;:!?…]+$/;
const TOKEN_SEPARATORS = /[\s<>"'`]+/;

/** Parses one candidate link, adding `https://` when the scheme is missing; null for anything that is not one link. */
export function toUrl(raw: string): URL | null {
  const trimmed = raw.replace(LEADING_JUNK, '').replace(TRAILING_JUNK, '');
  if (trimmed === '' || /\s/.test(trimmed)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    return new URL(withScheme);
  } catch {
    return null;
  }
}

/** An http(s) link with nothing hidden in it: `x.com@evil.io` parses as user "x.com" on host evil.io, so any credentials or port is a disguise. */
export function isPlainWebUrl(url: URL): boolean {
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.username === '' && url.password === '' && url.port === '';
}

/** The host in lower case without a trailing dot (`news.ycombinator.com.` is the same host). */
export function hostOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/\.$/, '');
}

/** The path's segments without the empty ones a leading, trailing or doubled slash makes. */
export function pathSegments(url: URL): string[] {
  return url.pathname.split('/').filter((segment) => segment !== '');
}

export function decodeHtmlEntities(html: string): string {
  return html.replace(/&amp;/gi, '&').replace(/&#x2f;|&#47;/gi, '/').replace(/&quot;/gi, '"').replace(/&lt;/gi, '<').replace(/&gt;/gi, '>');
}

/** Splits text into link-sized tokens that pass `keep`; for `[label](url)` and `text(url` keeps the part from the scheme on. */
export function linkTokens(text: string, keep: (token: string) => boolean): string[] {
  const tokens: string[] = [];
  for (const token of text.split(TOKEN_SEPARATORS)) {
    if (!keep(token)) continue;
    const scheme = token.search(/https?:\/\//i);
    tokens.push(scheme > 0 ? token.slice(scheme) : token);
  }
  return tokens;
}

/** Where a ticket may carry its post's link. */
export interface TicketTexts {
  /** The ticket description (the post text). */
  description?: string;
  /** Every comment, plain and HTML bodies. */
  comments?: { body?: string; htmlBody?: string }[];
}

/** The description and every comment body, HTML bodies with their entities decoded, in ticket order. */
export function ticketTexts(ticket: TicketTexts): string[] {
  const texts: string[] = [];
  if (ticket.description) texts.push(ticket.description);
  for (const comment of ticket.comments ?? []) {
    if (comment.body) texts.push(comment.body);
    if (comment.htmlBody) texts.push(decodeHtmlEntities(comment.htmlBody));
  }
  return texts;
}
