import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCues, findCue, hasCue, type CompiledCues } from './cues';
import { factorAlternatives } from './factorAlternatives';
import { DEFAULT_TRIAGE_SETTINGS } from './settings';
import { factorTermsWith } from './terms';

const DATA = join(__dirname, '..', '..', 'data', 'triage');
const texts = ['labelled.jsonl', 'train-1.jsonl', 'train-2.jsonl']
  .flatMap((file) => readFileSync(join(DATA, file), 'utf8').split('\n'))
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { text: string }).text.toLowerCase());

const CUES = ['personalAttack', 'aimedAtPerson', 'secondPerson', 'topical'] as const;

function readCues(cues: CompiledCues, text: string) {
  return CUES.map((name) => [hasCue(cues[name], text), findCue(cues[name], text, text)]);
}

describe('cues read for one ticket in the panel', () => {
  it('find what every term compiled finds, as batch code compiles them', () => {
    const panel = compileCues({ ...DEFAULT_TRIAGE_SETTINGS });
    const inPanel = texts.map((text) => readCues(panel, text));
    // From here on the cues compile as batch code does (this file's module state only).
    factorTermsWith(factorAlternatives);
    const batch = compileCues({ ...DEFAULT_TRIAGE_SETTINGS });
    texts.forEach((text, index) => expect(inPanel[index], text).toEqual(readCues(batch, text)));
    for (const [at] of CUES.entries()) expect(inPanel.filter((read) => read[at]?.[0] === true).length, CUES[at]).toBeGreaterThan(10);
  });
});
