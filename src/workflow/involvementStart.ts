import type { InvolvementProgress } from './involve';
import type { TicketState } from './ports';

/** The steps of one involvement (either kind), in the order the panel lists them. */
export type InvolvementStepId = 'prepare' | 'post' | 'permalink' | 'record';
export const INVOLVEMENT_STEPS: readonly InvolvementStepId[] = ['prepare', 'post', 'permalink', 'record'];

/** A run not started yet, from the ticket as the panel read it (kept apart so the panel loads no workflow code). */
export function startInvolvement(ticket: TicketState): InvolvementProgress {
  return {
    steps: { prepare: 'waiting', post: 'waiting', permalink: 'waiting', record: 'waiting' },
    ticket,
    post: 'not_sent',
    finished: false,
  };
}
