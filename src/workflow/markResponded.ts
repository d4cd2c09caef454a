import type { ChatPostMessageArguments, ChatUpdateArguments } from '@slack/web-api';
import { SlackError } from '../slack/errors';
import { asStepError, WorkflowError } from './errors';
import { readMacro, withMacro } from './involve';
import type { MacroEffects } from './macroEffects';
import type { Clock, SlackPort, TicketState, ZendeskPort } from './ports';
import type { InvolvementKind } from './involvementKind';
import { readMarker, TAG_RESPONDED } from './involvementMarker';
import { createRun, type StepsProgress } from './steps';
import { writeToTicket } from './ticketWrite';

/** The steps of "Mark as responded", in the order the panel lists them. */
export type RespondedStepId = 'prepare' | 'update_post' | 'thread_reply' | 'record';
export const RESPONDED_STEPS: readonly RespondedStepId[] = ['prepare', 'update_post', 'thread_reply', 'record'];

export interface RespondedRequest {
  kind: InvolvementKind;
  ticketId: number;
  /** `chat.update` that marks the post responded and keeps its content (`buildRespondedUpdate`). */
  update: ChatUpdateArguments;
  /** The quiet reply under the post naming the responder (`buildRespondedThreadReply`). */
  threadReply: ChatPostMessageArguments & { thread_ts: string };
  /**
   * What our thread reply says and another bot reply would not: the responder's handle without `@`, or the reply's
   * link where the advocate gave one. How our thread reply is recognised after a lost answer.
   */
  responderMark: string;
  macroTitle: string;
  /** The internal note recorded on the ticket. */
  internalNote: string;
}

export interface RespondedProgress extends StepsProgress<RespondedStepId> {
  ticket: TicketState;
  /** What the responded macro does, saved on the ticket with the responded tag. */
  macro?: MacroEffects;
  /** What is known about the thread reply: `unknown` after a timeout or dropped answer. */
  threadReply: 'not_sent' | 'posted' | 'unknown';
}

export function startResponded(ticket: TicketState): RespondedProgress {
  return {
    steps: { prepare: 'waiting', update_post: 'waiting', thread_reply: 'waiting', record: 'waiting' },
    ticket,
    threadReply: 'not_sent',
    finished: false,
  };
}

type Deps = { zendesk: ZendeskPort; slack: SlackPort; clock: Clock };

/**
 * Marks a shared post or an expert request responded: the Slack post says so (its content kept), a quiet thread
 * reply names the responder, and one `safe_update` saves the responded tag, the note and the responded macro's
 * changes on the ticket (so a reload cannot lose the macro, and a retry cannot apply it twice). Resumable like the
 * share; a ticket already tagged responded is done.
 */
export async function markResponded(
  deps: Deps,
  request: RespondedRequest,
  start: RespondedProgress,
  onProgress: (progress: RespondedProgress) => void,
): Promise<RespondedProgress> {
  const { run, update, finish, get } = createRun<RespondedStepId, RespondedProgress>(deps.clock, start, onProgress);
  return finish(async () => {
    await run('prepare', async () => {
      const [macro, ticket] = await Promise.all([deps.zendesk.findMacro(request.macroTitle), deps.zendesk.readTicket(request.ticketId)]);
      const marker = readMarker(request.kind, ticket.tags);
      if (marker.state !== 'shared') throw new WorkflowError('not_shared', 'The ticket has no post to mark');
      const skipped = marker.responded ? ({ update_post: 'done', thread_reply: 'done', record: 'done' } as const) : {};
      update({ ticket, macro: readMacro(macro), steps: { ...get().steps, ...skipped } });
    });
    await run('update_post', async () => {
      await deps.slack.chat.update(request.update);
    });
    await run('thread_reply', () => postThreadReplyOnce(deps.slack, request, get, update));
    await run('record', async () => {
      const { ticket } = await writeToTicket(
        deps.zendesk,
        request.ticketId,
        get().ticket,
        () => withMacro(get().macro, { addTags: [TAG_RESPONDED], internalNote: request.internalNote }),
        (fresh) => fresh.tags.includes(TAG_RESPONDED),
      );
      update({ ticket });
    });
  });
}

/** After an unknown outcome, a thread reply by our bot naming the responder is looked for before posting again. */
async function postThreadReplyOnce(
  slack: SlackPort,
  request: RespondedRequest,
  get: () => RespondedProgress,
  update: (change: Partial<RespondedProgress>) => void,
): Promise<void> {
  const { threadReply } = request;
  if (get().threadReply === 'unknown') {
    const thread = await slack.conversations.replies({ channel: threadReply.channel, ts: threadReply.thread_ts, limit: 200 }).catch(() => null);
    const [, ...replies] = thread?.messages ?? [];
    const mark = request.responderMark.replace(/^@/, '');
    if (mark !== '' && replies.some((reply) => reply.bot_id !== undefined && (reply.text ?? '').includes(mark))) {
      update({ threadReply: 'posted' });
      return;
    }
  }
  try {
    await slack.chat.postMessage(threadReply);
    update({ threadReply: 'posted' });
  } catch (error) {
    const stepError = asStepError(error);
    const rejected = stepError instanceof SlackError && (stepError.code === 'platform' || stepError.code === 'rate_limited');
    update({ threadReply: rejected ? 'not_sent' : 'unknown' });
    throw stepError;
  }
}
