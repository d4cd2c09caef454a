import type { ChatPostMessageArguments, ChatUpdateArguments } from '@slack/web-api';
import type { Clock, SlackPort } from './ports';
import { createRun, type StepsProgress } from './steps';

/** The steps of asking the next expert in the request's thread, in the order the panel lists them. */
export type ReaskStepId = 'thread_reply' | 'update_post';
export const REASK_STEPS: readonly ReaskStepId[] = ['thread_reply', 'update_post'];

export interface ReaskRequest {
  /** The reply mentioning the next expert (`buildExpertReask`). */
  threadReply: ChatPostMessageArguments & { channel: string; thread_ts: string };
  /** The next expert's user id, as the reply mentions them. */
  expert: string;
  /** The request post with the expert added to its `asked` list (`buildExpertRequestUpdate`, status open). */
  update: ChatUpdateArguments;
}

export interface ReaskProgress extends StepsProgress<ReaskStepId> {
  /** After a lost answer, whether our reply may be in the thread already. */
  reply: 'not_sent' | 'posted' | 'unknown';
}

export function startReask(): ReaskProgress {
  return { steps: { thread_reply: 'waiting', update_post: 'waiting' }, reply: 'not_sent', finished: false };
}

/**
 * Asks the next expert in the rotation under the same post (one thread reply, never a second post), then adds
 * them to the post's `asked` list so the rotation counts the ask. Before replying, the thread is read: a reply of
 * ours already mentioning the expert (another tab, a lost answer) means it is done.
 */
export async function askNextExpert(
  deps: { slack: SlackPort; clock: Clock },
  request: ReaskRequest,
  start: ReaskProgress,
  onProgress: (progress: ReaskProgress) => void,
): Promise<ReaskProgress> {
  const { run, update, finish } = createRun<ReaskStepId, ReaskProgress>(deps.clock, start, onProgress);
  return finish(async () => {
    await run('thread_reply', async () => {
      const { channel, thread_ts: ts } = request.threadReply;
      const thread = await deps.slack.conversations.replies({ channel, ts, limit: 200 });
      const [, ...replies] = thread.messages ?? [];
      if (replies.some((reply) => reply.bot_id !== undefined && (reply.text ?? '').includes(`<@${request.expert}>`))) {
        update({ reply: 'posted' });
        return;
      }
      update({ reply: 'unknown' });
      await deps.slack.chat.postMessage(request.threadReply);
      update({ reply: 'posted' });
    });
    await run('update_post', async () => {
      await deps.slack.chat.update(request.update);
    });
  });
}
