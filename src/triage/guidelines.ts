import type { Category, SkipReason, Suggestion } from './types';

/** Ids of the seed's tone rules; translated as `guidelines.rule.<id>`. */
export type ToneRule =
  | 'thank_first'
  | 'acknowledge'
  | 'apologise'
  | 'invite_feedback'
  | 'end_positive'
  | 'no_bashing'
  | 'dont_defend'
  | 'step_away'
  | 'add_value'
  | 'be_personal'
  | 'emoji_ok'
  | 'link_issues';

/** Every tone rule, in the order the panel lists them. */
export const TONE_RULES: readonly ToneRule[] = [
  'thank_first', 'acknowledge', 'apologise', 'invite_feedback', 'end_positive', 'no_bashing', 'dont_defend', 'step_away', 'add_value', 'be_personal', 'emoji_ok', 'link_issues',
];

/** The seed's tone rules that matter most for each kind of tweet ("Responding to criticism", "What not to do", …). */
const RULES_BY_CATEGORY: Record<Category, readonly ToneRule[]> = {
  positive_feedback: ['thank_first', 'be_personal', 'add_value', 'emoji_ok'],
  criticism: ['acknowledge', 'apologise', 'invite_feedback', 'end_positive', 'dont_defend', 'step_away'],
  product: ['thank_first', 'link_issues', 'invite_feedback', 'add_value'],
  support: ['thank_first', 'add_value', 'link_issues', 'be_personal'],
  sales: ['thank_first', 'add_value', 'be_personal'],
  devops: ['add_value', 'be_personal', 'link_issues', 'emoji_ok'],
  competition: ['no_bashing', 'dont_defend', 'add_value', 'be_personal'],
  other: ['thank_first', 'be_personal', 'add_value'],
};

/** What the seed says about hostile posts: do not engage. */
const HOSTILE_RULES: readonly ToneRule[] = ['step_away', 'dont_defend', 'no_bashing'];

/**
 * Ids of the tone rules to show beside a tweet of this category. When the tweet needs no action, the rules of a
 * reply do not apply: none, except what to do about hostility (never "thank them").
 */
export function toneRulesFor(category: Category, skipReason?: SkipReason | null): ToneRule[] {
  if (skipReason === 'hostile') return [...HOSTILE_RULES];
  if (skipReason) return [];
  return [...RULES_BY_CATEGORY[category]];
}

/** The seed's three questions for an advocate. */
export type ChecklistItemId = 'needs_expert' | 'relationship_potential' | 'public_post';

/** One question of the checklist, pre-filled from the suggestion. */
export interface ChecklistItem {
  /** Which question; translated as `triage.checklist.<id>`. */
  id: ChecklistItemId;
  /** The suggestion's answer; the advocate may change it. */
  checked: boolean;
}

/** The seed's questions (needs an expert? relationship potential? a public post volunteers can answer?), answered from the suggestion. */
export function checklistFor(suggestion: Suggestion): ChecklistItem[] {
  return [
    // Too close to call: neither answer is pre-filled.
    { id: 'needs_expert', checked: !suggestion.uncertain && suggestion.decision === 'expert' },
    { id: 'relationship_potential', checked: !suggestion.uncertain && suggestion.decision === 'involve' },
    { id: 'public_post', checked: !suggestion.isDirectMessage },
  ];
}
