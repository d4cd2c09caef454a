import { asArray, asRecord, asString } from '../zendesk/fields';
import { tsToMs } from './shareRow';

/** The nudge's metadata `event_type`: how the dashboard finds its own nudge of the day in a thread. */
export const NUDGE_EVENT_TYPE = 'community_involvement_nudge';

/** What a post's thread says (from `conversations.replies`). */
export interface ThreadFacts {
  /** The `latest_reply` this was read at; when history shows another, the thread is read again. */
  latestReply: string;
  /** Epoch ms of the first reply by a person. */
  firstPersonReplyAt: number | null;
  /** Names Slack sent with the replies, by user id. */
  names: Record<string, string>;
  /** Days (`YYYY-MM-DD`, UTC) on which the dashboard nudged this thread. */
  nudgeDays: string[];
}

/** Reads a `conversations.replies` answer (parent first); `poster` is the bot that posted the parent. */
export function readThreadFacts(body: unknown, poster: string): ThreadFacts {
  const [parent, ...replies] = asArray(asRecord(body).messages).map(asRecord);
  const facts: ThreadFacts = { latestReply: asString(parent?.latest_reply), firstPersonReplyAt: null, names: {}, nudgeDays: [] };
  for (const reply of replies) {
    const user = asString(reply.user);
    const fromBot = Boolean(reply.bot_id) || (poster !== '' && user === poster);
    const metadata = asRecord(reply.metadata);
    if (metadata.event_type === NUDGE_EVENT_TYPE) {
      const day = asString(asRecord(metadata.event_payload).day);
      if (day) facts.nudgeDays.push(day);
    }
    if (fromBot) continue;
    facts.firstPersonReplyAt ??= tsToMs(asString(reply.ts));
    // Slack includes the poster's profile on user messages; the typings leave it out.
    const profile = asRecord(reply.user_profile);
    const name = asString(profile.display_name) || asString(profile.real_name);
    if (user && name) facts.names[user] = name;
  }
  return facts;
}

/** The UTC day of an epoch ms, as nudges record it. */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
