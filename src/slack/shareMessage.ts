import type { KnownBlock } from '@slack/types';
import type { ChatPostMessageArguments } from '@slack/web-api';
import type { Platform } from '../sources/post';
import type { Category } from '../triage/types';
import { defaultSlackCopy, type SlackCopy } from './copy';
import type { InvolvementStatus } from './metadata';
import { capText, escapeMrkdwn, safeMrkdwn, safeUrl, singleLine } from './escape';
import { SHARE_EVENT_TYPE } from './eventTypes';
import { SHARE_CAPS } from './limits';
import { platformCopy } from './platformCopy';
import { atHandle, detailsBlock, headerBlock, shareContextBlock, tweetQuoteBlock, type ShareMessageInput } from './shareBlocks';

export type { ShareMessageInput } from './shareBlocks';

export { SHARE_EVENT_TYPE } from './eventTypes';

/** Where a shared tweet stands, as the post's metadata records it. */
export type ShareStatus = InvolvementStatus;

/** The metadata we attach to a share post. */
export interface ShareMetadataArguments {
  /** Always `SHARE_EVENT_TYPE`. */
  event_type: typeof SHARE_EVENT_TYPE;
  /** The ticket, the tweet and where the share stands. */
  event_payload: { ticket_id: number; tweet_url: string; post_url: string; platform: Platform; status: ShareStatus; category: Category; note?: string };
}

/** `chat.postMessage` arguments with the parts we always send made visible to callers. */
export type ShareMessage = ChatPostMessageArguments & { text: string; blocks: KnownBlock[]; metadata: ShareMetadataArguments };

/** The `chat.postMessage` arguments that share a tweet with the volunteers. */
export function buildShareMessage(input: ShareMessageInput, copy: SlackCopy = defaultSlackCopy): ShareMessage {
  return {
    channel: input.channel,
    text: shareFallbackText(input, copy),
    blocks: [headerBlock(platformCopy(input.post.platform, copy).header), tweetQuoteBlock(input, copy), detailsBlock(input, copy), shareContextBlock(input, copy)],
    metadata: shareMetadata(input, 'open'),
    unfurl_links: false,
    unfurl_media: false,
  };
}

/** The notification and screen-reader text: Slack parses it as mrkdwn, so every value is escaped. */
export function shareFallbackText(input: ShareMessageInput, copy: SlackCopy): string {
  const who = capText(atHandle(input.post.authorHandle), SHARE_CAPS.handle, false) || capText(singleLine(input.post.authorName), SHARE_CAPS.displayName, false) || copy('slack.share.unknown_author');
  const text = copy('slack.share.fallback', {
    header: escapeMrkdwn(platformCopy(input.post.platform, copy).header),
    handle: safeMrkdwn(who, SHARE_CAPS.displayName),
    excerpt: safeMrkdwn(singleLine(input.post.text), SHARE_CAPS.fallbackExcerpt),
  });
  return capText(text, SHARE_CAPS.fallbackText, true);
}

/**
 * Message metadata is readable by every app and member of the workspace (docs.slack.dev/messaging/message-metadata),
 * so it holds ids and what the post already shows: the ticket, the post's URL and platform (`tweet_url` too on X,
 * as posts before other platforms had it), the category id and the advocate's note, which let an update rebuild the post exactly as it was shared.
 */
export function shareMetadata(input: ShareMessageInput, status: ShareStatus): ShareMetadataArguments {
  const note = input.note ? capText(singleLine(input.note), SHARE_CAPS.note, false) : undefined;
  const postUrl = safeUrl(input.post.url, SHARE_CAPS.url) ?? '';
  return {
    event_type: SHARE_EVENT_TYPE,
    event_payload: {
      ticket_id: input.ticket.id,
      tweet_url: input.post.platform === 'x' ? postUrl : '',
      post_url: postUrl,
      platform: input.post.platform,
      status,
      category: input.category,
      ...(note && { note }),
    },
  };
}
