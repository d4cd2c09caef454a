import { decide } from './decide';
import { isDirectMessage } from './directMessage';
import { findTweetUrl } from './findTweetUrl';
import { compileVocabularies, matchSignals, type CompiledVocabulary } from './matcher';
import { readSentiment } from './sentiment';
import { DEFAULT_TRIAGE_SETTINGS } from './settings';
import type { SignalId } from './signals';
import type { Evidence, Suggestion, TriageInput, TriageSettings } from './types';

/** Compiling the vocabulary costs milliseconds; a batch of 100,000 tweets must pay it once per settings. */
const compiledBySettings = new WeakMap<TriageSettings, CompiledVocabulary>();
const compiledByKey = new Map<string, CompiledVocabulary>();
const MAX_CACHED_SETTINGS = 16;

function resolveSettings(partial?: Partial<TriageSettings>): TriageSettings {
  if (!partial || partial === DEFAULT_TRIAGE_SETTINGS) return DEFAULT_TRIAGE_SETTINGS;
  return {
    brandNames: partial.brandNames ?? DEFAULT_TRIAGE_SETTINGS.brandNames,
    brandHandles: partial.brandHandles ?? DEFAULT_TRIAGE_SETTINGS.brandHandles,
    competitorNames: partial.competitorNames ?? DEFAULT_TRIAGE_SETTINGS.competitorNames,
  };
}

function compiledFor(partial?: Partial<TriageSettings>): CompiledVocabulary {
  const byIdentity = partial ? compiledBySettings.get(partial as TriageSettings) : compiledBySettings.get(DEFAULT_TRIAGE_SETTINGS);
  if (byIdentity) return byIdentity;
  const settings = resolveSettings(partial);
  const key = JSON.stringify(settings);
  let compiled = compiledByKey.get(key);
  if (!compiled) {
    if (compiledByKey.size >= MAX_CACHED_SETTINGS) compiledByKey.clear();
    compiled = compileVocabularies(settings);
    compiledByKey.set(key, compiled);
  }
  compiledBySettings.set((partial ?? DEFAULT_TRIAGE_SETTINGS) as TriageSettings, compiled);
  return compiled;
}

/** Fewer letters than "thank you" besides handles and links: nothing a volunteer could answer. */
const MIN_LETTERS = 8;

/** The brand's status account gets incident reports, which go to the incident process, not volunteers. */
function statusAccountMentions(brandHandles: Evidence[]): Evidence[] {
  return brandHandles.filter((mention) => /status$/i.test(mention.text));
}

/** Suggests what to do with a tweet ticket: involve the community, ask an expert, or skip, and why. */
export function suggest(input: TriageInput, settings?: Partial<TriageSettings>): Suggestion {
  const { prepared, fired } = matchSignals(input.text ?? '', compiledFor(settings));
  const reading = readSentiment(prepared.text, prepared.matchable);
  const statusMentions = statusAccountMentions(prepared.brandHandles);
  if (statusMentions.length > 0) fired.set('status_account', statusMentions);
  const inferred = new Set<SignalId>();
  if (reading.sentiment.label === 'positive' && !fired.has('praise') && !fired.has('thanks')) {
    fired.set('praise', reading.positive.slice(0, 6));
    inferred.add('praise');
  }
  if (reading.sentiment.label === 'negative' && !fired.has('criticism')) {
    fired.set('criticism', reading.negative.slice(0, 6));
    inferred.add('criticism');
  }
  const directMessage = isDirectMessage(input.via);
  const verdict = decide(fired, { directMessage, addressesBrand: prepared.brandHandles.length > 0, sentiment: reading.sentiment, tooShort: prepared.letterCount < MIN_LETTERS, inferred });
  const found = findTweetUrl({ description: input.text, comments: input.comments, via: input.via });
  return { ...verdict, sentiment: reading.sentiment, text: prepared.text, tweetUrl: found.url, isDirectMessage: directMessage };
}
