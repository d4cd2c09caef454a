import { decide, type Verdict } from './decide';
import { nameWords, tweetFeatures, type NameWords, type RuleFlag, type TweetFeatures } from './features';
import { explain, judge, scorePair, type DecisionPolicy, type ModelPair, type Outcome, type Scored, type SkipGrounds } from './model';
import { findPost, isPrivateTicket } from '../sources/findPost';
import { DEFAULT_SOURCE_SETTINGS, type Platform, type Post } from '../sources/post';
import { compileVocabularies, matchSignals, type CompiledVocabulary } from './matcher';
import { readSentiment } from './sentiment';
import { DEFAULT_TRIAGE_SETTINGS, resolveSettings } from './settings';
import type { SignalId } from './signals';
import { brandDomainTokens, readShape } from './tweetShape';
import { compileCues, findCue, hasCue, type CompiledCues } from './cues';
import { brandMentions, frontPageEvidence, hiringThreadEvidence, namesBrand } from './hackerNewsShape';
import { preparePostText, withoutLinkAddresses } from './postText';
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
  /** The brand's names as written in the settings, to tell a thread about the brand. */
  brandNames: readonly string[];
  /** The team's personal handles, lower-case, from `staff_handles`. */
  staffHandles: ReadonlySet<string>;
}

const compiledBySettings = new WeakMap<TriageSettings, Compiled>();
const compiledByKey = new Map<string, Compiled>();
const MAX_CACHED_SETTINGS = 16;

function compiledFor(partial?: Partial<TriageSettings>): Compiled {
  const byIdentity = partial ? compiledBySettings.get(partial as TriageSettings) : compiledBySettings.get(DEFAULT_TRIAGE_SETTINGS);
  if (byIdentity) return byIdentity;
  const settings = resolveSettings(partial);
  const key = JSON.stringify(settings);
  let compiled = compiledByKey.get(key);
  if (!compiled) {
    if (compiledByKey.size >= MAX_CACHED_SETTINGS) compiledByKey.clear();
    const names = nameWords(settings.brandNames, settings.brandHandles, settings.competitorNames);
    const staffHandles = new Set((settings.staffHandles ?? []).map((handle) => handle.replace(/^@/, '').toLowerCase()));
    compiled = { vocabulary: compileVocabularies(settings), brandTokens: brandDomainTokens(settings), cues: compileCues(settings), names, brandNames: settings.brandNames, staffHandles };
    compiledByKey.set(key, compiled);
  }
  compiledBySettings.set((partial ?? DEFAULT_TRIAGE_SETTINGS) as TriageSettings, compiled);
  return compiled;
}

/** Fewer letters than "thank you" besides handles and links: nothing a volunteer could answer. */
const MIN_LETTERS = 8;
/** Letters of the shortest word that says something to the brand ("yay", "wow"). */
const MIN_WORD_LETTERS = 3;

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
 * Belittling words are an insult when they land on a person and criticism when they land on the product.
 * `namesPerson`: the "aimed at a person" cue occurs; `atPerson`: the words land on a person (see `analyseTweet`).
 */
function weighPersonalAttack(prepared: PreparedText, fired: Map<SignalId, Evidence[]>, compiled: Compiled, namesPerson: boolean, atPerson: () => boolean): RuleFlag[] {
  const aimed: RuleFlag[] = namesPerson ? ['names_a_person'] : [];
  if (!hasCue(compiled.cues.personalAttack, prepared.matchable)) return aimed;
  const attack = findCue(compiled.cues.personalAttack, prepared.matchable, prepared.text);
  const target = findCue(compiled.cues.aimedAtPerson, prepared.matchable, prepared.text);
  const into: SignalId = atPerson() ? 'insult' : 'criticism';
  fired.set(into, [...(fired.get(into) ?? []), ...attack, ...(atPerson() ? target : [])]);
  return [...aimed, 'belittling_words'];
}

/** Whose tweet it is, as Zendesk knows it: the requester's handle or the tweet's author, lower case, without `@`. */
function requesterOf(input: TriageInput): string {
  return (input.requesterHandle ?? input.via?.source?.from?.username ?? '').replace(/^@/, '').toLowerCase();
}

/**
 * Words, numbers or emoji of the requester's own before every "RT @…:": an old-style quote tweet ("Sweet! RT @gitlab:
 * You can now create files…"), a comment a volunteer can answer, not a plain retweet. In the real tweets all 17 of this
 * shape are involve or expert; 586 of the 587 that start with "RT" are skips. Handles before it are not words of one's own.
 */
function ownWordsBefore(raw: string, retweets: readonly Evidence[]): boolean {
  return retweets.length > 0 && retweets.every((evidence) => OWN_WORDS.test(raw.slice(0, evidence.start).replace(/@\w+/g, '')));
}
const OWN_WORDS = /[\p{L}\p{N}\p{Extended_Pictographic}]/u;

/** A handle that says it is a bot ("releasebot", "gitlab_bot"). */
const BOT_HANDLE = /(?:^|_)bot$|bot_?\d*$/;

/**
 * The tweet is written to the brand: it opens with the brand's @handle alone ("@gitlab Awesome!", ".@gitlab is raining
 * 500s", "@gitlab yay, you're back"), as a reply to the company or a message to it. However short, that is talk with
 * the brand, never "off topic" (issue 11: a public tweet by a person about the brand is at least a candidate). A tag
 * among other handles or at the end ("@gitlab @elonmusk fix the economy", "lunch? @gitlab") is not enough.
 */
function writtenToBrand(raw: string, prepared: PreparedText): boolean {
  // A bare mention ("@gitlab 👋") says nothing yet: a word at least.
  if (prepared.letterCount < MIN_WORD_LETTERS) return false;
  // The raw text, not the prepared one: other people's handles are blanked there, and they matter here.
  const first = prepared.brandHandles[0];
  if (!first || raw.slice(0, first.start).trim().replace(/^\./, '') !== '') return false;
  return !/^\s*@\w/.test(raw.slice(first.end));
}

/**
 * The brand's @handle inside a sentence, a word on each side ("practicing for the @gitlab dodgeball tournament", "Just
 * discovered @GitLab and wow"): the tweet talks about the brand, so it is never off topic. A tag after the words
 * ("testing testing 123 @gitlab"), or in a row of handles, is not. Of the real training tweets of this shape in which the
 * rules found nothing topical, 140 are involve or expert and 1 off topic; of the written ones 34 and none.
 */
function namedInSentence(raw: string, prepared: PreparedText): boolean {
  return prepared.brandHandles.some(({ start, end }) => WORD_BEFORE.test(raw.slice(Math.max(0, start - 60), start)) && WORD_AFTER.test(raw.slice(end, end + 60)));
}
/** A word, not the end of another @handle, then a space. */
const WORD_BEFORE = /(?<![@\p{L}\p{N}_])[\p{L}\p{N}]+\s+$/u;
/** A word, or the possessive ("@gitlab's"). */
const WORD_AFTER = /^(?:['’]s|\s*[\p{L}'’])/u;

/** Nothing in the tweet is about software or names the brand in words: a tag on someone's birthday wishes. */
function isOffTopic(prepared: PreparedText, compiled: Compiled): boolean {
  if (hasCue(compiled.cues.topical, prepared.matchable)) return false;
  return !hasCue(compiled.cues.namedInText, prepared.text.toLowerCase());
}

/**
 * A post from Hacker News, Reddit, a forum or Facebook as the rules read it: `text` is what the panel shows and
 * highlights, `ownWords` the same text with quotes, code and link addresses blanked (see `postText.ts`).
 */
interface PostReading {
  text: string;
  ownWords: string;
  /**
   * Signals the post's shape decides, replacing what its words fired (evidence in `text`; none: the signal does
   * not hold). On Hacker News a job post has the hiring threads' shape; job words alone are talk about jobs.
   */
  shapeSignals: ReadonlyMap<SignalId, Evidence[]>;
  /** Evidence that the ticket is about a front-page Hacker News thread about the brand; null when it is not. */
  frontPage: Evidence[] | null;
  /** Where a Hacker News post names the brand only inside link addresses; null when its words name it or it is not named. */
  namedOnlyInLink: Evidence[] | null;
}

/** Texts besides the post that may say where it stands (an integration's comment, the via's names). */
function contextOf(input: TriageInput): string[] {
  const source = input.via?.source;
  const names = [source?.rel, source?.from?.name, source?.to?.name].filter((name): name is string => typeof name === 'string');
  return [...(input.comments ?? []).map((comment) => comment.body ?? ''), ...names];
}

/**
 * On Hacker News a ticket exists because a tracker found the brand's name, in a link as readily as in words.
 * Elsewhere (the brand's forum, its subreddit) a post is about the brand without naming it, so this is HN's alone.
 */
function linkOnlyMention(text: string, brandNames: readonly string[]): Evidence[] | null {
  const mentions = brandMentions(text, brandNames);
  return mentions.length > 0 && !namesBrand(withoutLinkAddresses(text), brandNames) ? mentions : null;
}

function readPost(input: TriageInput, compiled: Compiled): PostReading | null {
  if (!input.platform || input.platform === 'x') return null;
  const { text, ownWords } = preparePostText(input.text ?? '', input.platform);
  if (input.platform !== 'hacker_news') return { text, ownWords, shapeSignals: new Map(), frontPage: null, namedOnlyInLink: null };
  const context = contextOf(input);
  const { onFrontPage, evidence } = frontPageEvidence(text, context);
  const aboutBrand = onFrontPage && [text, ...context].some((source) => namesBrand(source, compiled.brandNames));
  return {
    text,
    ownWords,
    shapeSignals: new Map([['job_ad', hiringThreadEvidence(text)]]),
    frontPage: aboutBrand ? evidence : null,
    namedOnlyInLink: linkOnlyMention(text, compiled.brandNames),
  };
}

/** Everything the rules read from a tweet, before the learned model weighs it. */
export interface Analysis {
  /** The text the evidence offsets index and the panel highlights. */
  text: string;
  /** Evidence that this is a front-page Hacker News thread about the brand; null when it is not. */
  frontPage: Evidence[] | null;
  /** Where a Hacker News post names the brand only in link addresses; null otherwise. */
  namedOnlyInLink: Evidence[] | null;
  prepared: PreparedText;
  sentiment: Sentiment;
  directMessage: boolean;
  /** The rules' verdict. */
  verdict: Verdict;
  /** Signals inferred from the sentiment alone, not from the tweet's words. */
  inferred: ReadonlySet<SignalId>;
  /**
   * What could make the model's skip reasons hold. `offTopic`: nothing in it is about software or the brand, or it is
   * too short to say anything, so "off topic" may be its reason.
   */
  grounds: SkipGrounds;
  /** What the model reads. */
  features: TweetFeatures;
}

/** Runs the rules over a tweet and gathers the model's features; `suggest` adds the model's judgement. */
export function analyseTweet(input: TriageInput, settings?: Partial<TriageSettings>): Analysis {
  const compiled = compiledFor(settings);
  const post = readPost(input, compiled);
  // A post's quotes, code and link addresses are blanked in place: the rules read only the author's own words.
  const raw = post?.ownWords ?? input.text ?? '';
  const { prepared, fired } = matchSignals(raw, compiled.vocabulary);
  if (fired.has('retweet') && ownWordsBefore(raw, fired.get('retweet') ?? [])) fired.delete('retweet');
  for (const [signal, evidence] of post?.shapeSignals ?? []) {
    if (evidence.length > 0) fired.set(signal, evidence);
    else fired.delete(signal);
  }
  // Look-alike links are in the addresses the post's own words leave out.
  const shape = readShape(post?.text ?? prepared.text, compiled.brandTokens);
  if (shape.lookAlikeLinks.length > 0) fired.set('scam', [...(fired.get('scam') ?? []), ...shape.lookAlikeLinks]);
  if (shape.promotion.length > 0) fired.set('promotion', [...(fired.get('promotion') ?? []), ...shape.promotion]);
  if (shape.hashtagStuffing.length > 0) fired.set('spam', [...(fired.get('spam') ?? []), ...shape.hashtagStuffing]);
  // Each worked out once per tweet: the rules' flag, the belittling words' target and the skip grounds all ask.
  const namesPerson = hasCue(compiled.cues.aimedAtPerson, prepared.matchable);
  let atPerson: boolean | undefined;
  // The words land on a person (staff, "this guy", "you" in a reply to someone) rather than the product.
  const aimsAtPerson = () => (atPerson ??= namesPerson || (tagsPerson(prepared.text, compiled.names) && hasCue(compiled.cues.secondPerson, prepared.matchable)));
  const personal = weighPersonalAttack(prepared, fired, compiled, namesPerson, aimsAtPerson);
  const reading = readSentiment(prepared.text, prepared.matchable);
  const statusMentions = statusAccountMentions(prepared.brandHandles);
  if (statusMentions.length > 0) fired.set('status_account', statusMentions);
  const inferred = new Set<SignalId>();
  // Praise or thanks in the tweet's own words, before the tone adds any.
  const kindWords = fired.has('praise') || fired.has('thanks');
  if (reading.sentiment.label === 'positive' && !kindWords) {
    fired.set('praise', reading.positive.slice(0, 6));
    inferred.add('praise');
  }
  if (reading.sentiment.label === 'negative' && !fired.has('criticism')) {
    fired.set('criticism', reading.negative.slice(0, 6));
    inferred.add('criticism');
  }
  const requester = requesterOf(input);
  // The brand's own post, or its staff's from one of its handles, comes back as a ticket: nobody to reply to.
  if (requester !== '' && compiled.vocabulary.mentions.brandHandles.has(requester)) fired.set('own_announcement', []);
  // A team member's post from a personal account: only the staff_handles setting can tell it from a fan's.
  else if (requester !== '' && compiled.staffHandles.has(requester)) fired.set('staff_post', []);
  else if (BOT_HANDLE.test(requester)) fired.set('automated', [...(fired.get('automated') ?? [])]);
  const directMessage = isPrivateTicket(input.via);
  const addressesBrand = prepared.brandHandles.length > 0;
  let offTopic: boolean | undefined;
  const offTopicOnce = () => (offTopic ??= !writtenToBrand(raw, prepared) && !namedInSentence(raw, prepared) && isOffTopic(prepared, compiled));
  const tooShort = prepared.letterCount < MIN_LETTERS;
  const verdict = decide(fired, { directMessage, addressesBrand, sentiment: reading.sentiment, tooShort, inferred, isOffTopic: offTopicOnce });
  const flag = (on: boolean, name: RuleFlag): RuleFlag[] => (on ? [name] : []);
  const flags: RuleFlag[] = [
    ...flag(!verdict.settled && offTopicOnce(), 'off_topic'),
    ...flag(tooShort, 'too_short'),
    ...flag(repliesToPerson(prepared.text, compiled.vocabulary.mentions.brandHandles), 'reply_to_person'),
    `sentiment_${reading.sentiment.label}`,
    ...personal,
    ...flag(shape.lookAlikeLinks.length > 0, 'look_alike_link'),
  ];
  const features = tweetFeatures(prepared, { fired, inferred, verdict, addressesBrand, flags }, compiled.names);
  return {
    text: post?.text ?? prepared.text, frontPage: post?.frontPage ?? null, namedOnlyInLink: post?.namedOnlyInLink ?? null,
    prepared, sentiment: reading.sentiment, directMessage, verdict, inferred, features,
    grounds: {
      offTopic: (tooShort && !writtenToBrand(raw, prepared)) || (!verdict.settled && offTopicOnce()),
      // Words, not the tone: AFINN reads "hope whoever shipped this gets hit by a bus" as positive.
      atPerson: aimsAtPerson(),
      // Asked only of what the model weighs.
      speaksForBrand: !verdict.settled && hasCue(compiled.cues.speaksForBrand, prepared.matchable),
      // A few letters of them. Longer, kind words may be sarcasm ("tell the engineer who wrote that 'we're sorry' post
      // he should be ashamed").
      kind: tooShort && kindWords,
    },
  };
}

/**
 * The learned model as a suggestion uses it: the whole of `model.json` in the CLI and the tests (`wholeModel.ts`), in
 * the sidebar its frequent keys and the pieces a ticket's features need (`modelInPieces.ts`).
 */
export interface TriageModel {
  policy: DecisionPolicy;
  /** The decision and category models, compiled when a tweet first needs them: a ticket the rules settle never waits. */
  pair: () => ModelPair<Outcome, Category>;
}
/** Reasons that only explain a skip; they would mislead beside another decision. */
const SKIP_ONLY: ReadonlySet<string> = new Set(['no_signal', 'too_short']);
/** Kinds of tweet an expert answers; praise or small talk routed to an expert is still a support question. */
const EXPERT_CATEGORIES: ReadonlySet<Category> = new Set(['support', 'sales', 'product', 'devops']);

/** The suggestion before the tweet's link is looked up. */
export interface Judged extends Verdict {
  confidence: number;
  uncertain: boolean;
}

/** Categories that need the tweet to say so: criticism needs a complaint, positive feedback a kind word. */
const NEEDS_EVIDENCE: Partial<Record<Category, { signals: readonly SignalId[]; sentiment: Sentiment['label'] }>> = {
  criticism: { signals: ['criticism'], sentiment: 'negative' },
  positive_feedback: { signals: ['praise', 'thanks', 'milestone', 'resolved'], sentiment: 'positive' },
};

/**
 * The most likely category that fits the decision and the tweet: an expert's ticket is never "positive feedback",
 * and a question about the roadmap is not "criticism" unless it complains.
 */
function fittingCategory(decision: Decision, categorised: Scored<Category>, analysis: Analysis, labels: readonly Category[]): Category {
  if (decision === 'skip') return 'other';
  const said = new Set(analysis.verdict.reasons.map((reason) => reason.signal));
  const fits = (category: Category) => {
    if (decision === 'expert' && !EXPERT_CATEGORIES.has(category)) return false;
    const needed = NEEDS_EVIDENCE[category];
    return !needed || analysis.sentiment.label === needed.sentiment || needed.signals.some((signal) => said.has(signal) && !analysis.inferred.has(signal));
  };
  let best: Category = decision === 'expert' ? 'support' : 'other';
  let bestProbability = -1;
  categorised.probabilities.forEach((probability, index) => {
    const category = labels[index];
    if (category && probability > bestProbability && fits(category)) [best, bestProbability] = [category, probability];
  });
  return best;
}

/** The words that weighed most for `side`, minus those a rule's reason already shows. */
function wordingFor(pair: ModelPair<Outcome, Category>, analysis: Analysis, side: Outcome, against: Outcome | undefined, shown: readonly Reason[]): Reason[] {
  const taken = shown.flatMap((reason) => reason.evidence);
  const overlaps = (item: Evidence) => taken.some((other) => item.start < other.end && other.start < item.end);
  const evidence = explain(pair, analysis.features, side, against).filter((item) => !overlaps(item));
  const pulls: Decision = side === 'involve' || side === 'expert' ? side : 'skip';
  return evidence.length > 0 ? [{ signal: 'similar_wording', pulls, evidence }] : [];
}

/**
 * The rules settle private messages, hostility, spam, automated posts and the brand's own. Everything else the
 * learned model decides, reading the words and the rules' signals together: involve or expert, or a skip reason only
 * words show (hostile, spam, off topic). Its reasons are the signals that pull its way, then the words that weighed
 * most; when involve and expert are too close to call, the evidence for each.
 */
function judgeTweet(analysis: Analysis, model: TriageModel | null): Judged {
  const { verdict } = analysis;
  if (verdict.settled || !model) return { ...verdict, confidence: 1, uncertain: false };
  const pair = model.pair();
  const [decided, categorised] = scorePair(pair, analysis.features);
  const { outcome, confidence, uncertain } = judge(model.policy, decided.probabilities, analysis.grounds);
  const decision: Decision = outcome === 'involve' || outcome === 'expert' ? outcome : 'skip';
  const skipReason = outcome === 'involve' || outcome === 'expert' ? null : outcome;
  const category = fittingCategory(decision, categorised, analysis, pair.second.labels);
  const reasons = verdict.reasons.filter((reason) => decision === 'skip' || !SKIP_ONLY.has(reason.signal));
  const mine = reasons.filter((reason) => reason.pulls === decision);
  const rest = reasons.filter((reason) => reason.pulls !== decision);
  if (uncertain && decision !== 'skip') {
    const other: Decision = decision === 'involve' ? 'expert' : 'involve';
    const theirs = rest.filter((reason) => reason.pulls === other);
    const ordered = [
      ...mine, ...wordingFor(pair, analysis, decision, other, mine),
      ...theirs, ...wordingFor(pair, analysis, other, decision, theirs),
      ...rest.filter((reason) => reason.pulls !== other),
    ];
    return { decision, category, skipReason, reasons: ordered, settled: false, confidence, uncertain };
  }
  const words = mine.length > 0 ? [] : wordingFor(pair, analysis, outcome, undefined, []);
  return { decision, category, skipReason, reasons: [...mine, ...words, ...rest], settled: false, confidence, uncertain: false };
}

/** Reasons another reason already says more precisely: a bare "?" next to "asks the community a question". */
const SAID_BETTER_BY: Readonly<Record<string, string>> = { question: 'community_question' };

/**
 * Each run of words once: "🚀" three times or "000 followers" inside "10,000 followers" says nothing new; nor does
 * one question given as two reasons.
 */
function withoutRepeats(reasons: readonly Reason[]): Reason[] {
  const shown: Evidence[] = [];
  const signals = new Set(reasons.map((reason) => reason.signal));
  const needed = reasons.filter((reason) => !signals.has(SAID_BETTER_BY[reason.signal] ?? ''));
  return needed.map((reason) => {
    const evidence = reason.evidence.filter((item) => {
      const repeat = shown.some((other) => other.text.toLowerCase() === item.text.toLowerCase() || (other.start <= item.start && item.end <= other.end));
      if (!repeat) shown.push(item);
      return !repeat;
    });
    return evidence.length === reason.evidence.length ? reason : { ...reason, evidence };
  });
}

/**
 * What a Hacker News post's shape says besides its words. A post naming the brand only in a link address is
 * nobody talking to the brand: no action, and that is the reason given. A front-page thread about the brand is
 * urgent: its reason comes first, and a skip that no named reason (hostility, spam, a job post) settled becomes
 * involvement, because such threads need people in them; so does an expert verdict that only the model's words gave
 * ("520 points" reads like an HTTP 5xx to the model, "Write Everything Down" like an outage).
 */
function withPostShape(verdict: Judged, analysis: Analysis): Judged {
  if (analysis.namedOnlyInLink && !verdict.settled) {
    const reasons: Reason[] = [{ signal: 'named_only_in_link', pulls: 'skip', evidence: analysis.namedOnlyInLink }];
    return { decision: 'skip', category: 'other', skipReason: 'off_topic', reasons, settled: true, confidence: 1, uncertain: false };
  }
  if (!analysis.frontPage) return verdict;
  const reasons: Reason[] = [{ signal: 'hn_front_page', pulls: 'involve', evidence: analysis.frontPage }, ...verdict.reasons];
  // Only the model's words say expert (no rule found a problem for one): the thread still needs people in it.
  const wordsOnlyExpert = verdict.decision === 'expert' && !verdict.reasons.some((reason) => reason.pulls === 'expert' && reason.signal !== 'similar_wording');
  if (wordsOnlyExpert && !verdict.settled) return { ...verdict, decision: 'involve', reasons: reasons.filter((reason) => reason.pulls !== 'expert'), uncertain: false };
  if (verdict.decision !== 'skip' || verdict.settled) return { ...verdict, reasons };
  return { ...verdict, decision: 'involve', skipReason: null, reasons: reasons.filter((reason) => !SKIP_ONLY.has(reason.signal)) };
}

/** A ticket as the rules read it, before the learned model weighs it. */
export interface TicketReading {
  post: Post;
  platform: Platform;
  analysis: Analysis;
}

/** Reads a tweet or post ticket: where its post is, and what the rules make of it. */
export function readTicket(input: TriageInput, settings?: Partial<TriageSettings>): TicketReading {
  // A ticket from Facebook's channel, or whose link is a Hacker News item, Reddit post or forum topic, is read as that post.
  const post = findPost({ description: input.text, comments: input.comments, via: input.via }, DEFAULT_SOURCE_SETTINGS);
  const platform = input.platform ?? post.platform;
  return { post, platform, analysis: analyseTweet({ ...input, platform }, settings) };
}

/** Whether the learned model weighs this ticket: the rules did not settle it. */
export function needsModel(reading: TicketReading): boolean {
  return !reading.analysis.verdict.settled;
}

/** What to do with a ticket the rules have read: involve the community, ask an expert, or skip, and why. */
export function suggestFrom(reading: TicketReading, model: TriageModel | null): Suggestion {
  const { post, platform, analysis } = reading;
  const { decision, category, skipReason, reasons, confidence, uncertain } = withPostShape(judgeTweet(analysis, model), analysis);
  const tweetUrl = post.platform === 'x' ? post.url : null;
  return {
    decision,
    skipReason,
    confidence: Math.round(confidence * 1000) / 1000,
    uncertain,
    category,
    reasons: withoutRepeats(reasons),
    sentiment: analysis.sentiment,
    text: analysis.text,
    source: platform,
    postUrl: post.url,
    tweetUrl,
    isDirectMessage: analysis.directMessage,
  };
}
