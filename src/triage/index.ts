export { findTweetUrl, type TweetSources, type FoundTweet } from '../sources/x/findTweetUrl';
export { suggestForPanel } from './modelInPieces';
export { DEFAULT_TRIAGE_SETTINGS, settingsFromAppSettings } from './settings';
export { SIGNALS, type SignalId, type SignalMeaning } from './signals';
export { toneRulesFor, checklistFor, TONE_RULES, type ToneRule, type ChecklistItem, type ChecklistItemId } from './guidelines';
export * from './types';
