import type { SkipReason } from '../src/triage/types';

/**
 * Kinds of labelled tweet (`"kind"` in data/triage/) that must never be suggested for involvement: hostility,
 * spam and scams of every sort. The trainer picks its policy by them and the blind-set test holds the model to them.
 */
export const HOSTILE_OR_SPAM_KIND = /hostile|harass|threat|insult|spam|scam|phish|giveaway|crypto|job|follower|selling|cracked|doxx/;

/** The named reason a labelled *No action* stands for, read from its kind (`dm`, `insult`, `off_topic`, …). */
export function skipReasonOfKind(kind: string): SkipReason {
  if (kind === 'dm' || kind === 'direct_message') return 'direct_message';
  if (/hostile|harass|threat|insult|doxx/.test(kind)) return 'hostile';
  if (HOSTILE_OR_SPAM_KIND.test(kind)) return 'spam';
  if (/retweet|bot|automated|feed/.test(kind)) return 'automated';
  if (/announcement|staff_post/.test(kind)) return 'own_announcement';
  return 'off_topic';
}
