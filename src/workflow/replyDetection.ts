import { findTweetUrl } from '../sources/x/findTweetUrl';
import type { TicketComment } from '../zendesk/ticket';

/** A public reply that came back on the ticket after the share. */
export interface DetectedReply {
  commentId: number;
  /** The responder's name as Zendesk shows it. */
  authorName: string;
  /** Their X handle without @, when the X channel says it. */
  handle?: string;
  /** Epoch ms. */
  createdAt: number;
  /** The reply on X (canonical), when the comment links it. */
  replyUrl?: string;
}

/** The parts of a ticket comment the detection reads. */
type CommentLike = Pick<TicketComment, 'id' | 'authorId' | 'authorName' | 'public' | 'via' | 'createdAt'> &
  Partial<Pick<TicketComment, 'body' | 'htmlBody'>>;

const X_CHANNELS = new Set(['twitter', '30', 'any_channel']);

/**
 * The first team member's reply after the share: a public comment, later than the share, by someone other than
 * the requester, brought in by the X channel (the official account's answers come from agents through the web,
 * not the X channel, so they are not mistaken for a volunteer's).
 */
export function detectReply(comments: readonly CommentLike[], requesterId: number | null, sharedAt: number): DetectedReply | null {
  for (const comment of comments) {
    const createdAt = Date.parse(comment.createdAt);
    if (!comment.public || comment.authorId === requesterId || !(createdAt > sharedAt)) continue;
    if (!X_CHANNELS.has(String(comment.via.channel ?? ''))) continue;
    const handle = comment.via.source?.from?.username || undefined;
    const replyUrl = findTweetUrl({ description: comment.body, comments: [{ htmlBody: comment.htmlBody }], requesterHandle: handle }).url ?? undefined;
    return { commentId: comment.id, authorName: comment.authorName, handle, createdAt, ...(replyUrl && { replyUrl }) };
  }
  return null;
}
