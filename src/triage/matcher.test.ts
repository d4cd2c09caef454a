import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { factorAlternatives } from './factorAlternatives';
import { compileVocabularies, matchInBatches, matchSignals } from './matcher';
import { DEFAULT_TRIAGE_SETTINGS } from './settings';
import { factorTermsWith } from './terms';
import { matchWhole } from './wholePatterns';

const DATA = join(__dirname, '..', '..', 'data', 'triage');
const texts = ['labelled.jsonl', 'train-1.jsonl', 'train-2.jsonl']
  .flatMap((file) => readFileSync(join(DATA, file), 'utf8').split('\n'))
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { text: string }).text);

describe('matching one ticket in the panel', () => {
  it('finds the same signals, with the same evidence, as the batch with every term compiled', () => {
    const panel = compileVocabularies({ ...DEFAULT_TRIAGE_SETTINGS });
    const inPanel = texts.map((text) => [...matchSignals(text, panel).fired]);
    // From here on the matcher works as batch code does (this file's module state only).
    factorTermsWith(factorAlternatives);
    matchInBatches(matchWhole);
    const batch = compileVocabularies({ ...DEFAULT_TRIAGE_SETTINGS });
    texts.forEach((text, index) => expect(inPanel[index], text).toEqual([...matchSignals(text, batch).fired]));
    expect(inPanel.filter((fired) => fired.length > 0).length).toBeGreaterThan(texts.length / 2);
  });
});
