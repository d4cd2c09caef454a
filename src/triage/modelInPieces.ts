import { frequent, loadPiece as importPiece, policy, rare } from 'virtual:triage-model';
import { compileParts, compilePair, mayBeRare, pieceOf, readRareFilter, weighsHash, type DecisionPolicy, type ModelPair, type Outcome, type StoredKeys, type StoredPair, type StoredPiece } from './model';
import { settingsFromAppSettings } from './settings';
import { needsModel, readTicket, suggestFrom } from './suggest';
import type { Category, Suggestion, TriageInput, TriageSettings } from './types';


/**
 * `model.json` as the sidebar's build splits it (`vite.config.ts`, `triageModelPieces`): the keys more than a few
 * training tweets have come with the triage chunk; the rare ones, most of the keys, wait in pieces by hash range.
 */
const FREQUENT = frequent as StoredPair<Outcome, Category>;
const POLICY = policy as DecisionPolicy;

let frequentPair: ModelPair<Outcome, Category> | undefined;
let rareFilter: Uint8Array | undefined;
const loading = new Map<number, Promise<StoredPiece>>();

function loadPiece(index: number): Promise<StoredPiece> {
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
  frequentPair ??= compilePair(FREQUENT);
  rareFilter ??= readRareFilter(rare as StoredKeys);
  const wanted = new Set<number>();
  for (const hash of hashes) if (!weighsHash(frequentPair, hash) && mayBeRare(rareFilter, hash)) wanted.add(pieceOf(hash));
  return [...wanted].sort((a, b) => a - b);
}

/**
 * The suggestion with the model's weights for this ticket's features only: the frequent keys and the pieces its other
 * features fall in, so it scores, judges and explains exactly as the whole model would. A ticket the rules settle
 * fetches nothing.
 */
export async function suggestLoadingModel(input: TriageInput, settings?: Partial<TriageSettings>): Promise<Suggestion> {
  const reading = readTicket(input, settings);
  const parts = needsModel(reading) ? await Promise.all(piecesFor(reading.analysis.features.hashes).map(loadPiece)) : [];
  return suggestFrom(reading, { policy: POLICY, pair: () => compileParts(FREQUENT, parts) });
}

/** The panel's suggestion, with the app's settings as Zendesk gives them (`brand_names`, `staff_handles`, …). */
export function suggestForPanel(input: TriageInput, appSettings: Record<string, unknown>): Promise<Suggestion> {
  return suggestLoadingModel(input, settingsFromAppSettings(appSettings));
}
