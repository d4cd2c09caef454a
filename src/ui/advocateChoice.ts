import type { Category, Decision, Suggestion } from '../triage/types';

/** What the advocate decided, starting from the suggestion. */
export interface AdvocateChoice {
  /** Null until the advocate picks one, when the suggestion could be either: no guess is pre-filled. */
  decision: Decision | null;
  category: Category;
  /** One line for the volunteers. */
  note: string;
}

/**
 * The choice the panel starts from: what the ticket records was done (shared, or an expert asked), else the
 * suggestion, or nothing to inherit when it is too close to call.
 */
export function initialChoice(suggestion: Suggestion, recorded: Decision | null = null): AdvocateChoice {
  return { decision: recorded ?? (suggestion.uncertain ? null : suggestion.decision), category: suggestion.category, note: '' };
}
