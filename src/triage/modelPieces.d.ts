/**
 * `model.json` split for the sidebar by `triageModelPieces` (vite.config.ts): exists in its build and in Vitest only.
 * `frequent` is a `StoredPair`, `rare` the `StoredKeys` filter, each piece a `StoredPiece`, `policy` the `DecisionPolicy`
 * (typed where `modelInPieces.ts` reads them).
 */
declare module 'virtual:triage-model' {
  export const policy: unknown;
  export const frequent: unknown;
  export const rare: unknown;
  /** Loads one piece of the rare keys, by the top bits of their hash (`pieceOf`). */
  export const loadPiece: (piece: number) => Promise<{ default: unknown }>;
}
