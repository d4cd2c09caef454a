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

describe('the brand’s staff speaking as such', () => {
  it('is "As @gitlab’s Head of Remote", "we at @gitlab", "I work at GitLab", not a customer or a question', () => {
    const cues = compileCues({ ...DEFAULT_TRIAGE_SETTINGS });
    // Real (data/real, rt-0016): a staff post; the roles it names are the author's own.
    for (const text of ["as @gitlab's head of remote, it's surreal to see the world catch on.", 'we at @gitlab love remote work', 'i work at gitlab and this release is wild', 'my team at @gitlab shipped it']) {
      expect(hasCue(cues.speaksForBrand, text), text).toBe(true);
    }
    for (const text of ['as a @gitlab customer i am furious', 'what are you doing at gitlab', 'your vp at @gitlab is a weasel']) expect(hasCue(cues.speaksForBrand, text), text).toBe(false);
  });
});
