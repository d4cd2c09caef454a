import type { ChatUpdateArguments } from '@slack/web-api';
import { SlackError } from '../slack/errors';
import { WorkflowError } from './errors';
import type { Clock, SlackPort, TicketState, ZendeskPort } from './ports';
import type { InvolvementKind } from './involvementKind';
import { readMarker } from './involvementMarker';
import { involvementTagsIn, otherKindRecorded } from './involvementTags';
import { macroEffects, type MacroEffects } from './macroEffects';
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
  /** The macro the post applied, whose tags and status are taken back. */
  macroTitle: string;
}

export interface WithdrawProgress extends StepsProgress<WithdrawStepId> {
  ticket: TicketState;
  /** What the post's macro did, to take back (absent when the macro no longer exists). */
  macro?: MacroEffects;
}

/** The status a withdrawn ticket goes back to when the macro had parked it (`pending`): it needs the advocate again. */
const STATUS_AFTER_WITHDRAW = 'open';

export function startWithdraw(ticket: TicketState): WithdrawProgress {
  return { steps: { prepare: 'waiting', mark_post: 'waiting', record: 'waiting' }, ticket, finished: false };
}

/** A post already gone from Slack needs no marking. */
const GONE = new Set(['message_not_found', 'channel_not_found']);

/**
 * Takes a mistaken post back: the Slack post is marked withdrawn (its quote removed, so whoever saw it knows not
 * to reply), the kind's tags and the tags its macro added leave the ticket with a note, a status the macro set is
 * undone, and the ticket can be posted again.
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
      const [ticket, macro] = await Promise.all([
        deps.zendesk.readTicket(request.ticketId),
        // A macro deleted since the post leaves nothing to look up: the share's own tags still go.
        deps.zendesk.findMacro(request.macroTitle).catch(() => null),
      ]);
      if (readMarker(request.kind, ticket.tags).state !== 'shared') throw new WorkflowError('not_shared', 'The ticket has no post to withdraw');
      const effects = macro ? macroEffects(macro.actions) : null;
      update({ ticket, ...(effects && !('refused' in effects) && { macro: effects }) });
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
        (fresh) => ({
          addTags: [request.kind.tags.withdrawn],
          removeTags: [...involvementTagsIn(request.kind, fresh.tags), ...(get().macro?.addTags ?? [])],
          internalNote: request.internalNote,
          // The other kind's post may be what keeps the ticket pending: its status stays.
          ...(get().macro?.fields.status === fresh.status && fresh.status !== STATUS_AFTER_WITHDRAW && !otherKindRecorded(request.kind, fresh.tags) && { fields: { status: STATUS_AFTER_WITHDRAW } }),
        }),
        (fresh) => readMarker(request.kind, fresh.tags).state !== 'shared',
      );
      update({ ticket });
    });
  });
}
