import type { SlackWorkspace, StoredMessage } from './workspace';

/** A stored message in Slack's API shape; `metadata` only when the caller asked for it. */
export function apiMessage(workspace: SlackWorkspace, message: StoredMessage, withMetadata: boolean) {
  const { bot } = workspace.fixture;
  const fromBot = message.user === bot.user_id;
  const shaped: Record<string, unknown> = {
    type: 'message',
    user: message.user,
    text: message.text,
    ts: message.ts,
    team: workspace.fixture.team.id,
  };
  const author = workspace.fixture.users.find((user) => user.id === message.user);
  if (!fromBot && author) {
    // Slack puts the poster's profile on user messages it returns from history and replies.
    shaped.user_profile = { name: author.name, real_name: author.real_name, display_name: author.real_name, team: workspace.fixture.team.id };
  }
  if (fromBot) {
    shaped.bot_id = bot.bot_id;
    shaped.app_id = bot.app_id;
    shaped.bot_profile = { id: bot.bot_id, app_id: bot.app_id, name: bot.name, deleted: false, team_id: workspace.fixture.team.id };
  }
  if (message.blocks) shaped.blocks = message.blocks;
  if (message.thread_ts) shaped.thread_ts = message.thread_ts;
  if (message.edited) shaped.edited = { ...message.edited };
  const replies = message.thread_ts ? [] : workspace.replies(message.channel, message.ts);
  if (replies.length > 0) {
    shaped.thread_ts = message.ts;
    shaped.reply_count = replies.length;
    shaped.reply_users = [...new Set(replies.map((reply) => reply.user))];
    shaped.reply_users_count = (shaped.reply_users as string[]).length;
    shaped.latest_reply = replies.at(-1)?.ts;
  }
  if (message.reactions.length > 0) {
    shaped.reactions = message.reactions.map((reaction) => ({ name: reaction.name, users: [...reaction.users], count: reaction.users.length }));
  }
  if (withMetadata && message.metadata) shaped.metadata = message.metadata;
  return shaped;
}
