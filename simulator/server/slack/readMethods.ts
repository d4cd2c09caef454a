import { apiMessage } from './messageShape';
import { fail, isTrue, type SlackArgs, type SlackResult } from './slackResult';
import { compareTs, type SlackWorkspace } from './workspace';

/** auth.test. */
export function authTest(workspace: SlackWorkspace): SlackResult {
  const { team, bot } = workspace.fixture;
  return {
    ok: true,
    url: `https://${team.domain}.slack.com/`,
    team: team.name,
    user: bot.name,
    team_id: team.id,
    user_id: bot.user_id,
    bot_id: bot.bot_id,
    is_enterprise_install: false,
  };
}

/** conversations.info. */
export function conversationInfo(workspace: SlackWorkspace, args: SlackArgs): SlackResult {
  const id = String(args.channel ?? '');
  const channel = workspace.channel(id);
  if (!channel) return fail('channel_not_found');
  return {
    ok: true,
    channel: {
      id: channel.id,
      name: channel.name,
      is_channel: true,
      is_group: false,
      is_im: false,
      is_private: false,
      is_archived: channel.is_archived,
      is_general: false,
      is_member: workspace.botIsMember(id),
      name_normalized: channel.name,
      created: 1_700_000_000,
    },
  };
}

/** conversations.history: newest first, top-level messages only, `oldest`/`latest` exclusive by default. */
export function conversationHistory(workspace: SlackWorkspace, args: SlackArgs): SlackResult {
  const id = String(args.channel ?? '');
  if (!workspace.channel(id)) return fail('channel_not_found');
  if (!workspace.botIsMember(id)) return fail('not_in_channel');
  const inclusive = isTrue(args.inclusive);
  const oldest = args.oldest === undefined ? undefined : String(args.oldest);
  const cursorLatest = args.cursor ? Buffer.from(String(args.cursor), 'base64').toString('utf8').replace(/^next_ts:/, '') : undefined;
  const latest = cursorLatest ?? (args.latest === undefined ? undefined : String(args.latest));
  const limit = Math.min(Math.max(Number(args.limit ?? 100) || 100, 1), 999);
  const inRange = workspace
    .live(id)
    .filter((message) => !message.thread_ts || message.thread_ts === message.ts)
    .filter((message) => oldest === undefined || (inclusive ? compareTs(message.ts, oldest) >= 0 : compareTs(message.ts, oldest) > 0))
    .filter((message) => {
      if (latest === undefined) return true;
      return inclusive && !cursorLatest ? compareTs(message.ts, latest) <= 0 : compareTs(message.ts, latest) < 0;
    })
    .reverse();
  const page = inRange.slice(0, limit);
  const hasMore = inRange.length > limit;
  const last = page.at(-1);
  return {
    ok: true,
    messages: page.map((message) => apiMessage(workspace, message, isTrue(args.include_all_metadata))),
    has_more: hasMore,
    pin_count: 0,
    response_metadata: { next_cursor: hasMore && last ? Buffer.from(`next_ts:${last.ts}`).toString('base64') : '' },
  };
}

/** conversations.replies: the parent first, then its replies oldest first. */
export function conversationReplies(workspace: SlackWorkspace, args: SlackArgs): SlackResult {
  const id = String(args.channel ?? '');
  if (!workspace.channel(id)) return fail('channel_not_found');
  if (!workspace.botIsMember(id)) return fail('not_in_channel');
  const parent = workspace.message(id, String(args.ts ?? ''));
  if (!parent) return fail('thread_not_found');
  const root = parent.thread_ts && parent.thread_ts !== parent.ts ? workspace.message(id, parent.thread_ts) : parent;
  if (!root) return fail('thread_not_found');
  const withMetadata = isTrue(args.include_all_metadata);
  const messages = [root, ...workspace.replies(id, root.ts)].map((message) => apiMessage(workspace, message, withMetadata));
  return { ok: true, messages, has_more: false, response_metadata: { next_cursor: '' } };
}

/** reactions.get. */
export function reactionsGet(workspace: SlackWorkspace, args: SlackArgs): SlackResult {
  const id = String(args.channel ?? '');
  if (!workspace.channel(id)) return fail('channel_not_found');
  const message = workspace.message(id, String(args.timestamp ?? ''));
  if (!message) return fail('message_not_found');
  return { ok: true, type: 'message', channel: id, message: apiMessage(workspace, message, false) };
}

/** users.info: the fields the app reads (`real_name`, the profile's display name); `user_not_found` otherwise. */
export function usersInfo(workspace: SlackWorkspace, args: SlackArgs): SlackResult {
  const id = String(args.user ?? '');
  const user = workspace.fixture.users.find((candidate) => candidate.id === id);
  if (!user) return fail('user_not_found');
  return {
    ok: true,
    user: {
      id: user.id,
      name: user.name,
      real_name: user.real_name,
      is_bot: user.is_bot ?? false,
      profile: { real_name: user.real_name, display_name: user.name },
    },
  };
}
