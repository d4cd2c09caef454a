import type { TweetFeatures } from './features';
import type { Evidence } from './types';

/**
 * A linear model over {@link TweetFeatures}: one weight per feature and class, softmax over the sums. Trained by
 * `npm run triage:train` on the labelled sets in `data/triage/`; the weights live in `model.json`.
 */
export interface LinearModel<Label extends string> {
  labels: readonly Label[];
  bias: readonly number[];
  /** Weights per feature name, one per label, in `labels` order. */
  weights: Readonly<Record<string, readonly number[]>>;
}

/** The model's answer for one tweet. */
export interface Scored<Label extends string> {
  label: Label;
  /** Probability per label, in the model's label order. */
  probabilities: number[];
}

/** A model ready to score: weights in a Map, which V8 looks up far faster than a 9,000-key object. */
export interface CompiledModel<Label extends string> {
  labels: readonly Label[];
  bias: readonly number[];
  weights: ReadonlyMap<string, readonly number[]>;
}

/** Words shown as the model's reason: enough to see why, few enough to read. */
const MAX_EVIDENCE = 4;

/**
 * The model as `model.json` stores it: feature names one per line and the weights as whole hundredths, one row
 * of `labels.length` per name. A fifth smaller than an object per feature, and far quicker for the browser to parse.
 */
export interface StoredModel<Label extends string> {
  labels: readonly Label[];
  bias: readonly number[];
  names: string;
  hundredths: readonly number[];
}

export function storeModel<Label extends string>(model: LinearModel<Label>): StoredModel<Label> {
  const names = Object.keys(model.weights);
  return {
    labels: model.labels,
    bias: model.bias,
    names: names.join('\n'),
    hundredths: names.flatMap((name) => (model.weights[name] ?? []).map((weight) => Math.round(weight * 100))),
  };
}

export function compileModel<Label extends string>(model: LinearModel<Label> | StoredModel<Label>): CompiledModel<Label> {
  if (!('names' in model)) return { labels: model.labels, bias: model.bias, weights: new Map(Object.entries(model.weights)) };
  const width = model.labels.length;
  const weights = new Map<string, number[]>();
  const names = model.names === '' ? [] : model.names.split('\n');
  names.forEach((name, row) => {
    weights.set(name, Array.from({ length: width }, (_, column) => (model.hundredths[row * width + column] ?? 0) / 100));
  });
  return { labels: model.labels, bias: model.bias, weights };
}

/** Scores a tweet's features: softmax over the summed weights. */
export function score<Label extends string>(model: CompiledModel<Label>, features: TweetFeatures): Scored<Label> {
  const sums = [...model.bias];
  for (const name of features.names) {
    const weights = model.weights.get(name);
    if (!weights) continue;
    for (let index = 0; index < sums.length; index += 1) sums[index] = (sums[index] ?? 0) + (weights[index] ?? 0);
  }
  return softmax(model.labels, sums);
}

/**
 * Two models over the same features in one Map: one lookup per feature instead of two. Looking up freshly built
 * strings is the costliest part of scoring, so this is the form the suggestion uses.
 */
export interface ModelPair<First extends string, Second extends string> {
  first: CompiledModel<First>;
  second: CompiledModel<Second>;
  rows: ReadonlyMap<string, readonly [readonly number[] | undefined, readonly number[] | undefined]>;
}

export function pairModels<First extends string, Second extends string>(first: CompiledModel<First>, second: CompiledModel<Second>): ModelPair<First, Second> {
  const rows = new Map<string, [readonly number[] | undefined, readonly number[] | undefined]>();
  for (const [name, weights] of first.weights) rows.set(name, [weights, undefined]);
  for (const [name, weights] of second.weights) rows.set(name, [rows.get(name)?.[0], weights]);
  return { first, second, rows };
}

function softmax<Label extends string>(labels: readonly Label[], sums: number[]): Scored<Label> {
  let best = 0;
  for (let index = 1; index < sums.length; index += 1) if ((sums[index] ?? 0) > (sums[best] ?? 0)) best = index;
  const top = sums[best] ?? 0;
  const exps = sums.map((sum) => Math.exp(sum - top));
  const total = exps.reduce((a, b) => a + b, 0);
  return { label: labels[best] as Label, probabilities: exps.map((value) => value / total) };
}

/** Scores a tweet with both models of a pair; the same answers as {@link score} on each. */
export function scorePair<First extends string, Second extends string>(pair: ModelPair<First, Second>, features: TweetFeatures): [Scored<First>, Scored<Second>] {
  const first = [...pair.first.bias];
  const second = [...pair.second.bias];
  for (const name of features.names) {
    const row = pair.rows.get(name);
    if (!row) continue;
    const [a, b] = row;
    if (a) for (let index = 0; index < first.length; index += 1) first[index] = (first[index] ?? 0) + (a[index] ?? 0);
    if (b) for (let index = 0; index < second.length; index += 1) second[index] = (second[index] ?? 0) + (b[index] ?? 0);
  }
  return [softmax(pair.first.labels, first), softmax(pair.second.labels, second)];
}

/** The tweet's words whose weights favour `answer` over every other label most, in text order. */
export function explain<Label extends string>(model: CompiledModel<Label>, features: TweetFeatures, answer: Label): Evidence[] {
  const chosen = model.labels.indexOf(answer);
  const ranked: { evidence: Evidence; margin: number }[] = [];
  const spans = features.spans();
  for (const name of features.names) {
    const weights = model.weights.get(name);
    const evidence = spans.get(name);
    // Pairs of kana ("って") carry weight but mean nothing on their own to a reader.
    if (!weights || !evidence || /^j:[\u3040-\u309f]+$/.test(name)) continue;
    const margin = (weights[chosen] ?? 0) - Math.max(...weights.filter((_, index) => index !== chosen));
    if (margin > 0) ranked.push({ evidence, margin });
  }
  return ranked
    .sort((a, b) => b.margin - a.margin)
    .slice(0, MAX_EVIDENCE)
    // Plain objects: evidence travels to the panel and into Slack posts.
    .map(({ evidence }) => ({ text: evidence.text, start: evidence.start, end: evidence.end }))
    .sort((a, b) => a.start - b.start);
}

/**
 * How the model's probabilities become a decision. The floors lean the way the costs do: a missed expert case
 * or an involved troll costs more than an involve suggested as skip. `npm run triage:train` picks them by
 * leaving one writer's tweets out at a time, never on the blind sets.
 */
export interface DecisionPolicy {
  /** Ask an expert whenever the model gives it at least this probability. */
  expertFloor: number;
  /** Never suggest involvement when skipping has at least this probability. */
  skipFloor: number;
  /** Keep the rules' "expert" when the model disagrees. */
  keepRuleExpert: boolean;
}

export const DEFAULT_POLICY: DecisionPolicy = { expertFloor: 1, skipFloor: 1, keepRuleExpert: false };

/** Applies a {@link DecisionPolicy} to probabilities in `involve, expert, skip` order. */
export function decideWith(policy: DecisionPolicy, probabilities: readonly number[], ruleSaysExpert: boolean): 'involve' | 'expert' | 'skip' {
  const [involve = 0, expert = 0, skip = 0] = probabilities;
  if (expert >= policy.expertFloor || (policy.keepRuleExpert && ruleSaysExpert)) return 'expert';
  if (expert >= involve && expert >= skip) return 'expert';
  if (skip >= involve || skip >= policy.skipFloor) return 'skip';
  return 'involve';
}
