import type { ShareMessageInput } from '../slack/shareMessage';
import type { Post } from '../sources/post';
import type { Category, Reason } from '../triage/types';
import type { TicketSnapshot } from '../zendesk/ticket';

export interface ShareInputArgs {
  snapshot: TicketSnapshot;
  /** The ticket's post as the panel shows it (found, or the link the advocate pasted). */
  post: Pick<Post, 'platform' | 'url' | 'author'>;
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
  const { post } = args;
  return {
    channel: args.channel,
    post: { platform: post.platform, url: post.url ?? '', text: args.snapshot.description, authorName: post.author.name, authorHandle: post.author.handle ?? '' },
    ticket: { id: args.snapshot.id, url: `https://${args.subdomain}.zendesk.com/agent/tickets/${args.snapshot.id}` },
    category: args.category,
    reasons: args.reasons.map((reason) => ({ signal: reason.signal, evidence: reason.evidence.map((evidence) => evidence.text) })),
    note: args.note?.trim() || undefined,
    sharedBy: args.sharedBy,
    guidelinesUrl: args.guidelinesUrl,
    toneRules: [...args.toneRules],
  };
}
