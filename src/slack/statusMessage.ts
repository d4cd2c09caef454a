import type { KnownBlock } from '@slack/types';
import type { ChatPostMessageArguments, ChatUpdateArguments } from '@slack/web-api';
import { PLATFORMS, type Platform } from '../sources/post';
import { CATEGORIES, type Category } from '../triage/types';
import { defaultSlackCopy, type SlackCopy } from './copy';
import { platformCopy } from './platformCopy';
import { capText, escapeMrkdwn, singleLine } from './escape';
import { BLOCK_KIT_LIMITS, SHARE_CAPS } from './limits';
import {
  atHandle,
  contextBlock,
  detailsBlock,
  headerBlock,
  mrkdwnLink,
  shareContextBlock,
  ticketNumber,
  tweetQuoteBlock,
  type ShareMessageInput,
} from './shareBlocks';
import { readInvolvementMetadata, type MessageWithMetadata } from './metadata';
import { SHARE_EVENT_TYPE, shareMetadata, type ShareMetadataArguments, type ShareStatus } from './shareMessage';

/** A share post as it was posted: what was shared, and the `ts` Slack gave it. */
export type PostedShare = ShareMessageInput & { ts: string };

/** `chat.update` arguments that rewrite a share post, with the parts we always send made visible. */
export type ShareUpdate = ChatUpdateArguments & { text: string; blocks: KnownBlock[]; metadata: ShareMetadataArguments; parse: 'none' };

/** A thread reply under a share post. */
export type ShareThreadReply = ChatPostMessageArguments & { text: string; thread_ts: string };

/** A team member replied to the post, and the advocate marked it. */
export interface RespondedInfo {
  /** The X handle the reply came from; '' where the advocate gave the reply's link instead (Hacker News, Reddit, the forum). */
  handle: string;
  /** When the reply was seen. */
  at: Date;
  /** The reply on its platform, when known. */
  replyUrl?: string;
  /** The advocate who marked it. */
  markedBy: string;
}

/** The advocate took the share back. */
export interface WithdrawnInfo {
  /** The advocate's name. */
  by: string;
  /** When. */
  at: Date;
}

/** What our metadata says about a message in channel history. */
export interface ShareMetadata {
  /** The Zendesk ticket the post shares. */
  ticket_id: number;
  /** The canonical tweet URL on X; '' for other platforms. */
  tweet_url: string;
  /** The post's canonical URL (the tweet URL for posts made before other platforms). */
  post_url: string;
  /** Where the post lives (`x` for posts made before other platforms). */
  platform: Platform;
  /** Where the share stands. */
  status: ShareStatus;
  /** The category the advocate shared it under, when the post recorded one. */
  category?: Category;
  /** The advocate's note for volunteers, when there was one. */
  note?: string;
}

/**
 * `chat.update` that keeps the post's content and marks it responded. `parse: 'none'` because chat.update
 * defaults to `client` parsing, unlike chat.postMessage (research/slack.md §2).
 */
export function buildRespondedUpdate(original: PostedShare, responded: RespondedInfo, copy: SlackCopy = defaultSlackCopy): ShareUpdate {
  const marked = copy('slack.responded.marked_by', { name: escapeMrkdwn(name(responded.markedBy)) });
  return {
    channel: original.channel,
    ts: original.ts,
    text: capText(
      escapeMrkdwn(
        responded.handle === ''
          ? copy('slack.responded.fallback_on', { platform: platformName(original, copy), author: authorOf(original, copy) })
          : copy('slack.responded.fallback', { handle: handleOf(responded), author: authorOf(original, copy) }),
      ),
      SHARE_CAPS.fallbackText,
      true,
    ),
    blocks: [
      headerBlock(original.post.platform === 'x' ? copy('slack.responded.header') : copy('slack.responded.header_post', { platform: platformName(original, copy) })),
      { type: 'section', text: { type: 'mrkdwn', text: respondedLine(original, responded, copy) } },
      tweetQuoteBlock(original, copy),
      detailsBlock(original, copy),
      shareContextBlock(original, copy, [marked]),
    ],
    metadata: shareMetadata(original, 'responded'),
    parse: 'none',
  };
}

/** A quiet thread reply under the post (not broadcast), for readers who follow the thread. */
export function buildRespondedThreadReply(original: Pick<PostedShare, 'channel' | 'ts' | 'post'>, responded: RespondedInfo, copy: SlackCopy = defaultSlackCopy): ShareThreadReply {
  const handle = escapeMrkdwn(handleOf(responded));
  const link = responded.replyUrl ? mrkdwnLink(responded.replyUrl, copy('slack.responded.view_reply')) : '';
  const text =
    responded.handle === '' && link !== ''
      ? copy('slack.responded.thread_on', { platform: escapeMrkdwn(platformName(original, copy)), link })
      : link !== ''
        ? copy('slack.responded.thread', { handle, link })
        : copy('slack.responded.thread_no_link', { handle });
  return {
    channel: original.channel,
    thread_ts: original.ts,
    text: capText(text, BLOCK_KIT_LIMITS.textObject, true),
    unfurl_links: false,
    unfurl_media: false,
  };
}

/** `chat.update` that marks the post withdrawn and removes the quote, so the post is no longer promoted. */
export function buildWithdrawnUpdate(original: PostedShare, withdrawn: WithdrawnInfo, copy: SlackCopy = defaultSlackCopy): ShareUpdate {
  const onX = original.post.platform === 'x';
  const platform = platformName(original, copy);
  const line = onX
    ? copy('slack.withdrawn.line', { name: escapeMrkdwn(name(withdrawn.by)), date: slackDate(withdrawn.at) })
    : copy('slack.withdrawn.line_post', { name: escapeMrkdwn(name(withdrawn.by)), platform: escapeMrkdwn(platform), date: slackDate(withdrawn.at) });
  const ticket = mrkdwnLink(original.ticket.url, copy('slack.share.open_ticket', { id: ticketNumber(original.ticket.id) }));
  return {
    channel: original.channel,
    ts: original.ts,
    text: capText(
      escapeMrkdwn(onX ? copy('slack.withdrawn.fallback', { author: authorOf(original, copy) }) : copy('slack.withdrawn.fallback_post', { platform, author: authorOf(original, copy) })),
      SHARE_CAPS.fallbackText,
      true,
    ),
    blocks: [
      headerBlock(copy('slack.withdrawn.header')),
      { type: 'section', text: { type: 'mrkdwn', text: capText(line, BLOCK_KIT_LIMITS.textObject, true) } },
      contextBlock([ticket]),
    ],
    metadata: shareMetadata(original, 'withdrawn'),
    parse: 'none',
  };
}

/** Reads our metadata back from a `conversations.history` message (`include_all_metadata: true`); null if not ours. */
export function readShareMetadata(message: MessageWithMetadata): ShareMetadata | null {
  const metadata = readInvolvementMetadata(message, SHARE_EVENT_TYPE);
  if (!metadata) return null;
  const { tweet_url: tweetUrl, post_url: postUrl, platform, category, note } = metadata.payload;
  const tweet = typeof tweetUrl === 'string' ? tweetUrl : '';
  return {
    ticket_id: metadata.ticketId,
    tweet_url: tweet,
    post_url: typeof postUrl === 'string' && postUrl !== '' ? postUrl : tweet,
    platform: (PLATFORMS as readonly unknown[]).includes(platform) ? (platform as Platform) : 'x',
    status: metadata.status,
    ...(typeof category === 'string' && (CATEGORIES as readonly string[]).includes(category) && { category: category as Category }),
    ...(typeof note === 'string' && note !== '' && { note }),
  };
}

/** `<!date^…>` renders in each reader's time zone; the text after `|` shows where dates are unsupported. */
export function slackDate(at: Date): string {
  const ms = at.getTime();
  if (Number.isNaN(ms)) return '';
  return `<!date^${Math.floor(ms / 1000)}^{date_short_pretty} {time}|${at.toISOString()}>`;
}

function respondedLine(original: ShareMessageInput, responded: RespondedInfo, copy: SlackCopy): string {
  const date = slackDate(responded.at);
  const line =
    responded.handle === ''
      ? copy('slack.responded.line_on', { platform: escapeMrkdwn(platformName(original, copy)), date })
      : copy('slack.responded.line', { handle: escapeMrkdwn(handleOf(responded)), date });
  const link = responded.replyUrl ? ` · ${mrkdwnLink(responded.replyUrl, copy('slack.responded.view_reply'))}` : '';
  return capText(`${line}${link}`, BLOCK_KIT_LIMITS.textObject, true);
}

function platformName(original: Pick<ShareMessageInput, 'post'>, copy: SlackCopy): string {
  return platformCopy(original.post.platform, copy).name;
}

function handleOf(responded: RespondedInfo): string {
  return capText(atHandle(responded.handle), SHARE_CAPS.handle, false) || '?';
}

function authorOf(original: ShareMessageInput, copy: SlackCopy): string {
  return capText(atHandle(original.post.authorHandle), SHARE_CAPS.handle, false) || name(original.post.authorName) || copy('slack.share.unknown_author');
}

function name(raw: string): string {
  return capText(singleLine(raw), SHARE_CAPS.displayName, false);
}
