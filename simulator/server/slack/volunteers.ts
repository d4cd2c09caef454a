import type { SlackWorkspace, StoredMessage } from './workspace';

/** A volunteer reacts in Slack (`POST /__sim/slack/reactions`); reacting twice with the same emoji does nothing. */
export function addReaction(workspace: SlackWorkspace, ts: string, name: string, user: string): StoredMessage | string {
  const message = workspace.live().find((candidate) => candidate.ts === ts);
  if (!message) return `No message with ts ${ts}`;
  const userId = workspace.resolveUser(user);
  if (!userId) return `No Slack user ${user}`;
  const emoji = name.replace(/^:|:$/g, '');
  const reaction = message.reactions.find((existing) => existing.name === emoji);
  if (!reaction) message.reactions.push({ name: emoji, users: [userId] });
  else if (!reaction.users.includes(userId)) reaction.users.push(userId);
  return message;
}

/** A volunteer answers in the thread (`POST /__sim/slack/replies`). */
export function addThreadReply(workspace: SlackWorkspace, threadTs: string, user: string, text: string): StoredMessage | string {
  const parent = workspace.live().find((candidate) => candidate.ts === threadTs);
  if (!parent) return `No message with ts ${threadTs}`;
  const userId = workspace.resolveUser(user);
  if (!userId) return `No Slack user ${user}`;
  const root = parent.thread_ts ?? parent.ts;
  return workspace.post({ channel: parent.channel, user: userId, text, thread_ts: root });
}
