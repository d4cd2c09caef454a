import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODEL_PIECES, pairPieces, type StoredPair } from './model';
import MODEL from './model.json';
import { piecesFor, suggestLoadingModel } from './modelInPieces';
import { DEFAULT_TRIAGE_SETTINGS } from './settings';
import { readTicket } from './suggest';
import { ticketWordHashes } from './ticketPieces';
import type { TriageInput } from './types';
import { suggest } from './wholeModel';

const ROOT = join(__dirname, '..', '..');
/**
 * Every ticket the suggestion can be checked on without reading a blind set: the written training sets, the real
 * training tweets, the Hacker News, Reddit and forum dev posts, and the simulator's tickets.
 */
const FILES = [
  ...['labelled', 'heldout', 'heldout-2', 'heldout-3', 'heldout-4', 'heldout-5', 'heldout-6', 'heldout-7', 'train-1', 'train-2', 'train-3', 'train-4'].map((set) => join(ROOT, 'data', 'triage', `${set}.jsonl`)),
  join(ROOT, 'data', 'real', 'tweets-train.jsonl'),
  join(ROOT, 'data', 'real', 'hn-dev.jsonl'),
  join(ROOT, 'data', 'real', 'reddit-dev.jsonl'),
  join(ROOT, 'data', 'real', 'forum-dev.jsonl'),
];

/** A labelled line; the dev posts name their platform `source_platform`, as the batch CLI also reads it. */
type Row = TriageInput & { source_platform?: TriageInput['platform'] };

function tickets(file: string): TriageInput[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Row)
    .map((row) => ({ text: row.text, via: row.via, comments: row.comments, platform: row.platform ?? row.source_platform }));
}

describe('the model in pieces, as the sidebar fetches it', () => {
  it('splits model.json into frequent keys and pieces that together hold every key once, with the same letters', () => {
    const whole = MODEL.models as StoredPair<string, string>;
    const { frequent, pieces } = pairPieces(whole);
    expect(pieces).toHaveLength(MODEL_PIECES);
    expect(pieces.map(([piece]) => piece)).toEqual([...pieces.keys()]);
    expect(frequent.keyCount + pieces.reduce((sum, [, , , keyCount]) => sum + keyCount, 0)).toBe(whole.keyCount);
    expect(frequent.first.weights.length + pieces.reduce((sum, [, , , , , weights]) => sum + weights.length, 0)).toBe(whole.first.weights.length);
    expect(frequent.second.weights.length + pieces.reduce((sum, [, , , , , , , weights]) => sum + weights.length, 0)).toBe(whole.second.weights.length);
    // Most keys wait in pieces: the triage chunk carries the few most tweets use.
    expect(frequent.keyCount).toBeLessThan(whole.keyCount / 3);
  });

  it('needs no piece beyond those of the ticket’s words, which are known before the rules run', { timeout: 300_000 }, () => {
    let weighed = 0;
    for (const file of FILES.filter((path) => existsSync(path))) {
      for (const input of tickets(file)) {
        const reading = readTicket(input);
        const words = ticketWordHashes(input, DEFAULT_TRIAGE_SETTINGS);
        // The words' features as the rules' reading has them, first and in the same order.
        expect(reading.analysis.features.hashes.slice(0, words.length), `${file}: ${input.text}`).toEqual(words);
        if (reading.analysis.verdict.settled) continue;
        weighed += 1;
        const ahead = new Set(piecesFor(words));
        expect(piecesFor(reading.analysis.features.hashes).filter((piece) => !ahead.has(piece)), `${file}: ${input.text}`).toEqual([]);
      }
    }
    expect(weighed).toBeGreaterThan(2000);
  });

  it('suggests exactly what the whole model suggests, reasons, evidence and confidence included, on every readable ticket', { timeout: 300_000 }, async () => {
    let checked = 0;
    let weighed = 0;
    const fetched: number[] = [];
    for (const file of FILES.filter((path) => existsSync(path))) {
      for (const input of tickets(file)) {
        expect(await suggestLoadingModel(input), `${file}: ${input.text}`).toEqual(suggest(input));
        checked += 1;
        const reading = readTicket(input);
        if (!reading.analysis.verdict.settled) {
          weighed += 1;
          fetched.push(piecesFor(reading.analysis.features.hashes).length);
        }
      }
    }
    expect(checked).toBeGreaterThan(3500);
    expect(weighed).toBeGreaterThan(2000);
    // A ticket the model weighs fetches a few pieces, not the model.
    const mean = fetched.reduce((sum, count) => sum + count, 0) / fetched.length;
    expect(mean).toBeLessThan(MODEL_PIECES / 4);
  });
});
