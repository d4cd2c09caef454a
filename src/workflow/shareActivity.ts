import { SlackError } from '../slack/errors';
import { readShareMetadata } from '../slack/statusMessage';
import type { MessageWithMetadata } from '../slack/metadata';
import type { Category } from '../triage/types';
import type { SlackPort } from './ports';

/** What volunteers did with the Slack post. */
export interface ShareActivity {
  /** Slack user ids who reacted 👀 (took it). */
  claimedBy: string[];
  /** Slack user ids who reacted ✅ (replied). */
  doneBy: string[];
  /** Replies in the post's thread; null when the thread could not be read. */
  replyCount: number | null;
  /** Names of users seen in the thread, by id. */
  names: Record<string, string>;
  /** Scopes the token lacks for parts of this view (`reactions:read`, `channels:history`). */
  missingScopes: string[];
  /** The post no longer exists (deleted in Slack). */
  postGone: boolean;
  /** What the post's metadata says the advocate chose (read from the thread's parent). */
  original: { category?: Category; note?: string } | null;
  /** The post's own metadata (any kind), for an expert request's `asked` list and area. */
  parentMetadata: MessageWithMetadata['metadata'] | null;
}

/** The reaction that claims a post (the post's own hint asks for it). */
export const CLAIM = 'eyes';
/** Reactions that say done; volunteers pick any of Slack's check marks. */
export const DONE = new Set(['white_check_mark', 'heavy_check_mark', 'ballot_box_with_check']);

/** `white_check_mark::skin-tone-2` → `white_check_mark`. */
export function reactionName(raw: string | undefined): string {
  return (raw ?? '').split('::')[0] ?? '';
}

/**
 * One `reactions.get` and one `conversations.replies`, in parallel; a missing scope hides that part only. Rejects
 * when Slack could not be read for another reason.
 */
export async function readShareActivity(slack: SlackPort, channel: string, ts: string): Promise<ShareActivity> {
  const [reactions, replies] = await Promise.allSettled([
    slack.reactions.get({ channel, timestamp: ts, full: true }),
    slack.conversations.replies({ channel, ts, limit: 200, include_all_metadata: true }),
  ]);
  const activity: ShareActivity = { claimedBy: [], doneBy: [], replyCount: null, names: {}, missingScopes: [], postGone: false, original: null, parentMetadata: null };

  if (reactions.status === 'fulfilled') {
    for (const reaction of reactions.value.message?.reactions ?? []) {
      const name = reactionName(reaction.name);
      if (name === CLAIM) activity.claimedBy.push(...(reaction.users ?? []));
      if (DONE.has(name)) activity.doneBy.push(...(reaction.users ?? []));
    }
  } else {
    noteFailure(activity, reactions.reason, 'reactions:read');
  }

  if (replies.status === 'fulfilled') {
    const [parent, ...thread] = replies.value.messages ?? [];
    const metadata = parent ? readShareMetadata(parent) : null;
    if (metadata) activity.original = { category: metadata.category, note: metadata.note };
    activity.parentMetadata = parent?.metadata ?? null;
    activity.replyCount = thread.length;
    for (const message of thread) {
      // Slack includes the poster's profile on user messages; the typings leave it out.
      const profile = (message as { user_profile?: { display_name?: string; real_name?: string } }).user_profile;
      if (message.user && profile) activity.names[message.user] = profile.display_name || profile.real_name || message.user;
    }
  } else {
    noteFailure(activity, replies.reason, 'channels:history');
  }
  activity.claimedBy = [...new Set(activity.claimedBy)];
  activity.doneBy = [...new Set(activity.doneBy)];
  return activity;
}

/**
 * A missing scope hides one part and a deleted post is shown as gone; any other failure (Slack down, a token
 * revoked, a dropped reply) is thrown, so the panel says Slack could not be read instead of "nobody took it".
 */
function noteFailure(activity: ShareActivity, error: unknown, scope: string): void {
  if (error instanceof SlackError && error.slackError === 'missing_scope') activity.missingScopes.push(error.needed ?? scope);
  else if (error instanceof SlackError && (error.slackError === 'message_not_found' || error.slackError === 'thread_not_found')) activity.postGone = true;
  else throw error;
}
