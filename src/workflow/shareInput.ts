import type { ShareMessageInput } from '../slack/shareMessage';
import type { Category, Reason } from '../triage/types';
import type { TicketSnapshot } from '../zendesk/ticket';

/** The tweet's author: the X channel's via source, else the requester. */
export function tweetAuthorOf(snapshot: TicketSnapshot): { name: string; handle?: string; profileUrl?: string } {
  const from = snapshot.via.source?.from;
  return {
    name: from?.name || snapshot.requester.name,
    handle: from?.username || snapshot.requester.handle,
    profileUrl: from?.profile_url || snapshot.requester.profileUrl,
  };
}

export interface ShareInputArgs {
  snapshot: TicketSnapshot;
  tweetUrl: string;
  channel: string;
  /** Zendesk subdomain, for the link to the ticket. */
  subdomain: string;
  category: Category;
  reasons: readonly Reason[];
  note?: string;
  sharedBy: string;
  guidelinesUrl: string;
  toneRules: readonly string[];
}

/** What the Slack post shows, from the ticket and the advocate's choices (the same for the share and its updates). */
export function shareInputFor(args: ShareInputArgs): ShareMessageInput {
  const author = tweetAuthorOf(args.snapshot);
  return {
    channel: args.channel,
    tweet: { url: args.tweetUrl, text: args.snapshot.description, authorName: author.name, authorHandle: author.handle ?? '' },
    ticket: { id: args.snapshot.id, url: `https://${args.subdomain}.zendesk.com/agent/tickets/${args.snapshot.id}` },
    category: args.category,
    reasons: args.reasons.map((reason) => ({ signal: reason.signal, evidence: reason.evidence.map((evidence) => evidence.text) })),
    note: args.note?.trim() || undefined,
    sharedBy: args.sharedBy,
    guidelinesUrl: args.guidelinesUrl,
    toneRules: [...args.toneRules],
  };
}
