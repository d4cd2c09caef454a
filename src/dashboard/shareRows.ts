import type { PostFacts } from './involvementPost';
import { tsToMs, type ShareRow, type ShareState, type Volunteer } from './shareRow';
import type { ThreadFacts } from './threadFacts';
import type { TicketFacts } from './ticketFacts';

/** Everything read for a range, before it becomes rows. */
export interface ProgramFacts {
  /** Our posts in every channel read. */
  posts: PostFacts[];
  /** Involvements the tickets' tags record. */
  tickets: TicketFacts[];
  /** Threads read, by `threadKey`. */
  threads: Record<string, ThreadFacts>;
}

export function threadKey(channel: string, ts: string): string {
  return `${channel}:${ts}`;
}

/**
 * One row per post in the range, joined with its ticket and thread; tickets whose tags name a post no channel
 * read returned (a channel the bot cannot read) become rows from their tags alone. Newest first.
 */
export function buildShareRows(facts: ProgramFacts, fromMs: number): ShareRow[] {
  const names: Record<string, string> = {};
  for (const thread of Object.values(facts.threads)) Object.assign(names, thread.names);
  const volunteer = (id: string): Volunteer => ({ id, name: names[id] ?? '' });
  const seen = new Set<string>();
  const rows: ShareRow[] = [];

  for (const post of facts.posts) {
    const sharedAt = tsToMs(post.ts);
    if (!(sharedAt >= fromMs)) continue;
    seen.add(threadKey(post.channel, post.ts));
    const sameTicket = facts.tickets.filter((ticket) => ticket.kind === post.kind && ticket.ticketId === post.ticketId);
    const ticket = sameTicket.find((candidate) => candidate.ts === post.ts) ?? sameTicket.find((candidate) => candidate.withdrawn);
    const thread = facts.threads[threadKey(post.channel, post.ts)];
    const row: ShareRow = {
      kind: post.kind,
      ticketId: post.ticketId,
      channel: post.channel,
      ts: post.ts,
      sharedAt,
      sharedBy: post.sharedBy,
      excerpt: post.excerpt || ticket?.excerpt || '',
      author: ticket?.author || handleIn(post.postUrl),
      postUrl: post.postUrl,
      category: post.category,
      area: post.area || ticket?.area || '',
      claimedBy: post.claimedBy.map(volunteer),
      answeredBy: post.answeredBy.map(volunteer),
      replyCount: post.replyCount,
      firstReplyAt: thread?.firstPersonReplyAt ?? onlyReplyByPerson(post),
      respondedAt: post.status === 'responded' ? post.editedAt : null,
      state: 'waiting',
    };
    const withdrawn = post.status === 'withdrawn' || (ticket?.withdrawn === true && ticket.ts === '');
    const responded = post.status === 'responded' || (ticket?.ts === post.ts && ticket.responded);
    rows.push({ ...row, state: stateOf(row, withdrawn, responded) });
  }

  for (const ticket of facts.tickets) {
    if (!ticket.ts || seen.has(threadKey(ticket.channel, ticket.ts))) continue;
    const sharedAt = tsToMs(ticket.ts);
    if (!(sharedAt >= fromMs)) continue;
    seen.add(threadKey(ticket.channel, ticket.ts));
    const row: ShareRow = {
      kind: ticket.kind,
      ticketId: ticket.ticketId,
      channel: ticket.channel,
      ts: ticket.ts,
      sharedAt,
      sharedBy: '',
      excerpt: ticket.excerpt,
      author: ticket.author,
      postUrl: '',
      category: '',
      area: ticket.area,
      claimedBy: [],
      answeredBy: [],
      replyCount: 0,
      firstReplyAt: null,
      respondedAt: null,
      state: 'waiting',
    };
    rows.push({ ...row, state: stateOf(row, false, ticket.responded) });
  }
  return rows.sort((a, b) => b.sharedAt - a.sharedAt);
}

/** The most advanced state the facts show (see `ShareState`). A person replying in the thread has taken it. */
function stateOf(row: ShareRow, withdrawn: boolean, responded: boolean): ShareState {
  if (withdrawn) return 'withdrawn';
  if (responded) return 'responded';
  if (row.answeredBy.length > 0) return 'answered';
  if (row.claimedBy.length > 0 || row.firstReplyAt !== null) return 'claimed';
  return 'waiting';
}

/** Without reading the thread: one reply, by someone other than the bot, is the first person's reply. */
function onlyReplyByPerson(post: PostFacts): number | null {
  if (post.replyCount !== 1 || post.replyUsers.length !== 1 || post.replyUsers[0] === post.poster || !post.latestReply) return null;
  return tsToMs(post.latestReply);
}

/** `@user` from `https://x.com/user/status/1`; '' for other URLs. */
function handleIn(url: string): string {
  const match = /^https:\/\/(?:x|twitter)\.com\/([A-Za-z0-9_]{1,15})\/status\//.exec(url);
  return match ? `@${match[1]}` : '';
}
