import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startsIndex, type StartsTrees } from './leadingKeys';
import { factorAlternatives } from './factorAlternatives';
import { compileVocabularies, matchInBatches, matchSignals } from './matcher';
import { factorTermsWith } from './terms';
import { matchWhole, wholeState } from './wholePatterns';
import { DEFAULT_TRIAGE_SETTINGS } from './settings';
import { termSource } from './terms';

const DATA = join(__dirname, '..', '..', 'data', 'triage');
const texts = ['labelled.jsonl', 'train-1.jsonl']
  .flatMap((file) => readFileSync(join(DATA, file), 'utf8').split('\n'))
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { text: string }).text);

/** Every place `source` matches (as the matcher tries it: sticky, one place after another), at word edges unless `anywhere`. */
function matchPlaces(source: string, text: string, anywhere = false): number[] {
  const sticky = new RegExp(anywhere ? source : `\\b(?:${source})`, 'y');
  const places: number[] = [];
  for (let at = 0; at <= text.length; at += 1) {
    sticky.lastIndex = at;
    if (sticky.test(text)) places.push(at);
  }
  return places;
}

/** Where the index tries a pattern that matches anywhere it is tried. */
function startPlaces(sources: readonly string[], text: string, anywhere = false): number[] {
  const index = startsIndex([{ pattern: /(?:)/, terms: sources }], anywhere);
  const places: number[] = [];
  index.find(text);
  index.each(0, text, (match) => places.push(match.index));
  return places;
}

// As batch code does: the matcher then scans with the whole patterns.
factorTermsWith(factorAlternatives);
matchInBatches(matchWhole);

describe('where a term may start', () => {
  it('finds the same signals, with the same evidence, as scanning every tweet whole', () => {
    const scanned = compileVocabularies({ ...DEFAULT_TRIAGE_SETTINGS });
    const indexed = compileVocabularies({ ...DEFAULT_TRIAGE_SETTINGS });
    wholeState(scanned).startsAfter = Infinity;
    wholeState(indexed).startsAfter = 0;
    for (const text of texts) {
      expect([...matchSignals(text, indexed).fired]).toEqual([...matchSignals(text, scanned).fired]);
    }
  });

  it('never misses a place where a term matches, whatever its spaces, repeats, classes or lookarounds', () => {
    const terms = [
      'ce serait top', 'is ?down', 'lost (?:\\S+ ){0,3}data', '[oa]bra', 'a.b', '\\d+x gains', 'why (?!not)\\w+', 'ca(?:n\'?t|nnot) push',
      'deploy\\w*', 'rt (?:gitlab)?:', 'x', 'e-?mail', '(?:the|my) repo',
    ].map((term) => termSource(term, '(?:gitlab)', '(?:github)'));
    const samples = ['Ce serait top', 'is  down, isdown', 'lost   all of my data', 'abra obra', 'a b, a-b', '100x gains', 'why not, why so', "can't push, cannot  push", 'deployed', 'rt gitlab: rt :', 'x', 'email e-mail', 'my  repo'];
    for (const text of samples.map((sample) => sample.toLowerCase())) {
      const starts = startPlaces(terms, text);
      for (const term of terms) {
        for (const place of matchPlaces(term, text)) expect(starts, `${term} at ${place} in "${text}"`).toContain(place);
      }
    }
  });

  it('never misses a place where a term written to match anywhere matches (Japanese, emoji, punctuation)', () => {
    const terms = ['~\\?', '~#(?:bot\\b|rss\\b)', '~\\+\\d{1,3}[\\s+-]?\\d{3,}', '~remote: ', '~ログインできない', '~🚀', '~🚀x', '~ ?!'].map((term) => termSource(term, '(?:gitlab)', ''));
    const samples = ['why?? ok?', '#bot #rss #botany', 'call +33 612, +1-555', 'remote:   denied', 'またログインできない', '🚀🚀', '🚀x', 'no  !', 'a!'];
    for (const text of samples) {
      const starts = startPlaces(terms, text, true);
      for (const term of terms) {
        for (const place of matchPlaces(term, text, true)) expect(starts, `${term} at ${place} in "${text}"`).toContain(place);
      }
    }
  });

  it('reads a tree kept by an earlier process for the same terms, and builds one when the kept bytes are not a tree', () => {
    const kept = new Map<string, Uint8Array>();
    let saves = 0;
    const trees: StartsTrees = {
      load: (identity) => kept.get(identity) ?? null,
      save: (identity, bytes) => {
        saves += 1;
        kept.set(identity, bytes);
      },
    };
    const patterns = wholeState(compileVocabularies({ ...DEFAULT_TRIAGE_SETTINGS })).patterns[0];
    const places = (index: ReturnType<typeof startsIndex>) =>
      texts.map((text) => {
        const found: number[] = [];
        index.find(text.toLowerCase());
        patterns.forEach((_pattern, pattern) => index.each(pattern, text.toLowerCase(), (match) => found.push(pattern, match.index)));
        return found;
      });
    const built = places(startsIndex(patterns, false, trees));
    expect(saves).toBe(1);
    expect(places(startsIndex(patterns, false, trees))).toEqual(built);
    expect(saves).toBe(1);
    for (const identity of kept.keys()) kept.set(identity, new Uint8Array(40));
    expect(places(startsIndex(patterns, false, trees))).toEqual(built);
    expect(saves).toBe(2);
  });

  it('passes over the places no term can start', () => {
    expect(startPlaces([termSource('ce serait top', '', '')], 'ce soir, ce serait top')).toEqual([9]);
  });
});
