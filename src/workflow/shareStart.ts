import type { ShareProgress } from './shareTweet';
import type { TicketState } from './ports';

/** The steps of one share, in the order the panel lists them. */
export type ShareStepId = 'prepare' | 'post' | 'permalink' | 'apply_macro' | 'record';
export const SHARE_STEPS: readonly ShareStepId[] = ['prepare', 'post', 'permalink', 'apply_macro', 'record'];

/** A share not started yet, from the ticket as the panel read it (kept apart so the panel loads no workflow code). */
export function startShare(ticket: TicketState): ShareProgress {
  return {
    steps: { prepare: 'waiting', post: 'waiting', permalink: 'waiting', apply_macro: 'waiting', record: 'waiting' },
    ticket,
    post: 'not_sent',
    finished: false,
  };
}
