/** Reads `GET /__sim/slack/view` (or the plainer `/__sim/slack/messages`) into what the Slack pane draws. */

/** One reaction on a message. */
export interface ReactionView {
  /** Emoji name without colons (`eyes`, `white_check_mark`). */
  name: string;
  /** How many people reacted. */
  count: number;
  /** Names (or ids) of who reacted. */
  users: string[];
}

/** One message, top level or in a thread. */
export interface SlackMessageView {
  /** Slack ts. */
  ts: string;
  /** Author's name (or id when the view has no name). */
  author: string;
  /** Fallback text. */
  text: string;
  /** Block Kit blocks, unchecked. */
  blocks: unknown[];
  /** Reactions. */
  reactions: ReactionView[];
  /** Whether it was edited (`chat.update`). */
  edited: boolean;
  /** Thread replies, oldest first (empty for replies themselves). */
  replies: SlackMessageView[];
}

/** A person who can react or reply in the simulated channel. */
export interface SlackPerson {
  /** Slack user id. */
  id: string;
  /** Display name. */
  name: string;
}

/** A channel the pane can switch to. */
export interface SlackChannelView {
  id: string;
  name: string;
  archived: boolean;
  /** Top-level messages in it. */
  count: number;
}

/** The pane's content. */
export interface SlackPaneView {
  /** The channel shown. */
  channel?: string;
  /** Every channel of the workspace, for the switcher. */
  channels: SlackChannelView[];
  /** Top-level messages, oldest first. */
  messages: SlackMessageView[];
  /** Volunteers (non-bot users). */
  people: SlackPerson[];
}

type Loose = Record<string, unknown>;
const record = (value: unknown): Loose => (typeof value === 'object' && value !== null ? (value as Loose) : {});
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function peopleOf(view: Loose): { people: SlackPerson[]; names: Map<string, string>; bots: Set<string> } {
  const names = new Map<string, string>();
  const bots = new Set<string>();
  const people: SlackPerson[] = [];
  const users: Loose[] = Array.isArray(view.users)
    ? view.users.map(record)
    : Object.entries(record(view.users)).map(([id, name]) => ({ id, ...(typeof name === 'string' ? { real_name: name } : record(name)) }));
  for (const user of users) {
    const id = text(user.id);
    const name = text(user.real_name) || text(user.name) || id;
    if (!id) continue;
    names.set(id, name);
    if (user.is_bot) bots.add(id);
    else people.push({ id, name });
  }
  return { people, names, bots };
}

function messageOf(raw: Loose, names: Map<string, string>): SlackMessageView {
  const user = text(raw.user) || text(raw.bot_id);
  return {
    ts: text(raw.ts),
    author: text(raw.user_name) || text(raw.userName) || text(raw.username) || names.get(user) || user || 'unknown',
    text: text(raw.text),
    blocks: list(raw.blocks),
    reactions: list(raw.reactions).map(record).map((reaction) => {
      const ids = list(reaction.users).map(String);
      const given = list(reaction.user_names).map(String);
      const users = given.length === ids.length ? given : ids.map((id) => names.get(id) ?? id);
      return { name: text(reaction.name), count: Number(reaction.count ?? users.length), users };
    }),
    edited: Boolean(raw.edited),
    replies: list(raw.replies).map((reply) => messageOf(record(reply), names)),
  };
}

/** The channel to show: the one asked for, else the first channel the bot is in. */
function shownChannel(view: Loose, channelId: string | undefined): { id?: string; messages: unknown[] } {
  if (Array.isArray(view.messages)) return { messages: view.messages };
  const channels = list(view.channels).map(record);
  const channel = channels.find((entry) => entry.id === channelId) ?? channels.find((entry) => entry.bot_is_member && !entry.is_archived);
  return { id: channel ? text(channel.id) : undefined, messages: list(channel?.messages) };
}

function channelsOf(view: Loose): SlackChannelView[] {
  return list(view.channels)
    .map(record)
    .map((channel) => ({ id: text(channel.id), name: text(channel.name), archived: Boolean(channel.is_archived), count: list(channel.messages).length }));
}

export function readSlackView(body: unknown, channelId?: string): SlackPaneView {
  const view = record(body);
  const { people, names, bots } = peopleOf(view);
  const shown = shownChannel(view, channelId);
  const raws = shown.messages.map(record);
  const top = raws.filter((raw) => !raw.thread_ts || raw.thread_ts === raw.ts);
  const messages = top.map((raw) => {
    const message = messageOf(raw, names);
    const flatReplies = raws.filter((reply) => reply.thread_ts === raw.ts && reply.ts !== raw.ts).map((reply) => messageOf(reply, names));
    return message.replies.length > 0 ? message : { ...message, replies: flatReplies };
  });
  const authors = new Map(people.map((person) => [person.id, person]));
  for (const raw of raws) {
    const id = text(raw.user);
    if (id && !authors.has(id) && !bots.has(id) && !raw.bot_id) authors.set(id, { id, name: names.get(id) ?? (text(raw.user_name) || id) });
  }
  return { channel: shown.id, channels: channelsOf(view), messages, people: [...authors.values()] };
}
