import { frequent, loadPiece as importPiece, rare } from 'virtual:triage-model';
import { findPost, isPrivateTicket } from '../sources/findPost';
import { DEFAULT_SOURCE_SETTINGS } from '../sources/post';
import { nameWords, wordFeatureHashes } from './features';
import { mayBeRare, pairKeys, pieceOf, readRareFilter, type Outcome, type StoredKeys, type StoredPair, type StoredPiece } from './model';
import { preparePostText } from './postText';
import { mentionRules, prepareText } from './preparedText';
import { resolveSettings } from './settings';
import type { Category, TriageInput, TriageSettings } from './types';

/**
 * `model.json`'s frequent keys as the sidebar's build keeps them (`vite.config.ts`, `triageModelPieces`): they come
 * with this module, which the panel requests beside the triage chunk; the rare keys wait in pieces by hash range.
 */
export const FREQUENT = frequent as StoredPair<Outcome, Category>;

/** The frequent keys without their weights: the suggestion reads those with its pieces. */
let frequentKeys: ReadonlySet<number> | undefined;
let rareFilter: Uint8Array | undefined;
const loading = new Map<number, Promise<StoredPiece>>();

/** One piece of the rare keys, fetched once however many tickets and callers ask for it. */
export function loadPiece(index: number): Promise<StoredPiece> {
  let piece = loading.get(index);
  if (!piece) {
    piece = importPiece(index).then(({ default: part }) => part as StoredPiece);
    // A dropped connection or a new deploy: the next ticket asks again.
    piece.catch(() => loading.delete(index));
    loading.set(index, piece);
  }
  return piece;
}

/** The pieces that may hold a weight for one of these features: those of the rare keys' features. */
export function piecesFor(hashes: readonly number[]): number[] {
  frequentKeys ??= new Set(pairKeys(FREQUENT));
  rareFilter ??= readRareFilter(rare as StoredKeys);
  const wanted = new Set<number>();
  for (const hash of hashes) if (!frequentKeys.has(hash) && mayBeRare(rareFilter, hash)) wanted.add(pieceOf(hash));
  return [...wanted].sort((a, b) => a - b);
}

/**
 * The hashes of the ticket's word features, as `analyseTweet` reads them (the same text, prepared the same way)
 * before the rules run: the signals' and verdict's features come only after, and are nearly all frequent keys.
 */
export function ticketWordHashes(input: TriageInput, settings: TriageSettings): number[] {
  const platform = input.platform ?? findPost({ description: input.text, comments: input.comments, via: input.via }, DEFAULT_SOURCE_SETTINGS).platform;
  const raw = platform === 'x' ? (input.text ?? '') : preparePostText(input.text ?? '', platform).ownWords;
  return wordFeatureHashes(prepareText(raw, mentionRules(settings)), nameWords(settings.brandNames, settings.brandHandles, settings.competitorNames));
}

/**
 * Requests the pieces the ticket's words need before the rules read the ticket, so the model's round of requests
 * overlaps the rules' reading instead of following it; the suggestion then finds them loaded or loading
 * (`loadPiece`). A failure here is left to the suggestion's own request.
 */
export function fetchWordPieces(input: TriageInput, settings?: Partial<TriageSettings>): number[] {
  // The rules settle a direct message whatever it says.
  if (isPrivateTicket(input.via)) return [];
  const pieces = piecesFor(ticketWordHashes(input, resolveSettings(settings)));
  for (const piece of pieces) loadPiece(piece).catch(() => undefined);
  return pieces;
}
