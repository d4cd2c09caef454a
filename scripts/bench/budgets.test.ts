import { describe, expect, it } from 'vitest';
import { describeBudget, missedBudgets, type Budget } from './budgets';

const card: Budget = { measure: 'card vs floor', kind: 'max', limit: 1.3, actual: 1.3 };
const cli: Budget = { measure: 'triage CLI tweets/s', kind: 'min', limit: 20_000, actual: 20_000 };

describe('missedBudgets', () => {
  it('a figure exactly at its limit meets it, either way round', () => {
    expect(missedBudgets([card, cli])).toEqual([]);
  });

  it('a time above its ceiling or a throughput below its floor is missed', () => {
    const slow = { ...card, actual: 1.31 };
    const weak = { ...cli, actual: 19_999 };
    expect(missedBudgets([slow, weak, { ...card, actual: 0.9 }])).toEqual([slow, weak]);
  });

  it('a figure that could not be measured is missed, not passed', () => {
    const unmeasured = { ...card, actual: Number.NaN };
    expect(missedBudgets([unmeasured])).toEqual([unmeasured]);
  });
});

describe('describeBudget', () => {
  it('says the figure, the direction and the limit', () => {
    expect(describeBudget({ ...card, actual: 1.456 })).toBe('card vs floor: 1.46 (budget ≤ 1.30)');
    expect(describeBudget({ ...cli, actual: 18_250 })).toBe('triage CLI tweets/s: 18,250 (budget ≥ 20,000)');
  });
});
