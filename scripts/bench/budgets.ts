/** The bench's budgets (issue 16): `npm run bench` exits non-zero when any is missed. */

export interface Budget {
  /** What is measured, as the README table says it. */
  measure: string;
  /** `max`: the figure must not be above the limit; `min`: not below. */
  kind: 'max' | 'min';
  limit: number;
  actual: number;
}

/** The budgets missed; NaN (a figure that could not be measured) counts as missed. */
export function missedBudgets(budgets: readonly Budget[]): Budget[] {
  return budgets.filter((budget) => Number.isNaN(budget.actual) || (budget.kind === 'max' ? budget.actual > budget.limit : budget.actual < budget.limit));
}

export function describeBudget(budget: Budget): string {
  return `${budget.measure}: ${round(budget.actual)} (budget ${budget.kind === 'max' ? '≤' : '≥'} ${round(budget.limit)})`;
}

function round(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString('en') : value.toFixed(2);
}
