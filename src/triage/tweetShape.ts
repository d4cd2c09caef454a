import type { Evidence, TriageSettings } from './types';

/**
 * Cues in the shape of a tweet rather than in its words: links that imitate the brand's domain, links to
 * messenger groups, and walls of hashtags or @mentions. Offsets index the prepared text, like all evidence.
 */
export interface ShapeCues {
  /** Links whose domain borrows the brand's name without being the brand's: phishing. */
  lookAlikeLinks: Evidence[];
  /** Weak signs of an advert: messenger links, hashtag walls, mention walls. */
  promotion: Evidence[];
  /** A wall of {@link STUFFED} hashtags or more: the brand's tag is one of many a post hangs on to be found. */
  hashtagStuffing: Evidence[];
}

/** A host, with or without scheme, and whatever path follows it. */
const LINK = /(?:https?:\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?=[/:?#\s"')\]>,!]|$)\S*/gi;
/** Second-level labels under which registrations happen ("example.co.uk"). */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu']);
/**
 * Endings that name a file rather than a domain (".gitlab-ci.yml", "gitlab-setup.md"); two-letter endings are
 * country domains, except the ones that are usually file types.
 */
const DOMAIN_ENDING = /^(?:[a-z]{2}|com|net|org|io|dev|app|info|biz|xyz|site|online|top|live|pro|shop|store|support|help|services|tech|cloud|link|click|page|vip|club|website|space|fun|icu|buzz|rest|email|security|login|account|network)$/;
const FILE_LIKE_ENDING = new Set(['md', 'rb', 'py', 'sh', 'rs', 'ps', 'cs', 'pm', 'js', 'ts', 'go', 'kt', 'mk']);
/** Group chats where sellers move the conversation. */
const MESSENGER_HOSTS = new Set([
  't.me', 'telegram.me', 'telegram.org', 'wa.me', 'chat.whatsapp.com', 'discord.gg',
  // Shorteners and form hosts hide where a link goes or collect details.
  'bit.ly', 'tinyurl.com', 'cutt.ly', 't.ly', 'rb.gy', 'is.gd', 'shorturl.at', 'forms.gle',
]);
const DEFANGED = /(?:[a-z0-9-]+\[\.\])+[a-z]{2,}/gi;
const HASHTAG = /(?<![\p{L}\p{N}_&])#[\p{L}\p{N}_]+/gu;
const MENTION = /(?<![\w@])@\w{1,15}/g;
/** This many hashtags or @mentions in one tweet is a wall, as adverts use to be seen. */
const WALL = 4;
const MENTION_WALL = 3;
/** Real hashtag stuffing (cheat sheets, link farms) carries eight tags or more; a person's praise carries a few. */
const STUFFED = 8;

/** The brand's names as they appear in domains: "GitLab" and "GitLab.com" both give `gitlab`. */
export function brandDomainTokens(settings: TriageSettings): string[] {
  const tokens = new Set<string>();
  for (const name of settings.brandNames) {
    const token = name.trim().toLowerCase().replace(/\.[a-z]{2,}$/, '');
    if (/^[a-z0-9-]{4,}$/.test(token)) tokens.add(token);
  }
  return [...tokens];
}

/** The label people register, "gitlab" in "docs.gitlab.com", "example" in "www.example.co.uk". */
function registeredLabel(labels: readonly string[]): { label: string; index: number } {
  const last = labels.length - 1;
  const underSecondLevel = labels.length >= 3 && (labels[last] ?? '').length === 2 && SECOND_LEVEL.has(labels[last - 1] ?? '');
  const index = underSecondLevel ? last - 2 : last - 1;
  return { label: labels[index] ?? '', index };
}

/** "gitlab-rewards.claim-now.site": the brand's name dressed up as a subdomain of someone else's domain. */
function borrowsBrandInSubdomain(host: string, tokens: readonly string[]): boolean {
  const labels = host.split('.');
  const { label, index } = registeredLabel(labels);
  return tokens.some((token) => !label.includes(token) && labels.slice(0, index).some((part) => part !== token && part.includes(token)));
}

const GLUED_ENDING = /^-?(?:com|io|net|org)$/;

function imitatesBrand(host: string, tokens: readonly string[]): boolean {
  const labels = host.split('.');
  const { label, index } = registeredLabel(labels);
  for (const token of tokens) {
    // "gitlab-security-verify.com" borrows the name; "gitlab.example.com" is someone's own instance.
    if (label !== token && label.includes(token)) return true;
    // "gitlab.com.verify-account.io": the real domain as a prefix of another one.
    if (labels.slice(0, index).some((part, position) => part === token && /^[a-z]{2,3}$/.test(labels[position + 1] ?? ''))) return true;
    // "gitlab-com.account-secure.net": the brand's domain glued into one label.
    if (labels.slice(0, index).some((part) => part.startsWith(token) && GLUED_ENDING.test(part.slice(token.length)))) return true;
  }
  return false;
}

function run(text: string, pattern: RegExp): Evidence[] {
  const found: Evidence[] = [];
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    found.push({ text: match[0], start, end: start + match[0].length });
  }
  return found;
}

/** One piece of evidence from the first to the last of a run of hashtags or mentions. */
function wall(items: Evidence[], text: string): Evidence {
  const first = items[0] as Evidence;
  const last = items[items.length - 1] as Evidence;
  return { text: text.slice(first.start, last.end), start: first.start, end: last.end };
}

/** Reads {@link ShapeCues} from a prepared tweet. */
export function readShape(text: string, brandTokens: readonly string[]): ShapeCues {
  const lookAlikeLinks: Evidence[] = [];
  const promotion: Evidence[] = [];
  const hashtagStuffing: Evidence[] = [];
  if (text.includes('.')) {
    for (const link of run(text, LINK)) {
      const host = (/^(?:https?:\/\/)?([^/:?#\s"')\]>,!]+)/i.exec(link.text)?.[1] ?? '').toLowerCase().replace(/^www\./, '');
      const ending = host.slice(host.lastIndexOf('.') + 1);
      if (!DOMAIN_ENDING.test(ending) || FILE_LIKE_ENDING.has(ending)) continue;
      if (imitatesBrand(host, brandTokens)) lookAlikeLinks.push(link);
      // Someone's own instance may be "gitlab-ci.acme.io": a weak sign alone, spam beside a lure.
      else if (MESSENGER_HOSTS.has(host) || borrowsBrandInSubdomain(host, brandTokens)) promotion.push(link);
    }
  }
  if (text.includes('[.]')) {
    // "gitlab-login[.]com": written so it does not link, as phishing and warnings about it both do.
    for (const link of run(text, DEFANGED)) {
      if (imitatesBrand(link.text.toLowerCase().replace(/\[\.\]/g, '.'), brandTokens)) lookAlikeLinks.push(link);
    }
  }
  if (text.includes('#')) {
    const hashtags = run(text, HASHTAG);
    if (hashtags.length >= WALL) promotion.push(wall(hashtags, text));
    if (hashtags.length >= STUFFED) hashtagStuffing.push(wall(hashtags, text));
  }
  if (text.includes('@')) {
    const mentions = run(text, MENTION);
    if (mentions.length >= MENTION_WALL) promotion.push(wall(mentions, text));
  }
  return { lookAlikeLinks, promotion, hashtagStuffing };
}
