import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { featureHash } from './model';
import { analyseTweet } from './suggest';

const LABELLED = join(__dirname, '..', '..', 'data', 'triage', 'labelled.jsonl');

describe('the model features', () => {
  it('hashes each feature name once, in the order the names come, without building the names', () => {
    const texts = [
      ...readFileSync(LABELLED, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => (JSON.parse(line) as { text: string }).text),
      'GitLab 502 on 2024 builds, pipelines stuck 🚀🚀 @github is faster',
      'GitLabのパイプラインが動かない。エラー 500',
      'the the CI is down and the 404 page',
    ];
    for (const text of texts) {
      const { features } = analyseTweet({ text });
      expect(features.hashes).toEqual(features.names().map(featureHash));
    }
  });

  it('reads the brand and competitors as placeholders, numbers by their shape, and pairs of words', () => {
    const names = analyseTweet({ text: 'GitLab 502 beats GitHub today' }).features.names();
    expect(names).toEqual(expect.arrayContaining(['w:{brand}', '#5xx', 'b:{brand}_#5xx', 'w:beats', 'b:#5xx_beats', 'b:beats_{competitor}']));
  });
});
