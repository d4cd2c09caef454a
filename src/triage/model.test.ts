import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOSTILE_OR_SPAM_KIND } from '../../scripts/labelledKinds';
import { compileModel, DEFAULT_POLICY, decideWith, explain, pairModels, score, scorePair, storeModel, type StoredModel } from './model';
import MODEL from './model.json';
import { analyseTweet, suggest } from './suggest';
import type { Category, Decision } from './types';

const DATA = join(__dirname, '..', '..', 'data', 'triage');
/** Written by teammates who never saw the rules or the model, and never trained on (scripts/train-triage.ts). */
const BLIND_SETS = ['heldout-8.jsonl'];

interface Row {
  id: string;
  text: string;
  via?: { source?: { rel?: string | null } };
  decision: Decision;
  kind?: string;
}

function rows(file: string): Row[] {
  return readFileSync(join(DATA, file), 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as Row);
}

describe.each(BLIND_SETS)('the suggestion on the blind set %s', (file) => {
  const tweets = existsSync(join(DATA, file)) ? rows(file) : [];
  const decided = tweets.map((row) => ({ row, decision: suggest({ text: row.text, via: row.via }).decision }));

  it('has the set to measure', () => {
    expect(tweets.length).toBeGreaterThanOrEqual(200);
  });

  it('decides at least 90 % of the tweets as the writer labelled them', () => {
    const right = decided.filter(({ row, decision }) => decision === row.decision).length;
    expect(right / tweets.length).toBeGreaterThanOrEqual(0.9);
  });

  it('sends at least 95 % of the expert cases to an expert', () => {
    const experts = decided.filter(({ row }) => row.decision === 'expert');
    expect(experts.filter(({ decision }) => decision === 'expert').length / experts.length).toBeGreaterThanOrEqual(0.95);
  });

  it('never suggests involvement for a hostile, spam or private tweet', () => {
    const wrong = decided.filter(({ row, decision }) => decision === 'involve' && (row.via?.source?.rel === 'direct_message' || HOSTILE_OR_SPAM_KIND.test(row.kind ?? '')));
    expect(wrong.map(({ row }) => row.id)).toEqual([]);
  });
});

describe('the learned model', () => {
  const model = compileModel(MODEL.decision as StoredModel<Decision>);

  it('scores a pair of models in one pass with the same answers as each alone', () => {
    const category = compileModel(MODEL.category as StoredModel<Category>);
    const pair = pairModels(model, category);
    for (const text of ['@gitlab charged twice, refund please', 'loving the new pipeline editor', 'gitlab vs github for a small team?']) {
      const { features } = analyseTweet({ text });
      const [decided, categorised] = scorePair(pair, features);
      expect(decided.probabilities).toEqual(score(model, features).probabilities);
      expect(categorised).toEqual(score(category, features));
    }
  });

  it('stores weights as hundredths and reads them back', () => {
    const stored = storeModel({ labels: ['involve', 'expert', 'skip'], bias: [0, 0, 0], weights: { 'w:a': [0.12, -0.5, 1], 'w:b': [0, 0.03, -2.4] } });
    expect(stored).toMatchObject({ names: 'w:a\nw:b', hundredths: [12, -50, 100, 0, 3, -240] });
    expect([...compileModel(stored).weights]).toEqual([['w:a', [0.12, -0.5, 1]], ['w:b', [0, 0.03, -2.4]]]);
  });

  it('explains a decision with the words that weighed most for it', () => {
    const { features } = analyseTweet({ text: '@gitlab you charged our card twice for the same invoice, we need a refund' });
    const scored = score(model, features);
    expect(scored.label).toBe('expert');
    const evidence = explain(model, features, 'expert');
    expect(evidence.length).toBeGreaterThan(0);
    for (const item of evidence) expect(['@gitlab', 'you', 'charged', 'our', 'card', 'twice', 'for', 'the', 'same', 'invoice', 'we', 'need', 'a', 'refund']).toContain(item.text.split(/\s+/)[0]);
    expect(scored.probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
  });

  it('leans to an expert and away from involvement as the policy floors say', () => {
    expect(decideWith(DEFAULT_POLICY, [0.5, 0.3, 0.2], false)).toBe('involve');
    expect(decideWith({ expertFloor: 0.25, skipFloor: 1, keepRuleExpert: false }, [0.5, 0.3, 0.2], false)).toBe('expert');
    expect(decideWith({ expertFloor: 1, skipFloor: 0.2, keepRuleExpert: false }, [0.5, 0.3, 0.2], false)).toBe('skip');
    expect(decideWith({ expertFloor: 1, skipFloor: 1, keepRuleExpert: true }, [0.8, 0.1, 0.1], true)).toBe('expert');
  });

  it('shows the model’s words when no rule names a reason', () => {
    const suggestion = suggest({ text: 'La nueva interfaz de @gitlab me parece bastante confusa, no encuentro nada donde estaba antes' });
    expect(suggestion.decision).toBe('involve');
    const wording = suggestion.reasons.find((reason) => reason.signal === 'similar_wording');
    for (const item of wording?.evidence ?? []) expect(suggestion.text.slice(item.start, item.end)).toBe(item.text);
  });
});
