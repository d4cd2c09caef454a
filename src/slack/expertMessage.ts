import type { KnownBlock, SectionBlock } from '@slack/types';
import type { ChatPostMessageArguments, ChatUpdateArguments } from '@slack/web-api';
import type { PostQuote } from '../sources/post';
import { defaultSlackCopy, type SlackCopy } from './copy';
import { capText, escapeMrkdwn, plainText, safeMrkdwn, singleLine } from './escape';
import { isUserId } from './ids';
import { BLOCK_KIT_LIMITS, SHARE_CAPS } from './limits';
import type { InvolvementStatus } from './metadata';
import { platformCopy } from './platformCopy';
import { atHandle, contextBlock, headerBlock, mrkdwnLink, ticketNumber } from './shareBlocks';
import { slackDate } from './statusMessage';

import { EXPERT_REQUEST_EVENT_TYPE } from './eventTypes';

export { EXPERT_REQUEST_EVENT_TYPE };

/** The handbook's request to an expert: who, about which post, from which ticket. Every text field is untrusted. */
export interface ExpertRequestInput {
  /** Slack channel id of the area (`C…`). */
  channel: string;
  post: PostQuote;
  ticket: { id: number; url: string };
  /** Area id (`verify`) and its name as the channel reads it (`Verify`). */
  area: { id: string; name: string };
  /** Every expert asked so far, first the one the post mentions (unix seconds); empty: the post asks the channel. */
  asked: { expert: string; at: number }[];
  /** The advocate's name. */
  askedBy: string;
  guidelinesUrl?: string;
}

/** A request as posted, for its updates. */
export type PostedExpertRequest = ExpertRequestInput & { ts: string };

/** The metadata of a request post (docs/design/round-2.md): ids and what the post shows, nothing private. */
export interface ExpertMetadataArguments {
  event_type: typeof EXPERT_REQUEST_EVENT_TYPE;
  event_payload: {
    ticket_id: number;
    post_url: string;
    platform: string;
    area: string;
    /** The expert the post first mentioned, '' when it asked the channel. */
    expert: string;
    status: InvolvementStatus;
    /** Every ask, the first one included, so the rotation sees thread re-asks in one history call. */
    asked: { expert: string; at: number }[];
  };
}

export type ExpertRequestMessage = ChatPostMessageArguments & { text: string; blocks: KnownBlock[]; metadata: ExpertMetadataArguments };
export type ExpertRequestUpdate = ChatUpdateArguments & { text: string; blocks: KnownBlock[]; metadata: ExpertMetadataArguments; parse: 'none' };

/** The post's change of state: responded (by whom, with the reply's link) or withdrawn (by whom). */
export type ExpertRequestChange =
  | { status: 'open' }
  | { status: 'responded'; handle: string; at: Date; replyUrl?: string; markedBy: string }
  | { status: 'withdrawn'; by: string; at: Date };

/** `chat.postMessage` arguments of the handbook's request: the expert mentioned, the post quoted, the links. */
export function buildExpertRequest(input: ExpertRequestInput, copy: SlackCopy = defaultSlackCopy): ExpertRequestMessage {
  return {
    channel: input.channel,
    text: fallbackText(input, copy),
    blocks: requestBlocks(input, copy),
    metadata: expertMetadata(input, 'open'),
    unfurl_links: false,
    unfurl_media: false,
  };
}

/**
 * `chat.update` of a request: still open with a later expert added (the thread re-ask), responded, or withdrawn
 * (the quote removed, so nobody answers a post taken back). `parse: 'none'`: chat.update parses as a client would.
 */
export function buildExpertRequestUpdate(original: PostedExpertRequest, change: ExpertRequestChange, copy: SlackCopy = defaultSlackCopy): ExpertRequestUpdate {
  const base = { channel: original.channel, ts: original.ts, metadata: expertMetadata(original, change.status), parse: 'none' as const };
  if (change.status === 'withdrawn') {
    const line = copy('expert.slack.withdrawn_line', { name: escapeMrkdwn(name(change.by)), date: slackDate(change.at) });
    return {
      ...base,
      text: capText(escapeMrkdwn(copy('expert.slack.withdrawn_fallback', { id: ticketNumber(original.ticket.id) })), SHARE_CAPS.fallbackText, true),
      blocks: [headerBlock(copy('expert.slack.withdrawn_header')), section(line), contextBlock([ticketLink(original, copy)])],
    };
  }
  if (change.status === 'responded') {
    const handle = capText(atHandle(change.handle), SHARE_CAPS.handle, false) || '?';
    const link = change.replyUrl ? ` · ${mrkdwnLink(change.replyUrl, copy('expert.slack.view_reply'))}` : '';
    const line = `${copy('expert.slack.responded_line', { handle: escapeMrkdwn(handle), date: slackDate(change.at), name: escapeMrkdwn(name(change.markedBy)) })}${link}`;
    const [, ...rest] = requestBlocks(original, copy);
    return {
      ...base,
      text: capText(escapeMrkdwn(copy('expert.slack.responded_fallback', { handle })), SHARE_CAPS.fallbackText, true),
      blocks: [headerBlock(copy('expert.slack.responded_header')), section(line), ...rest],
    };
  }
  return { ...base, text: fallbackText(original, copy), blocks: requestBlocks(original, copy) };
}

/** The thread reply that asks the next expert when the first has not answered (a reply, never a second post). */
export function buildExpertReask(original: Pick<PostedExpertRequest, 'channel' | 'ts' | 'post'>, expert: string, copy: SlackCopy = defaultSlackCopy) {
  const platform = platformCopy(original.post.platform, copy);
  return {
    channel: original.channel,
    thread_ts: original.ts,
    text: capText(copy('expert.slack.reask', { expert: mention(expert), platform: escapeMrkdwn(platform.name) }), BLOCK_KIT_LIMITS.textObject, true),
    unfurl_links: false,
    unfurl_media: false,
  } satisfies ChatPostMessageArguments;
}

/** Reads the experts a request asked from its metadata payload (rotation and re-ask share it). */
export function expertMetadata(input: ExpertRequestInput, status: InvolvementStatus): ExpertMetadataArguments {
  const asked = input.asked.filter((entry) => isUserId(entry.expert));
  return {
    event_type: EXPERT_REQUEST_EVENT_TYPE,
    event_payload: {
      ticket_id: input.ticket.id,
      post_url: capText(input.post.url, SHARE_CAPS.url, false),
      platform: input.post.platform,
      area: input.area.id,
      expert: asked[0]?.expert ?? '',
      status,
      asked,
    },
  };
}

function requestBlocks(input: ExpertRequestInput, copy: SlackCopy): KnownBlock[] {
  const platform = platformCopy(input.post.platform, copy);
  const experts = input.asked.map((entry) => entry.expert).filter(isUserId);
  const [first, ...later] = experts;
  const ask = first
    ? copy('expert.slack.ask', { expert: mention(first), platform: escapeMrkdwn(platform.name) })
    : copy('expert.slack.ask_channel', { platform: escapeMrkdwn(platform.name) });
  const lines = [ask, `*${escapeMrkdwn(copy('expert.slack.personal_account'))}*`];
  if (later.length > 0) lines.push(copy('expert.slack.also_asked', { experts: later.map(mention).join(', ') }));
  const text = input.post.text.trim() ? plainText(input.post.text, SHARE_CAPS.quote) : copy('expert.slack.no_text', { platform: platform.name });
  const links = [mrkdwnLink(input.post.url, platform.openPost), ticketLink(input, copy)].join(' · ');
  const context = [copy('expert.slack.asked_by', { name: escapeMrkdwn(name(input.askedBy)) }), escapeMrkdwn(copy('expert.slack.claim_hint'))];
  if (input.guidelinesUrl) context.push(mrkdwnLink(input.guidelinesUrl, copy('expert.slack.guidelines')));
  return [
    headerBlock(copy('expert.slack.header', { area: input.area.name })),
    section(lines.join('\n')),
    { type: 'rich_text', elements: [{ type: 'rich_text_quote', elements: [{ type: 'text', text }] }] },
    {
      type: 'section',
      fields: [
        field(copy('expert.slack.author'), authorLine(input.post, copy)),
        field(copy('expert.slack.area'), escapeMrkdwn(input.area.name)),
        field(copy('expert.slack.links'), links),
      ],
    },
    contextBlock(context),
  ];
}

function fallbackText(input: ExpertRequestInput, copy: SlackCopy): string {
  const platform = platformCopy(input.post.platform, copy);
  const first = input.asked.map((entry) => entry.expert).find(isUserId);
  const text = copy('expert.slack.fallback', {
    who: first ? mention(first) : escapeMrkdwn(copy('expert.slack.someone')),
    platform: escapeMrkdwn(platform.name),
    excerpt: safeMrkdwn(singleLine(input.post.text), SHARE_CAPS.fallbackExcerpt),
  });
  return capText(text, SHARE_CAPS.fallbackText, true);
}

/** `<@U…>` for a validated user id; anything else is shown as escaped text, never as a mention. */
function mention(expert: string): string {
  return isUserId(expert) ? `<@${expert}>` : escapeMrkdwn(expert);
}

function authorLine(post: PostQuote, copy: SlackCopy): string {
  const authorName = name(post.authorName);
  const handle = capText(atHandle(post.authorHandle), SHARE_CAPS.handle, false);
  if (authorName && handle) return escapeMrkdwn(`${authorName} (${handle})`);
  return escapeMrkdwn(authorName || handle || copy('slack.share.unknown_author'));
}

function ticketLink(input: Pick<ExpertRequestInput, 'ticket'>, copy: SlackCopy): string {
  return mrkdwnLink(input.ticket.url, copy('slack.share.open_ticket', { id: ticketNumber(input.ticket.id) }));
}

function section(text: string): SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: capText(text, BLOCK_KIT_LIMITS.textObject, true) } };
}

function field(label: string, value: string) {
  return { type: 'mrkdwn' as const, text: capText(`*${escapeMrkdwn(label)}*\n${value || ' '}`, BLOCK_KIT_LIMITS.fieldText, true) };
}

function name(raw: string): string {
  return capText(singleLine(raw), SHARE_CAPS.displayName, false);
}
