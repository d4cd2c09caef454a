import type { ViaLike } from '../triage/types';
import { linkTokens, ticketTexts, type TicketTexts } from './links';
import type { Platform, Post, PostAuthor, PostLink, SourceSettings } from './post';
import { allSources, SOURCES } from './sources';

/** The parts of a ticket `findPost` reads. */
export interface PostTicket extends TicketTexts {
  via?: ViaLike;
  /** The requester as Zendesk knows them (for integrations, the platform's user name). */
  requester?: { name: string; handle?: string; profileUrl?: string };
}

/** Which platform to assume when the ticket says nothing: the app's first source, X. */
const FALLBACK_PLATFORM: Platform = 'x';

interface Seen {
  links: PostLink[];
  shortLinks: { platform: Platform; text: string }[];
}

function scan(ticket: PostTicket, settings: SourceSettings): Seen {
  const seen: Seen = { links: [], shortLinks: [] };
  const urls = new Set<string>();
  const sources = allSources();
  const mayBeLink = (candidate: string) => sources.some((source) => source.mayBeLink(candidate, settings));
  for (const text of ticketTexts(ticket)) {
    // `mayBeLink` looks for a host's name in the text: no token can pass when the whole text does not.
    if (!mayBeLink(text)) continue;
    for (const token of linkTokens(text, mayBeLink)) {
      for (const source of sources) {
        if (!source.mayBeLink(token, settings)) continue;
        const link = source.parse(token, settings);
        if (link && !urls.has(link.url)) {
          urls.add(link.url);
          seen.links.push(link);
        } else if (!link && source.isShortLink(token, settings)) {
          seen.shortLinks.push({ platform: source.platform, text: token.replace(/[.,;:!?)\]]+$/, '') });
        }
      }
    }
  }
  return seen;
}

/** The ticket's platform: its channel's when Zendesk brought it in, else the first post link's, else a short link's. */
function platformOf(ticket: PostTicket, seen: Seen): Platform {
  const byChannel = allSources().find((source) => source.ownsVia(ticket.via));
  return byChannel?.platform ?? seen.links[0]?.platform ?? seen.shortLinks[0]?.platform ?? FALLBACK_PLATFORM;
}

/** On X the requester's own status wins over one they quote. */
function pick(links: PostLink[], platform: Platform, ticket: PostTicket): PostLink | null {
  const own = platform === 'x' ? requesterHandle(ticket)?.toLowerCase() : undefined;
  return (own ? links.find((link) => link.handle?.toLowerCase() === own) : undefined) ?? links[0] ?? null;
}

function requesterHandle(ticket: PostTicket): string | undefined {
  return (ticket.via?.source?.from?.username ?? ticket.requester?.handle)?.replace(/^@/, '') || undefined;
}

/**
 * Who wrote it: the channel's `from` (X, Facebook), else the requester. Integrations create the requester under
 * the platform's user name, so on Hacker News, Reddit and the forum that name is the handle when it looks like one.
 */
export function authorOf(ticket: PostTicket, platform: Platform, settings: SourceSettings): PostAuthor {
  const from = ticket.via?.source?.from;
  const name = from?.name || ticket.requester?.name || '';
  const source = SOURCES[platform];
  if (source.repliesComeBack) {
    const handle = from?.username || ticket.requester?.handle;
    const profileUrl = from?.profile_url || ticket.requester?.profileUrl;
    return { name, ...(handle && { handle }), ...(profileUrl && { profileUrl }) };
  }
  const handle = (ticket.requester?.handle || ticket.requester?.name || '').replace(/^(?:@|u\/)/, '');
  const profileUrl = handle ? source.profileUrl(handle, settings) : undefined;
  return { name, ...(profileUrl && { handle, profileUrl }) };
}

/** True when any platform's private channel (an X DM, a Facebook page message) brought the ticket in. */
export function isPrivateTicket(via: ViaLike | undefined): boolean {
  return allSources().some((source) => source.isPrivate(via));
}

/** Finds the ticket's post in its description, comments (plain and HTML) and channel, for every platform. */
export function findPost(ticket: PostTicket, settings: SourceSettings): Post {
  const seen = scan(ticket, settings);
  const platform = platformOf(ticket, seen);
  const link = pick(
    seen.links.filter((candidate) => candidate.platform === platform),
    platform,
    ticket,
  );
  return {
    platform,
    url: link?.url ?? null,
    link,
    shortLinks: seen.shortLinks.filter((short) => short.platform === platform).map((short) => short.text),
    isPublic: !isPrivateTicket(ticket.via),
    repliesComeBack: SOURCES[platform].repliesComeBack,
    author: authorOf(ticket, platform, settings),
    enabled: settings.enabledSources.includes(platform),
  };
}

/** The post once the advocate pasted its link: the link's platform and URL, the ticket's privacy and author. */
export function postWithLink(ticket: PostTicket, post: Post, link: PostLink, settings: SourceSettings): Post {
  return {
    ...post,
    platform: link.platform,
    url: link.url,
    link,
    shortLinks: [],
    repliesComeBack: SOURCES[link.platform].repliesComeBack,
    author: authorOf(ticket, link.platform, settings),
    enabled: settings.enabledSources.includes(link.platform),
  };
}
