import type { ChatUpdateArguments } from '@slack/web-api';
import { SlackError } from '../slack/errors';
import { WorkflowError } from './errors';
import type { Clock, SlackPort, TicketState, ZendeskPort } from './ports';
import type { InvolvementKind } from './involvementKind';
import { involvementTagsIn, readMarker } from './involvementMarker';
import { createRun, type StepsProgress } from './steps';
import { writeToTicket } from './ticketWrite';

/** The steps of a withdrawal, in the order the panel lists them. */
export type WithdrawStepId = 'prepare' | 'mark_post' | 'record';
export const WITHDRAW_STEPS: readonly WithdrawStepId[] = ['prepare', 'mark_post', 'record'];

export interface WithdrawRequest {
  kind: InvolvementKind;
  ticketId: number;
  /** `chat.update` that marks the post withdrawn (`buildWithdrawnUpdate`). */
  update: ChatUpdateArguments;
  internalNote: string;
}

export interface WithdrawProgress extends StepsProgress<WithdrawStepId> {
  ticket: TicketState;
}

export function startWithdraw(ticket: TicketState): WithdrawProgress {
  return { steps: { prepare: 'waiting', mark_post: 'waiting', record: 'waiting' }, ticket, finished: false };
}

/** A post already gone from Slack needs no marking. */
const GONE = new Set(['message_not_found', 'channel_not_found']);

/**
 * Takes a mistaken post back: the Slack post is marked withdrawn (its quote removed, so whoever saw it knows not
 * to reply), the kind's tags leave the ticket with a note, and the ticket can be posted again.
 */
export async function withdrawShare(
  deps: { zendesk: ZendeskPort; slack: SlackPort; clock: Clock },
  request: WithdrawRequest,
  start: WithdrawProgress,
  onProgress: (progress: WithdrawProgress) => void,
): Promise<WithdrawProgress> {
  const { run, update, finish, get } = createRun<WithdrawStepId, WithdrawProgress>(deps.clock, start, onProgress);
  return finish(async () => {
    await run('prepare', async () => {
      const ticket = await deps.zendesk.readTicket(request.ticketId);
      if (readMarker(request.kind, ticket.tags).state !== 'shared') throw new WorkflowError('not_shared', 'The ticket has no post to withdraw');
      update({ ticket });
    });
    await run('mark_post', async () => {
      try {
        await deps.slack.chat.update(request.update);
      } catch (error) {
        if (!(error instanceof SlackError && error.slackError && GONE.has(error.slackError))) throw error;
      }
    });
    await run('record', async () => {
      const { ticket } = await writeToTicket(
        deps.zendesk,
        request.ticketId,
        get().ticket,
        (fresh) => ({ addTags: [request.kind.tags.withdrawn], removeTags: involvementTagsIn(request.kind, fresh.tags), internalNote: request.internalNote }),
        (fresh) => readMarker(request.kind, fresh.tags).state !== 'shared',
      );
      update({ ticket });
    });
  });
}
