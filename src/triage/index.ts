export { parseTweetUrl, isShortLink, type TweetLink } from './tweetUrl';
export { findTweetUrl, type TweetSources, type FoundTweet } from './findTweetUrl';
export { isDirectMessage } from './directMessage';
export { suggest } from './suggest';
export { DEFAULT_TRIAGE_SETTINGS, settingsFromAppSettings } from './settings';
export { SIGNALS, type SignalId, type SignalMeaning } from './signals';
export { toneRulesFor, checklistFor, TONE_RULES, type ToneRule, type ChecklistItem, type ChecklistItemId } from './guidelines';
export * from './types';
