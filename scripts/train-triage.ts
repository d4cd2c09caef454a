/**
 * Trains the triage's learned model on the labelled tweets in data/triage/ and writes src/triage/model.json.
 *   npm run triage:train            train on every training set, write the model
 *   npm run triage:train -- --cv    leave one set out at a time: how the model does on a writer it never saw
 *   npm run triage:train -- FILE…   also learn from your own labelled files (same format), e.g. real tickets
 * The blind sets (data/triage/README.md) are never read here: they are for `npm run -s triage -- FILE --summary`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseTweet } from '../src/triage/suggest';
import { HOSTILE_OR_SPAM_KIND } from './labelledKinds';
import { compileModel, decideWith, score, storeModel, type CompiledModel, type DecisionPolicy, type LinearModel } from '../src/triage/model';
import { CATEGORIES, DECISIONS, type Category, type Decision } from '../src/triage/types';

const ROOT = join(import.meta.dirname, '..');
const DATA = join(ROOT, 'data', 'triage');
/** Sets the model learns from; each was written by a different person (data/triage/README.md). */
export const TRAINING_SETS = [
  'labelled.jsonl', 'heldout.jsonl', 'heldout-2.jsonl', 'heldout-3.jsonl', 'heldout-4.jsonl', 'heldout-5.jsonl', 'heldout-6.jsonl', 'heldout-7.jsonl', 'train-1.jsonl', 'train-2.jsonl', 'train-3.jsonl', 'train-4.jsonl',
];
/** Sets kept for measuring: never trained on. */
export const BLIND_SETS = ['heldout-8.jsonl'];

const EPOCHS = 30;
const LEARNING_RATE = 0.3;
const L2 = 1e-4;
/**
 * Words seen once say little and bloat the file; rule features are kept whatever their count. The category
 * model, eight weights a word and less important, keeps only words seen four times.
 */
const MIN_COUNT = { decision: 2, category: 4 };
/** Weights smaller than this change no decision; dropping them keeps the file small. */
const PRUNE_BELOW = 0.1;

interface Example {
  file: string;
  features: string[];
  decision: number;
  category: number;
  kind: string;
  text: string;
  ruleDecision: Decision;
  /** The rules settle it (DM, hostility, spam): the model is not asked. */
  settled: boolean;
}

function readSet(file: string): Example[] {
  if (BLIND_SETS.some((blind) => file === blind || file.endsWith(`/${blind}`))) throw new Error(`${file} is a blind set: it measures the model, it must not train it`);
  return readFileSync(file.includes('/') ? file : join(DATA, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const row = JSON.parse(line) as { text: string; via?: object; decision: Decision; category: Category; kind?: string };
      const analysis = analyseTweet({ text: row.text, via: row.via });
      return {
        file,
        features: analysis.features.names,
        decision: DECISIONS.indexOf(row.decision),
        category: CATEGORIES.indexOf(row.category),
        kind: row.kind ?? '',
        text: row.text,
        ruleDecision: analysis.verdict.decision,
        settled: analysis.verdict.settled,
      };
    });
}

/** A small deterministic generator, so the same data always gives the same model. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const result = [...items];
  let state = seed;
  for (let index = result.length - 1; index > 0; index -= 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const other = state % (index + 1);
    [result[index], result[other]] = [result[other] as T, result[index] as T];
  }
  return result;
}

/** Multinomial logistic regression with AdaGrad steps and L2 on the weights a step touches. */
function train<Label extends string>(examples: Example[], labels: readonly Label[], target: (example: Example) => number, minCount: number): LinearModel<Label> {
  const counts = new Map<string, number>();
  for (const example of examples) for (const name of example.features) counts.set(name, (counts.get(name) ?? 0) + 1);
  const kept = (name: string) => !/^[wbje#]/.test(name) || (counts.get(name) ?? 0) >= minCount;
  const weights = new Map<string, number[]>();
  const squares = new Map<string, number[]>();
  const bias = labels.map(() => 0);
  const biasSquares = labels.map(() => 0);
  const usable = examples.filter((example) => target(example) >= 0);
  for (let epoch = 0; epoch < EPOCHS; epoch += 1) {
    for (const example of shuffled(usable, epoch + 1)) {
      const names = example.features.filter(kept);
      const sums = [...bias];
      for (const name of names) {
        const row = weights.get(name);
        if (row) for (let index = 0; index < sums.length; index += 1) sums[index] = (sums[index] ?? 0) + (row[index] ?? 0);
      }
      const top = Math.max(...sums);
      const exps = sums.map((sum) => Math.exp(sum - top));
      const total = exps.reduce((a, b) => a + b, 0);
      const gradient = exps.map((value, index) => value / total - (index === target(example) ? 1 : 0));
      for (const name of names) {
        const row = weights.get(name) ?? labels.map(() => 0);
        const square = squares.get(name) ?? labels.map(() => 0);
        for (let index = 0; index < row.length; index += 1) {
          const step = (gradient[index] ?? 0) + L2 * (row[index] ?? 0);
          square[index] = (square[index] ?? 0) + step * step;
          row[index] = (row[index] ?? 0) - (LEARNING_RATE * step) / Math.sqrt((square[index] ?? 0) + 1e-8);
        }
        weights.set(name, row);
        squares.set(name, square);
      }
      for (let index = 0; index < bias.length; index += 1) {
        const step = gradient[index] ?? 0;
        biasSquares[index] = (biasSquares[index] ?? 0) + step * step;
        bias[index] = (bias[index] ?? 0) - (LEARNING_RATE * step) / Math.sqrt((biasSquares[index] ?? 0) + 1e-8);
      }
    }
  }
  const rounded = (value: number) => Math.round(value * 100) / 100;
  const pruned: Record<string, number[]> = {};
  for (const [name, row] of [...weights].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (Math.max(...row.map(Math.abs)) >= PRUNE_BELOW) pruned[name] = row.map(rounded);
  }
  return { labels, bias: bias.map(rounded), weights: pruned };
}


interface Measure {
  accuracy: number;
  expertRecall: number;
  involvedHostile: number;
  total: number;
}

function measure(examples: Example[], decide: (example: Example) => number): Measure {
  let right = 0;
  let experts = 0;
  let expertsFound = 0;
  let involvedHostile = 0;
  for (const example of examples) {
    const decided = decide(example);
    if (decided === example.decision) right += 1;
    if (example.decision === DECISIONS.indexOf('expert')) {
      experts += 1;
      if (decided === example.decision) expertsFound += 1;
    }
    if (HOSTILE_OR_SPAM_KIND.test(example.kind) && decided === DECISIONS.indexOf('involve')) involvedHostile += 1;
  }
  return { accuracy: right / examples.length, expertRecall: expertsFound / Math.max(1, experts), involvedHostile, total: examples.length };
}

function format(label: string, result: Measure): string {
  return `${label.padEnd(18)} ${String(result.total).padStart(4)}  accuracy ${(result.accuracy * 100).toFixed(1).padStart(5)}%  expert recall ${(result.expertRecall * 100).toFixed(1).padStart(5)}%  hostile/spam → involve ${result.involvedHostile}`;
}

/** The model's decision for an analysed example, with the rules settling what they settle. */
function modelDecision(model: CompiledModel<Decision>, example: Example, policy: DecisionPolicy): number {
  if (example.settled) return DECISIONS.indexOf(example.ruleDecision);
  const { probabilities } = score(model, { names: example.features, spans: () => new Map() });
  return DECISIONS.indexOf(decideWith(policy, probabilities, example.ruleDecision === 'expert'));
}

const FLOORS = [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 1];

/** Every policy worth trying. */
function policies(): DecisionPolicy[] {
  return FLOORS.flatMap((expertFloor) => FLOORS.flatMap((skipFloor) => [false, true].map((keepRuleExpert) => ({ expertFloor, skipFloor, keepRuleExpert }))));
}

/**
 * The policy that does best when each writer's tweets are left out in turn: no hostile or spam tweet involved
 * first, then expert recall of at least 95 %, then accuracy.
 */
function choosePolicy(folds: { test: Example[]; model: CompiledModel<Decision> }[]): { policy: DecisionPolicy; result: Measure } {
  let best: { policy: DecisionPolicy; result: Measure; rank: number[] } | undefined;
  for (const policy of policies()) {
    const all = folds.flatMap(({ test, model }) => test.map((example) => ({ example, decided: modelDecision(model, example, policy) })));
    const result = measure(all.map((item) => item.example), (example) => all.find((item) => item.example === example)?.decided ?? -1);
    const rank = [-result.involvedHostile, Math.min(result.expertRecall, 0.95), result.accuracy];
    if (process.argv.includes('--policies')) console.log(format('policy', result), JSON.stringify(policy));
    if (!best || rank.some((value, index) => value !== best?.rank[index]) && compare(rank, best.rank) > 0) best = { policy, result, rank };
  }
  if (!best) throw new Error('no policy');
  return best;
}

function compare(a: number[], b: number[]): number {
  for (let index = 0; index < a.length; index += 1) if ((a[index] ?? 0) !== (b[index] ?? 0)) return (a[index] ?? 0) - (b[index] ?? 0);
  return 0;
}

function main(): void {
  const ownFiles = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const examples = [
    ...TRAINING_SETS.flatMap((file) => {
      try {
        return readSet(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
    }),
    // Files named on the command line must exist: a typo should not train a model without them.
    ...ownFiles.flatMap((file) => readSet(file)),
  ];
  const files = [...new Set(examples.map((example) => example.file))];
  const folds = files.map((file) => ({
    file,
    test: examples.filter((example) => example.file === file),
    model: compileModel(train(examples.filter((example) => example.file !== file), DECISIONS, (example) => example.decision, MIN_COUNT.decision)),
  }));
  const chosen = choosePolicy(folds);
  if (process.argv.includes('--cv')) {
    for (const { file, test, model } of folds) {
      console.log(format(`${file} rules`, measure(test, (example) => DECISIONS.indexOf(example.ruleDecision))));
      console.log(format(`${file} model`, measure(test, (example) => modelDecision(model, example, chosen.policy))));
      if (process.argv.includes('--misses')) {
        for (const example of test) {
          const decided = modelDecision(model, example, chosen.policy);
          if (decided !== example.decision) console.log(`   ${DECISIONS[example.decision]} → ${DECISIONS[decided]} [${example.kind}] ${example.text.slice(0, 140).replace(/\n/g, ' ')}`);
        }
      }
    }
  }
  console.log(format('all, left out', chosen.result), JSON.stringify(chosen.policy));
  if (process.argv.includes('--cv')) return;
  const decision = train(examples, DECISIONS, (example) => example.decision, MIN_COUNT.decision);
  const category = train(examples.filter((example) => example.decision !== DECISIONS.indexOf('skip')), CATEGORIES, (example) => example.category, MIN_COUNT.category);
  const trainedOn = files.map((file) => ({ file, tweets: examples.filter((example) => example.file === file).length }));
  writeFileSync(join(ROOT, 'src', 'triage', 'model.json'), `${JSON.stringify({ trainedOn, policy: chosen.policy, decision: storeModel(decision), category: storeModel(category) })}\n`);
  console.log(`trained on ${examples.length} tweets from ${files.length} sets: ${Object.keys(decision.weights).length} decision and ${Object.keys(category.weights).length} category features`);
}

main();
