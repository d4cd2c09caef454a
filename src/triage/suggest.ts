import { decide, type Verdict } from './decide';
import { nameWords, tweetFeatures, type NameWords, type TweetFeatures } from './features';
import { compileModel, DEFAULT_POLICY, decideWith, explain, pairModels, scorePair, type DecisionPolicy, type StoredModel } from './model';
import MODEL from './model.json';
import { findPost, isPrivateTicket } from '../sources/findPost';
import { DEFAULT_SOURCE_SETTINGS } from '../sources/post';
import { compileVocabularies, matchSignals, type CompiledVocabulary } from './matcher';
import { readSentiment } from './sentiment';
import { DEFAULT_TRIAGE_SETTINGS } from './settings';
import type { SignalId } from './signals';
import { brandDomainTokens, readShape } from './tweetShape';
import { compileCues, findCue, hasCue, type CompiledCues } from './cues';
import type { PreparedText } from './preparedText';
import type { Category, Decision, Evidence, Reason, Sentiment, Suggestion, TriageInput, TriageSettings } from './types';

/** Compiling the vocabulary costs milliseconds; a batch of 100,000 tweets must pay it once per settings. */
interface Compiled {
  vocabulary: CompiledVocabulary;
  /** The brand's names as they appear in domains, to spot links that imitate them. */
  brandTokens: string[];
  /** Words that change what other words mean. */
  cues: CompiledCues;
  /** Brand and competitor names as the model sees them. */
  names: NameWords;
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
    const names = nameWords(settings.brandNames, settings.brandHandles, settings.competitorNames);
    compiled = { vocabulary: compileVocabularies(settings), brandTokens: brandDomainTokens(settings), cues: compileCues(settings), names };
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

/** The tweet tags someone who is neither the brand nor a competitor: "you" may then be that person. */
function tagsPerson(text: string, names: NameWords): boolean {
  for (const match of text.matchAll(/(?<![\w@])@(\w{1,15})/g)) {
    const handle = (match[1] ?? '').toLowerCase();
    if (!names.brand.has(handle) && !names.competitor.has(handle)) return true;
  }
  return false;
}

/**
 * Belittling words are an insult when they land on a person (staff, "this guy", "you" in a reply to someone) and
 * criticism when they land on the product.
 */
function weighPersonalAttack(prepared: PreparedText, fired: Map<SignalId, Evidence[]>, compiled: Compiled): string[] {
  const aimed = hasCue(compiled.cues.aimedAtPerson, prepared.matchable) ? ['names_a_person'] : [];
  if (!hasCue(compiled.cues.personalAttack, prepared.matchable)) return aimed;
  const attack = findCue(compiled.cues.personalAttack, prepared.matchable, prepared.text);
  const target = findCue(compiled.cues.aimedAtPerson, prepared.matchable, prepared.text);
  const atPerson = target.length > 0 || (tagsPerson(prepared.text, compiled.names) && hasCue(compiled.cues.secondPerson, prepared.matchable));
  const into: SignalId = atPerson ? 'insult' : 'criticism';
  fired.set(into, [...(fired.get(into) ?? []), ...attack, ...(atPerson ? target : [])]);
  return [...aimed, 'belittling_words'];
}

/** Nothing in the tweet is about software or names the brand in words: a tag on someone's birthday wishes. */
function isOffTopic(prepared: PreparedText, compiled: Compiled): boolean {
  if (hasCue(compiled.cues.topical, prepared.matchable)) return false;
  return !hasCue(compiled.cues.namedInText, prepared.text.toLowerCase());
}

/** Everything the rules read from a tweet, before the learned model weighs it. */
export interface Analysis {
  prepared: PreparedText;
  sentiment: Sentiment;
  directMessage: boolean;
  /** The rules' verdict. */
  verdict: Verdict;
  /** What the model reads. */
  features: TweetFeatures;
}

/** Runs the rules over a tweet and gathers the model's features; `suggest` adds the model's judgement. */
export function analyseTweet(input: TriageInput, settings?: Partial<TriageSettings>): Analysis {
  const compiled = compiledFor(settings);
  const { prepared, fired } = matchSignals(input.text ?? '', compiled.vocabulary);
  const shape = readShape(prepared.text, compiled.brandTokens);
  if (shape.lookAlikeLinks.length > 0) fired.set('scam', [...(fired.get('scam') ?? []), ...shape.lookAlikeLinks]);
  if (shape.promotion.length > 0) fired.set('promotion', [...(fired.get('promotion') ?? []), ...shape.promotion]);
  const personal = weighPersonalAttack(prepared, fired, compiled);
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
  const directMessage = isPrivateTicket(input.via);
  const addressesBrand = prepared.brandHandles.length > 0;
  let offTopic: boolean | undefined;
  const offTopicOnce = () => (offTopic ??= isOffTopic(prepared, compiled));
  const tooShort = prepared.letterCount < MIN_LETTERS;
  const verdict = decide(fired, { directMessage, addressesBrand, sentiment: reading.sentiment, tooShort, inferred, isOffTopic: offTopicOnce });
  const flags = [
    ...(verdict.settled ? [] : offTopicOnce() ? ['off_topic'] : []),
    ...(tooShort ? ['too_short'] : []),
    ...(repliesToPerson(prepared.text, compiled.vocabulary.mentions.brandHandles) ? ['reply_to_person'] : []),
    `sentiment_${reading.sentiment.label}`,
    ...personal,
    ...(shape.lookAlikeLinks.length > 0 ? ['look_alike_link'] : []),
  ];
  const features = tweetFeatures(prepared, { fired, inferred, verdict, addressesBrand, flags }, compiled.names);
  return { prepared, sentiment: reading.sentiment, directMessage, verdict, features };
}

const DECISION_MODEL = compileModel(MODEL.decision as StoredModel<Decision>);
const POLICY: DecisionPolicy = 'policy' in MODEL ? (MODEL.policy as DecisionPolicy) : DEFAULT_POLICY;
const CATEGORY_MODEL = compileModel(MODEL.category as StoredModel<Category>);
const HAS_MODEL = DECISION_MODEL.weights.size > 0;
const MODELS = pairModels(DECISION_MODEL, CATEGORY_MODEL);
/** Reasons that only explain a skip; they would mislead beside another decision. */
const SKIP_ONLY: ReadonlySet<string> = new Set(['no_signal', 'too_short']);

/**
 * The rules settle private messages, hostility and spam. Everything else the learned model decides, reading the
 * words and the rules' signals together; its reasons are the signals that pull its way, or else the words that
 * weighed most.
 */
function judge(analysis: Analysis): Verdict {
  const { verdict } = analysis;
  if (verdict.settled || !HAS_MODEL) return verdict;
  const [decided, categorised] = scorePair(MODELS, analysis.features);
  const decision = decideWith(POLICY, decided.probabilities, verdict.decision === 'expert');
  const category = decision === 'skip' ? 'other' : categorised.label;
  const reasons = verdict.reasons.filter((reason) => decision === 'skip' || !SKIP_ONLY.has(reason.signal));
  const ordered = [...reasons.filter((reason) => reason.pulls === decision), ...reasons.filter((reason) => reason.pulls !== decision)];
  if (ordered[0]?.pulls === decision) return { decision, category, reasons: ordered, settled: false };
  const evidence = explain(DECISION_MODEL, analysis.features, decision);
  const wording: Reason = { signal: 'similar_wording', pulls: decision, evidence };
  return { decision, category, reasons: evidence.length > 0 ? [wording, ...ordered] : ordered, settled: false };
}

/** Suggests what to do with a tweet ticket: involve the community, ask an expert, or skip, and why. */
export function suggest(input: TriageInput, settings?: Partial<TriageSettings>): Suggestion {
  const analysis = analyseTweet(input, settings);
  const { decision, category, reasons } = judge(analysis);
  const post = findPost({ description: input.text, comments: input.comments, via: input.via }, DEFAULT_SOURCE_SETTINGS);
  const tweetUrl = post.platform === 'x' ? post.url : null;
  return {
    decision,
    category,
    reasons,
    sentiment: analysis.sentiment,
    text: analysis.prepared.text,
    source: post.platform,
    postUrl: post.url,
    tweetUrl,
    isDirectMessage: analysis.directMessage,
  };
}
