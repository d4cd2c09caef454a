import { useMemo } from 'react';
import { findPost, postWithLink, type PostTicket } from '../../sources/findPost';
import type { Post, PostLink } from '../../sources/post';
import type { TicketSnapshot } from '../../zendesk/ticket';
import { useServices } from '../ServicesProvider';

function ticketOf(snapshot: TicketSnapshot): PostTicket {
  return {
    description: snapshot.description,
    comments: snapshot.comments.map((comment) => ({ body: comment.body, htmlBody: comment.htmlBody })),
    via: snapshot.via,
    requester: snapshot.requester,
  };
}

/** The ticket's post as found in it, or as the advocate pasted it (`typed`), with the installation's sources. */
export function usePost(snapshot: TicketSnapshot, typed: PostLink | null): Post {
  const { settings } = useServices();
  const found = useMemo(() => findPost(ticketOf(snapshot), settings.sources), [snapshot, settings.sources]);
  return useMemo(() => (typed ? postWithLink(ticketOf(snapshot), found, typed, settings.sources) : found), [snapshot, found, typed, settings.sources]);
}
