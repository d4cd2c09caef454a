import { SlackClock } from '../clock';
import type { SlackFixture, SlackMessageFixture } from '../../fixtures/types';

/** A message as the emulator stores it. */
export interface StoredMessage {
  /** Channel id. */
  channel: string;
  /** Slack ts (also the id). */
  ts: string;
  /** Author user id. */
  user: string;
  /** Fallback text. */
  text: string;
  /** Block Kit blocks. */
  blocks?: unknown[];
  /** Message metadata. */
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  /** Parent ts for thread replies. */
  thread_ts?: string;
  /** Reactions in the order they were first added. */
  reactions: { name: string; users: string[] }[];
  /** Set by chat.update. */
  edited?: { user: string; ts: string };
  /** chat.delete keeps the row so ts stay unique. */
  deleted?: boolean;
}

/** How `POST /__sim/slack/config` can break the installation. */
export interface SlackConfig {
  /** Scopes the token was granted. */
  scopes: string[];
  /** `ok`, or the error every call answers with. */
  tokenState: 'ok' | 'invalid_auth' | 'token_revoked' | 'account_inactive';
  /** Whether the bot is a member of the default channel. */
  botInChannel: boolean;
}

/** The channel the app posts to by default; `botInChannel` toggles the bot's membership here. */
export const DEFAULT_CHANNEL = 'C0COMMUNITY';
export const DEFAULT_SCOPES = ['chat:write', 'channels:read', 'channels:history', 'reactions:read', 'users:read'];

/** One Slack workspace: users, channels, messages, the bot's token and what it may do. */
export class SlackWorkspace {
  readonly clock = new SlackClock();
  readonly messages: StoredMessage[];
  config: SlackConfig = { scopes: [...DEFAULT_SCOPES], tokenState: 'ok', botInChannel: true };

  constructor(
    readonly fixture: SlackFixture,
    /** The only token that authenticates. */
    readonly token: string,
  ) {
    this.messages = fixture.messages.map((message) => ({
      ...message,
      reactions: (message.reactions ?? []).map((reaction) => ({ ...reaction, users: [...reaction.users] })),
    }));
    for (const message of this.messages) this.clock.observe(message.ts);
    this.config.botInChannel = fixture.channels.find((channel) => channel.id === DEFAULT_CHANNEL)?.bot_is_member ?? true;
  }

  /** Adds messages posted in the past (the dashboard's generated shares); new posts still come after them. */
  addPast(messages: readonly SlackMessageFixture[]): void {
    for (const message of messages) {
      this.messages.push({ ...message, reactions: (message.reactions ?? []).map((reaction) => ({ ...reaction, users: [...reaction.users] })) });
      this.clock.observe(message.ts);
    }
  }

  /** The bot's user id. */
  get botUser(): string {
    return this.fixture.bot.user_id;
  }

  /** A channel by id. */
  channel(id: string) {
    return this.fixture.channels.find((channel) => channel.id === id);
  }

  /** Whether the bot may read and post in the channel. */
  botIsMember(id: string): boolean {
    if (id === DEFAULT_CHANNEL) return this.config.botInChannel;
    return this.channel(id)?.bot_is_member ?? false;
  }

  /** A live (not deleted) message. */
  message(channel: string, ts: string): StoredMessage | undefined {
    return this.messages.find((message) => message.channel === channel && message.ts === ts && !message.deleted);
  }

  /** Live messages of a channel, oldest first. */
  live(channel?: string): StoredMessage[] {
    return this.messages
      .filter((message) => !message.deleted && (channel === undefined || message.channel === channel))
      .sort((a, b) => compareTs(a.ts, b.ts));
  }

  /** Thread replies of a parent, oldest first. */
  replies(channel: string, ts: string): StoredMessage[] {
    // Filter before sorting: every message's reply count asks this, and sorting the whole channel each time made the
    // Slack pane of 2,000 generated shares take minutes (quadratic sorts), blocking the server meanwhile.
    return this.messages
      .filter((message) => !message.deleted && message.channel === channel && message.thread_ts === ts && message.ts !== ts)
      .sort((a, b) => compareTs(a.ts, b.ts));
  }

  /** Adds a message with a fresh ts. */
  post(message: Omit<StoredMessage, 'ts' | 'reactions'>): StoredMessage {
    const stored: StoredMessage = { ...message, ts: this.clock.next(), reactions: [] };
    this.messages.push(stored);
    return stored;
  }

  /** A user id from an id or a handle; undefined when nobody has it. */
  resolveUser(idOrName: string): string | undefined {
    const user = this.fixture.users.find((candidate) => candidate.id === idOrName || candidate.name === idOrName);
    return user?.id;
  }

  /** A user's display name. */
  userName(id: string): string {
    const user = this.fixture.users.find((candidate) => candidate.id === id);
    return user?.real_name ?? id;
  }
}

/** Orders Slack ts numerically (string order breaks when the seconds grow a digit). */
export function compareTs(a: string, b: string): number {
  const [aSeconds = '0', aMicros = '0'] = a.split('.');
  const [bSeconds = '0', bMicros = '0'] = b.split('.');
  return Number(aSeconds) - Number(bSeconds) || Number(aMicros) - Number(bMicros);
}
