import { compilePair, type ModelPair, type Outcome, type StoredPair } from './model';
import MODEL from './model.json';
import { readTicket, suggestFrom, type TriageModel } from './suggest';
import type { Category, Suggestion, TriageInput, TriageSettings } from './types';

let pair: ModelPair<Outcome, Category> | undefined;

/** All of `model.json` at once, for the CLI, the trainer and the tests: the sidebar fetches it in pieces (`modelInPieces.ts`). */
export const WHOLE_MODEL: TriageModel | null =
  MODEL.models.keyCount > 0
    ? {
        policy: MODEL.policy,
        pair: () => {
          pair ??= compilePair(MODEL.models as StoredPair<Outcome, Category>);
          return pair;
        },
      }
    : null;

/** Suggests what to do with a tweet or post ticket: involve the community, ask an expert, or skip, and why. */
export function suggest(input: TriageInput, settings?: Partial<TriageSettings>): Suggestion {
  return suggestFrom(readTicket(input, settings), WHOLE_MODEL);
}
