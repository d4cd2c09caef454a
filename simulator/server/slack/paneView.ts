import { apiMessage } from './messageShape';
import { compareTs, type SlackWorkspace, type StoredMessage } from './workspace';

/** `GET /__sim/slack/messages`: every live message, top level and thread replies, oldest first. */
export function listMessages(workspace: SlackWorkspace) {
  return {
    messages: workspace.live().map((message) => ({
      channel: message.channel,
      ts: message.ts,
      user: message.user,
      text: message.text,
      blocks: message.blocks ?? null,
      metadata: message.metadata ?? null,
      ...(message.thread_ts && message.thread_ts !== message.ts ? { thread_ts: message.thread_ts } : {}),
      reactions: message.reactions.map((reaction) => ({ name: reaction.name, users: [...reaction.users], count: reaction.users.length })),
      ...(message.edited ? { edited: { ...message.edited } } : {}),
    })),
  };
}

/** `GET /__sim/slack/view`: what the Slack pane renders, channel by channel, with names instead of ids. */
export function paneView(workspace: SlackWorkspace) {
  const named = (message: StoredMessage) => ({
    ...apiMessage(workspace, message, true),
    channel: message.channel,
    user_name: workspace.userName(message.user),
    reactions: message.reactions.map((reaction) => ({
      name: reaction.name,
      users: [...reaction.users],
      user_names: reaction.users.map((user) => workspace.userName(user)),
      count: reaction.users.length,
    })),
  });
  return {
    team: workspace.fixture.team,
    users: workspace.fixture.users,
    channels: workspace.fixture.channels.map((channel) => ({
      id: channel.id,
      name: channel.name,
      is_archived: channel.is_archived,
      bot_is_member: workspace.botIsMember(channel.id),
      messages: workspace
        .live(channel.id)
        .filter((message) => !message.thread_ts || message.thread_ts === message.ts)
        .sort((a, b) => compareTs(a.ts, b.ts))
        .map((message) => ({ ...named(message), replies: workspace.replies(channel.id, message.ts).map(named) })),
    })),
  };
}
