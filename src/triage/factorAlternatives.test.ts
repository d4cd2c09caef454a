import { describe, expect, it } from 'vitest';
import * as expert from './expertVocabulary';
import { factorAlternatives } from './factorAlternatives';
import * as noEngagement from './noEngagementVocabulary';
import * as relationship from './relationshipVocabulary';
import { termSource } from './terms';
import type { Vocabulary } from './vocabulary';

const SAMPLES = [
  "can't push since yesterday, is gitlab down?", 'cannot push to protected branches', 'pricks and liars everywhere', 'pathetic',
  'our invoice says 45 seats', 'link in bio 👉 t.me/x', 'the new nav is painful and slow', 'deploy keys gone. how do i get them back',
  'a**hole', '$20 a month is steep', 'c est en panne depuis hier', 'perdi o acesso à conta', 'ist gitlab grad down?', 'u r great',
];

function wholeWords(source: string): RegExp {
  return new RegExp(`\\b(?:${source})(?![a-z0-9_])`, 'g');
}

function matches(pattern: RegExp, text: string): string[] {
  return [...text.matchAll(pattern)].map((match) => `${match.index}:${match[0]}`);
}

describe('factoring alternatives into a prefix tree', () => {
  it('shares leading characters and leaves the rest alone', () => {
    expect(factorAlternatives(['pricks?', 'pathetic', 'liars?'])).toBe('p(?:ricks?|athetic)|liars?');
    expect(factorAlternatives(['(?:can\'?t|cannot) push', 'crash'])).toBe("c(?:a(?:n(?:'?t push|not push))|rash)");
    // A quantified first character or a class cannot be split off.
    expect(factorAlternatives(['s?he', 'she', '[45]\\d\\d'])).toBe('s?he|she|[45]\\d\\d');
  });

  it('prefers the alternative the plain alternation prefers, where several match at one place', () => {
    // "\\w" comes before "xab": factored, "xab" must not jump ahead of it into the bucket of "xq".
    const terms = ['xq', '\\w', 'xab'];
    expect(matches(new RegExp(factorAlternatives(terms), 'g'), 'xab')).toEqual(['0:x', '1:a', '2:b']);
    expect(factorAlternatives(terms)).toBe('xq|\\w|xab');
  });

  it('matches the same text at the same places as the plain alternation, for every vocabulary we ship', () => {
    const vocabularies = [...Object.values(expert), ...Object.values(noEngagement), ...Object.values(relationship)] as Vocabulary[];
    for (const vocabulary of vocabularies) {
      const terms = Object.values(vocabulary).flat().filter((term) => !term.startsWith('~')).map((term) => termSource(term, '(?:gitlab)', '(?:github)'));
      const plain = wholeWords(terms.join('|'));
      const factored = wholeWords(factorAlternatives(terms));
      for (const text of SAMPLES) expect(matches(factored, text)).toEqual(matches(plain, text));
    }
  });
});
