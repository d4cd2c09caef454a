import { decide } from './decide';
import { isDirectMessage } from './directMessage';
import { findTweetUrl } from './findTweetUrl';
import { compileVocabularies, matchSignals, type CompiledVocabulary } from './matcher';
import { readSentiment } from './sentiment';
import { DEFAULT_TRIAGE_SETTINGS } from './settings';
import type { SignalId } from './signals';
import { brandDomainTokens, readShape } from './tweetShape';
import { compileCues, findCue, hasCue, type CompiledCues } from './cues';
import { alternation } from './terms';
import type { PreparedText } from './preparedText';
import type { Evidence, Suggestion, TriageInput, TriageSettings } from './types';

/** Compiling the vocabulary costs milliseconds; a batch of 100,000 tweets must pay it once per settings. */
interface Compiled {
  vocabulary: CompiledVocabulary;
  /** The brand's names as they appear in domains, to spot links that imitate them. */
  brandTokens: string[];
  /** Words that change what other words mean. */
  cues: CompiledCues;
  /** The brand's own handles, lower case, to tell a reply to a person from a tweet to the brand. */
  brandHandles: Set<string>;
}

const compiledBySettings = new WeakMap<TriageSettings, Compiled>();
const compiledByKey = new Map<string, Compiled>();
const MAX_CACHED_SETTINGS = 16;

function resolveSettings(partial?: Partial<TriageSettings>): TriageSettings {
  if (!partial || partial === DEFAULT_TRIAGE_SETTINGS) return DEFAULT_TRIAGE_SETTINGS;
  return {
    brandNames: partial.brandNames ?? DEFAULT_TRIAGE_SETTINGS.brandNames,
    brandHandles: partial.brandHandles ?? DEFAULT_TRIAGE_SETTINGS.brandHandles,
    competitorNames: partial.competitorNames ?? DEFAULT_TRIAGE_SETTINGS.competitorNames,
  };
}

function compiledFor(partial?: Partial<TriageSettings>): Compiled {
  const byIdentity = partial ? compiledBySettings.get(partial as TriageSettings) : compiledBySettings.get(DEFAULT_TRIAGE_SETTINGS);
  if (byIdentity) return byIdentity;
  const settings = resolveSettings(partial);
  const key = JSON.stringify(settings);
  let compiled = compiledByKey.get(key);
  if (!compiled) {
    if (compiledByKey.size >= MAX_CACHED_SETTINGS) compiledByKey.clear();
    const cues = compileCues(settings, alternation([...settings.brandNames, ...settings.brandHandles]), alternation(settings.competitorNames));
    const brandHandles = new Set(settings.brandHandles.map((handle) => handle.replace(/^@/, '').toLowerCase()));
    compiled = { vocabulary: compileVocabularies(settings), brandTokens: brandDomainTokens(settings), cues, brandHandles };
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

/** The tweet opens with someone's @handle who is not the brand: a reply in a conversation with a person. */
function repliesToPerson(text: string, brandHandles: ReadonlySet<string>): boolean {
  const first = /^\s*@(\w{1,15})/.exec(text);
  return first !== null && !brandHandles.has((first[1] ?? '').toLowerCase());
}

/**
 * Belittling words are an insult when they land on a person (staff, "this guy", "you" in a reply to someone) and
 * criticism when they land on the product.
 */
function weighPersonalAttack(prepared: PreparedText, fired: Map<SignalId, Evidence[]>, compiled: Compiled): void {
  if (!hasCue(compiled.cues.personalAttack, prepared.matchable)) return;
  const attack = findCue(compiled.cues.personalAttack, prepared.matchable, prepared.text);
  const target = findCue(compiled.cues.aimedAtPerson, prepared.matchable, prepared.text);
  const atPerson = target.length > 0 || (repliesToPerson(prepared.text, compiled.brandHandles) && hasCue(compiled.cues.secondPerson, prepared.matchable));
  const into: SignalId = atPerson ? 'insult' : 'criticism';
  fired.set(into, [...(fired.get(into) ?? []), ...attack, ...(atPerson ? target : [])]);
}

/** Nothing in the tweet is about software or names the brand in words: a tag on someone's birthday wishes. */
function isOffTopic(prepared: PreparedText, compiled: Compiled): boolean {
  if (hasCue(compiled.cues.topical, prepared.matchable)) return false;
  return !hasCue(compiled.cues.namedInText, prepared.text.toLowerCase());
}

/** Suggests what to do with a tweet ticket: involve the community, ask an expert, or skip, and why. */
export function suggest(input: TriageInput, settings?: Partial<TriageSettings>): Suggestion {
  const compiled = compiledFor(settings);
  const { prepared, fired } = matchSignals(input.text ?? '', compiled.vocabulary);
  const shape = readShape(prepared.text, compiled.brandTokens);
  if (shape.lookAlikeLinks.length > 0) fired.set('scam', [...(fired.get('scam') ?? []), ...shape.lookAlikeLinks]);
  if (shape.promotion.length > 0) fired.set('promotion', [...(fired.get('promotion') ?? []), ...shape.promotion]);
  weighPersonalAttack(prepared, fired, compiled);
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
  const verdict = decide(fired, { directMessage, addressesBrand: prepared.brandHandles.length > 0, sentiment: reading.sentiment, tooShort: prepared.letterCount < MIN_LETTERS, inferred, isOffTopic: () => isOffTopic(prepared, compiled) });
  const found = findTweetUrl({ description: input.text, comments: input.comments, via: input.via });
  return { ...verdict, sentiment: reading.sentiment, text: prepared.text, tweetUrl: found.url, isDirectMessage: directMessage };
}
