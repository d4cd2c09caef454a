import { checkBlocks, checkMetadata } from './blocks';
import { apiMessage } from './messageShape';
import type { SlackArgs, SlackResult } from './slackResult';
import { fail } from './slackResult';
import type { SlackWorkspace } from './workspace';

/** chat.postMessage: Slack's checks in Slack's order, then a new message with a fresh ts. */
export function postMessage(workspace: SlackWorkspace, args: SlackArgs): SlackResult {
  const channelId = String(args.channel ?? '');
  const channel = workspace.channel(channelId);
  if (!channel) return fail('channel_not_found');
  if (channel.is_archived) return fail('is_archived');
  const publicPost = workspace.config.scopes.includes('chat:write.public');
  if (!workspace.botIsMember(channelId) && !publicPost) return fail('not_in_channel');
  const text = args.text === undefined ? '' : String(args.text);
  if (args.blocks === undefined && text === '') return fail('no_text');
  if (text.length > 40_000) return fail('msg_too_long');
  const blocks = args.blocks === undefined ? undefined : checkBlocks(args.blocks);
  if (blocks && !blocks.ok) return fail(blocks.error);
  const metadata = args.metadata === undefined ? undefined : checkMetadata(args.metadata);
  if (metadata && !metadata.ok) return fail(metadata.error);
  const threadTs = args.thread_ts === undefined ? undefined : String(args.thread_ts);
  if (threadTs && !workspace.message(channelId, threadTs)) return fail('thread_not_found');
  const stored = workspace.post({
    channel: channelId,
    user: workspace.botUser,
    text,
    blocks: blocks?.value,
    metadata: metadata?.value,
    thread_ts: threadTs,
  });
  return { ok: true, channel: channelId, ts: stored.ts, message: apiMessage(workspace, stored, true) };
}

/** chat.update: only the bot's own messages; omitted blocks and metadata are kept, as Slack does. */
export function updateMessage(workspace: SlackWorkspace, args: SlackArgs): SlackResult {
  const channelId = String(args.channel ?? '');
  const channel = workspace.channel(channelId);
  if (!channel) return fail('channel_not_found');
  const message = workspace.message(channelId, String(args.ts ?? ''));
  if (!message) return fail('message_not_found');
  if (message.user !== workspace.botUser) return fail('cant_update_message');
  if (channel.is_archived) return fail('is_archived');
  if (args.text === undefined && args.blocks === undefined) return fail('no_text');
  const text = args.text === undefined ? message.text : String(args.text);
  if (text.length > 4_000) return fail('msg_too_long');
  const blocks = args.blocks === undefined ? undefined : checkBlocks(args.blocks);
  if (blocks && !blocks.ok) return fail(blocks.error);
  const metadata = args.metadata === undefined ? undefined : checkMetadataOrEmpty(args.metadata);
  if (metadata && !metadata.ok) return fail(metadata.error);
  message.text = text;
  if (blocks) message.blocks = blocks.value.length > 0 ? blocks.value : undefined;
  if (metadata) message.metadata = metadata.value;
  message.edited = { user: workspace.botUser, ts: workspace.clock.next() };
  return { ok: true, channel: channelId, ts: message.ts, text, message: apiMessage(workspace, message, true) };
}

/** chat.delete: only the bot's own messages. */
export function deleteMessage(workspace: SlackWorkspace, args: SlackArgs): SlackResult {
  const channelId = String(args.channel ?? '');
  if (!workspace.channel(channelId)) return fail('channel_not_found');
  const message = workspace.message(channelId, String(args.ts ?? ''));
  if (!message) return fail('message_not_found');
  if (message.user !== workspace.botUser) return fail('cant_delete_message');
  message.deleted = true;
  return { ok: true, channel: channelId, ts: message.ts };
}

/** chat.getPermalink: thread replies link to their thread. */
export function getPermalink(workspace: SlackWorkspace, args: SlackArgs): SlackResult {
  const channelId = String(args.channel ?? '');
  if (!workspace.channel(channelId)) return fail('channel_not_found');
  const message = workspace.message(channelId, String(args.message_ts ?? ''));
  if (!message) return fail('message_not_found');
  const base = `https://${workspace.fixture.team.domain}.slack.com/archives/${channelId}/p${message.ts.replace('.', '')}`;
  const permalink = message.thread_ts && message.thread_ts !== message.ts
    ? `${base}?thread_ts=${message.thread_ts}&cid=${channelId}`
    : base;
  return { ok: true, channel: channelId, permalink };
}

/** `{}` removes metadata on chat.update. */
function checkMetadataOrEmpty(raw: unknown): ReturnType<typeof checkMetadata> | { ok: true; value: undefined } {
  const parsed = typeof raw === 'string' ? safeParse(raw) : raw;
  if (typeof parsed === 'object' && parsed !== null && Object.keys(parsed).length === 0) return { ok: true, value: undefined };
  return checkMetadata(raw);
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
