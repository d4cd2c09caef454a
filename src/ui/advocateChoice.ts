import type { Category, Decision } from '../triage/types';

/** What the advocate decided, starting from the suggestion. */
export interface AdvocateChoice {
  decision: Decision;
  category: Category;
  /** One line for the volunteers. */
  note: string;
}
