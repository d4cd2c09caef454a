import { defaultSlackCopy } from '../slack/copy';
import { EXPERT_REQUEST_EVENT_TYPE } from '../slack/expertMessage';
import { readShareMetadata } from '../slack/statusMessage';
import { isShortLink, parseTweetUrl } from '../sources/x/tweetUrl';
import { CLAIM, DONE, reactionName } from '../workflow/shareActivity';
import { asArray, asNumber, asRecord, asString, asStringArray } from '../zendesk/fields';
import { tsToMs, type InvolvementKind } from './shareRow';

/** What one top-level Slack message of ours says, as `conversations.history` returns it. */
export interface PostFacts {
  kind: InvolvementKind;
  ticketId: number;
  channel: string;
  ts: string;
  /** The bot user that posted it (thread replies by it are ours, not a volunteer's). */
  poster: string;
  status: 'open' | 'responded' | 'withdrawn';
  category: string;
  area: string;
  postUrl: string;
  /** The quoted post's first words, '' when the post no longer quotes it (withdrawn). */
  excerpt: string;
  sharedBy: string;
  claimedBy: string[];
  answeredBy: string[];
  replyCount: number;
  /** ts of the newest reply; a changed value means the thread must be read again. */
  latestReply: string;
  /** Who replied in the thread (user ids). */
  replyUsers: string[];
  /** Epoch ms of the last `chat.update` (the responded or withdrawn mark), or null. */
  editedAt: number | null;
}

/** Words of the post shown in a row; the rest is one click away. */
export const EXCERPT_WORDS = 24;

/** Our share or expert request in a history message, or null for anything else in the channel. */
export function readPostFacts(channel: string, raw: unknown): PostFacts | null {
  const message = asRecord(raw);
  const base = readKind(message);
  if (!base) return null;
  const ts = asString(message.ts);
  if (!ts) return null;
  const reactions = asArray(message.reactions).map(asRecord);
  const users = (match: (name: string) => boolean) => [
    ...new Set(reactions.filter((reaction) => match(reactionName(asString(reaction.name)))).flatMap((reaction) => asStringArray(reaction.users))),
  ];
  const edited = asRecord(message.edited);
  return {
    ...base,
    channel,
    ts,
    poster: asString(message.user),
    excerpt: firstWords(withoutJoiners(quoteText(message.blocks))),
    sharedBy: base.sharedBy || sharerIn(message.blocks),
    claimedBy: users((name) => name === CLAIM),
    answeredBy: users((name) => DONE.has(name)),
    replyCount: asNumber(message.reply_count) ?? 0,
    latestReply: asString(message.latest_reply),
    replyUsers: asStringArray(message.reply_users),
    editedAt: edited.ts ? tsToMs(asString(edited.ts)) : null,
  };
}

type KindFacts = Pick<PostFacts, 'kind' | 'ticketId' | 'status' | 'category' | 'area' | 'postUrl' | 'sharedBy'>;

function readKind(message: Record<string, unknown>): KindFacts | null {
  const share = readShareMetadata(message as Parameters<typeof readShareMetadata>[0]);
  const payload = asRecord(asRecord(message.metadata).event_payload);
  const sharedBy = asString(payload.shared_by);
  if (share) {
    return { kind: 'share', ticketId: share.ticket_id, status: share.status, category: share.category ?? '', area: '', postUrl: asString(payload.post_url) || share.tweet_url, sharedBy };
  }
  if (asRecord(message.metadata).event_type !== EXPERT_REQUEST_EVENT_TYPE) return null;
  const ticketId = asNumber(payload.ticket_id);
  if (ticketId === null || !Number.isSafeInteger(ticketId)) return null;
  const status = payload.status === 'responded' || payload.status === 'withdrawn' ? payload.status : 'open';
  return { kind: 'expert', ticketId, status, category: '', area: asString(payload.area), postUrl: asString(payload.post_url), sharedBy };
}

/** The text of the post's `rich_text_quote` (how both kinds quote the post). */
function quoteText(blocks: unknown): string {
  for (const block of asArray(blocks).map(asRecord)) {
    if (block.type !== 'rich_text') continue;
    for (const element of asArray(block.elements).map(asRecord)) {
      if (element.type !== 'rich_text_quote') continue;
      return asArray(element.elements).map((part) => asString(asRecord(part).text)).join('');
    }
  }
  return '';
}

/**
 * A tweet's own status link or a `t.co` short link: tweets as X delivers them end with one, and in a row's few words
 * it is noise (the row links the post itself). Other links are words the author chose.
 */
function isTweetLink(word: string): boolean {
  const link = word.replace(/[.,;:!?)\]]+$/, '');
  return parseTweetUrl(link) !== null || isShortLink(link);
}

/** The first `EXCERPT_WORDS` words on one line, tweet links left out, with an ellipsis when there were more. */
export function firstWords(text: string, count = EXCERPT_WORDS): string {
  const words = text.split(/\s+/).filter((word) => word && !isTweetLink(word));
  return words.length > count ? `${words.slice(0, count).join(' ')}…` : words.join(' ');
}

const [SHARED_BY_BEFORE = '', SHARED_BY_AFTER = ''] = defaultSlackCopy('slack.share.shared_by', { name: '\u0000' }).split('\u0000');

/**
 * The advocate's name from the post's context line ("Shared by Alex Advocate"): posts carry it in the channel's
 * words, which are the Slack copy's (English unless an install binds another).
 */
function sharerIn(blocks: unknown): string {
  for (const block of asArray(blocks).map(asRecord)) {
    if (block.type !== 'context') continue;
    for (const element of asArray(block.elements).map(asRecord)) {
      // Older posts joined the context lines with " · " in one element.
      const text = asString(element.text).split(' · ')[0] ?? '';
      if (text.startsWith(SHARED_BY_BEFORE) && text.endsWith(SHARED_BY_AFTER) && text.length > SHARED_BY_BEFORE.length + SHARED_BY_AFTER.length) {
        return unescapeMrkdwn(text.slice(SHARED_BY_BEFORE.length, text.length - SHARED_BY_AFTER.length));
      }
    }
  }
  return '';
}

function unescapeMrkdwn(text: string): string {
  return withoutJoiners(text).replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
}

/** The word joiners `neutraliseBroadcasts` put after an `@`, which only mattered inside Slack. */
function withoutJoiners(text: string): string {
  return text.replaceAll('\u2060', '');
}
