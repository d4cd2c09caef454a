import { alternation } from './terms';
import type { Evidence } from './types';

/**
 * Shapes only Hacker News tickets have. The advocates' handbook treats a front-page thread about the brand as
 * "important and urgent" (its Hacker News page: every comment should get a response), and the monthly
 * "Who is hiring?" / "Who wants to be hired?" threads mention tools in every other post without talking to anyone.
 */

/** HN's front page lists 30 stories; a rank past that is page two. */
const FRONT_PAGE_RANKS = 30;
/**
 * A story past this many points has almost always been on the front page; many reach it with fewer, so this
 * only ever errs towards "not flagged". Integration tickets carry the story line ("520 points by craigcannon").
 */
const FRONT_PAGE_POINTS = 100;

const SAID_FRONT_PAGE = /\bfront[ -]?page\b/gi;
const RANK = /\brank(?:ed)?\s*#?\s*(\d{1,3})\b|(?<![\w#])#(\d{1,3})\s+on\s+(?:the\s+)?(?:hn|hacker\s*news|front[ -]?page)\b/gi;
const POINTS = /\b(\d{1,5})\s+points?\b/gi;

/** "Who wants to be hired?" posts are filled-in forms; three of these labels make one. */
const SEEKER_LABELS = /^[ \t]*(location|remote|willing to relocate|technologies|r[ée]sum[ée](?:\s*\/\s*cv)?|cv|email)\s*:/gim;
const SEEKER_LABELS_NEEDED = 3;
/** "Who is hiring?" posts open with "Company | Place | REMOTE | Full-time". */
const HIRING_HEADER = /^[^|]{2,80}\|[^|]*\|/;
const HIRING_TERMS = /\b(remote|onsite|on-site|hybrid|full[- ]time|part[- ]time|contract(?:or)?|intern(?:ship)?|visa)\b/i;

function spansOf(pattern: RegExp, text: string, keep: (match: RegExpMatchArray) => boolean = () => true): Evidence[] {
  const found: Evidence[] = [];
  for (const match of text.matchAll(pattern)) {
    if (keep(match)) found.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/** Where the text names the brand, a story's domain ("(about.gitlab.com)") and link addresses included. */
export function brandMentions(text: string, brandNames: readonly string[]): Evidence[] {
  return spansOf(new RegExp(`(?<![a-z0-9])${alternation(brandNames)}(?![a-z0-9])`, 'gi'), text);
}

/** Whether the text names the brand anywhere; see {@link brandMentions}. */
export function namesBrand(text: string, brandNames: readonly string[]): boolean {
  return brandMentions(text, brandNames).length > 0;
}

/**
 * Why a Hacker News ticket is about a front-page thread: its words ("front page", "#3 on HN", "rank 12", "520
 * points") in the post's text, as evidence the panel can mark. `context` is what else the ticket carries
 * (comments, the via's names): a match there flags the thread without evidence in the post.
 */
export function frontPageEvidence(text: string, context: readonly string[] = []): { onFrontPage: boolean; evidence: Evidence[] } {
  const rankOnFrontPage = (match: RegExpMatchArray) => {
    const rank = Number(match[1] ?? match[2]);
    return rank > 0 && rank <= FRONT_PAGE_RANKS;
  };
  const pointsOnFrontPage = (match: RegExpMatchArray) => Number(match[1]) >= FRONT_PAGE_POINTS;
  const inText = (source: string) => [...spansOf(SAID_FRONT_PAGE, source), ...spansOf(RANK, source, rankOnFrontPage), ...spansOf(POINTS, source, pointsOnFrontPage)];
  const evidence = inText(text).sort((a, b) => a.start - b.start);
  return { onFrontPage: evidence.length > 0 || context.some((source) => inText(source).length > 0), evidence };
}

/** The labels of a "Who wants to be hired?" form or the header of a "Who is hiring?" post, as evidence. */
export function hiringThreadEvidence(text: string): Evidence[] {
  const labels = spansOf(SEEKER_LABELS, text);
  if (new Set(labels.map((label) => label.text.trim().toLowerCase())).size >= SEEKER_LABELS_NEEDED) return labels;
  const firstLine = text.split('\n', 1)[0] ?? '';
  return HIRING_HEADER.test(firstLine) && HIRING_TERMS.test(firstLine) ? [{ text: firstLine, start: 0, end: firstLine.length }] : [];
}
