import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as expert from './expertVocabulary';
import * as noEngagement from './noEngagementVocabulary';
import { prepareText } from './preparedText';
import * as relationship from './relationshipVocabulary';
import { hasRequiredText, leadingText, leadingTexts, requiredText } from './requiredText';
import { alternation, termSource } from './terms';
import type { Vocabulary } from './vocabulary';

const DATA = join(__dirname, '..', '..', 'data', 'triage');
const MENTIONS = { brandHandles: new Set(['gitlab']), keptHandles: new Set(['gitlab', 'github']) };
const tweets = ['labelled.jsonl', 'train-1.jsonl']
  .flatMap((file) => readFileSync(join(DATA, file), 'utf8').split('\n'))
  .filter((line) => line.trim() !== '')
  .map((line) => prepareText((JSON.parse(line) as { text: string }).text, MENTIONS).matchable);

const source = (term: string) => termSource(term, alternation(['GitLab', 'GitLab CI', '@gitlab']), alternation(['GitHub']));

describe('the text every match of a term contains', () => {
  it('reads words, spaces, optional parts and groups', () => {
    expect(requiredText(source('(?:is|are) (?:{brand} )?down'))).toEqual([['is', 'are'], ['down']]);
    expect(requiredText(source('outages?'))).toEqual([['outage']]);
    expect(requiredText(source('exit (?:code|status) \\d+'))).toEqual([['exit'], ['code', 'status']]);
    expect(requiredText(source('{brand} is down'))).toEqual([['gitlab', 'gitlab', '@gitlab'], ['is'], ['down']]);
    // A lookahead, a class or an optional group asks for nothing.
    expect(requiredText(source('vulnerabilit(?:y|ies)(?![- ](?:reports?))'))).toEqual([['vulnerabilit'], ['y', 'ies']]);
    expect(requiredText(source('[45]\\d\\d'))).toEqual([]);
    expect(requiredText(source('(?:a |an )?error'))).toEqual([['error']]);
  });

  it('reads the leading text a match starts with, without the quantified last letter', () => {
    expect(leadingText(source('outages?'))).toBe('outage');
    expect(leadingText(source('downtime'))).toBe('downtime');
    expect(leadingText(source('(?:is|are) down'))).toBe('');
    expect(leadingText(source('cve-\\d{4}-\\d+'))).toBe('cve-');
  });

  it("reads a leading group's alternatives when a match has no leading text", () => {
    expect(leadingTexts(source('outages?'))).toEqual(['outage']);
    expect(leadingTexts(source("(?:can'?t|cannot) (?:log ?in|sign in)"))).toEqual(['can', 'cannot']);
    expect(leadingTexts(source('{brand} is down'))).toEqual(['gitlab', 'gitlab', '@gitlab']);
    // An optional group, an alternative that may start anyhow, a class or a nested group: nothing is known.
    expect(leadingTexts(source('(?:paid )?shills?'))).toEqual([]);
    expect(leadingTexts(source('(?:\\d+|many) stars'))).toEqual([]);
    expect(leadingTexts(source('(?:[45]xx|5\\d\\d) errors?'))).toEqual([]);
    expect(leadingTexts(source('(?:(?:is|are) down|outage)'))).toEqual([]);
  });

  it('never leaves out a term that matches a labelled or training tweet, in any vocabulary we ship', () => {
    const vocabularies = [...Object.values(expert), ...Object.values(noEngagement), ...Object.values(relationship)] as Vocabulary[];
    const terms = vocabularies.flatMap((vocabulary) => Object.values(vocabulary).flat()).map(source);
    let matched = 0;
    for (const term of terms) {
      const pattern = new RegExp(term);
      const required = requiredText(term);
      const leading = leadingText(term);
      const starts = leadingTexts(term);
      for (const tweet of tweets) {
        if (!pattern.test(tweet)) continue;
        matched += 1;
        const started = starts.length === 0 || starts.some((start) => tweet.includes(start));
        expect(tweet.includes(leading) && started && hasRequiredText(required, (part) => tweet.includes(part)), `${term} in "${tweet}"`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(1500);
  });
});
