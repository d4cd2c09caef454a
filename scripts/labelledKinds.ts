/**
 * Kinds of labelled tweet (`"kind"` in data/triage/) that must never be suggested for involvement: hostility,
 * spam and scams of every sort. The trainer picks its policy by them and the blind-set test holds the model to them.
 */
export const HOSTILE_OR_SPAM_KIND = /hostile|harass|threat|insult|spam|scam|phish|giveaway|crypto|job|follower|selling/;
