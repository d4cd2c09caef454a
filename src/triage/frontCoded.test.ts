import { describe, expect, it } from 'vitest';
import { frontCode, readFrontCoded } from './frontCoded';

describe('front-coded word lists', () => {
  it('store each word as the letters it shares with the one before and the rest', () => {
    expect(frontCode(['abandon', 'abandoned', 'abandons', 'abhor'])).toBe('0abandon 7ed 7s 2hor');
  });

  it('read back the same words, with digits, apostrophes and long shared prefixes', () => {
    const words = ["can't", 'cant', 'n00b', 'n00bs', 'uncomfortable', 'uncomfortably', 'überrascht'];
    expect(readFrontCoded(frontCode(words))).toEqual(words);
  });

  it('read an empty list as no words', () => {
    expect(readFrontCoded(frontCode([]))).toEqual([]);
  });
});
