import { CATEGORIES, DECISIONS, type Category, type Decision } from './types';
import type { TriagedLine } from './batch';

/** Counts for `--summary`: what the triage suggested and, for labelled lines, how often it agreed. */
export class BatchSummary {
  private readonly decisions = new Map<Decision, number>();
  private readonly categories = new Map<Category, number>();
  /** confusion[expected][suggested] */
  private readonly confusion = new Map<Decision, Map<Decision, number>>();
  private labelled = 0;
  private agreed = 0;
  private categoryLabelled = 0;
  private categoryAgreed = 0;
  private total = 0;

  /** Adds one triaged line. */
  add(line: TriagedLine): void {
    const { decision, category } = line.result;
    this.total += 1;
    this.decisions.set(decision, (this.decisions.get(decision) ?? 0) + 1);
    this.categories.set(category, (this.categories.get(category) ?? 0) + 1);
    if (line.expectedDecision) {
      this.labelled += 1;
      if (line.expectedDecision === decision) this.agreed += 1;
      const row = this.confusion.get(line.expectedDecision) ?? new Map<Decision, number>();
      row.set(decision, (row.get(decision) ?? 0) + 1);
      this.confusion.set(line.expectedDecision, row);
    }
    if (line.expectedCategory) {
      this.categoryLabelled += 1;
      if (line.expectedCategory === category) this.categoryAgreed += 1;
    }
  }

  private cell(expected: Decision, suggested: Decision): number {
    return this.confusion.get(expected)?.get(suggested) ?? 0;
  }

  private recall(decision: Decision): string {
    const row = DECISIONS.reduce((total, suggested) => total + this.cell(decision, suggested), 0);
    return row === 0 ? 'n/a' : percent(this.cell(decision, decision), row);
  }

  /** The report as lines of plain text. */
  format(): string[] {
    const lines = [`tweets: ${this.total}`, '', 'decision     count'];
    for (const decision of DECISIONS) lines.push(`${decision.padEnd(12)} ${this.decisions.get(decision) ?? 0}`);
    lines.push('', 'category           count');
    for (const category of CATEGORIES) lines.push(`${category.padEnd(18)} ${this.categories.get(category) ?? 0}`);
    if (this.labelled === 0) return lines;
    lines.push('', `labelled: ${this.labelled}`, `decision accuracy: ${percent(this.agreed, this.labelled)}`);
    if (this.categoryLabelled > 0) lines.push(`category accuracy: ${percent(this.categoryAgreed, this.categoryLabelled)}`);
    lines.push(`recall: ${DECISIONS.map((decision) => `${decision} ${this.recall(decision)}`).join(', ')}`);
    lines.push('', 'confusion (rows: label, columns: suggested)', `${''.padEnd(10)}${DECISIONS.map((d) => d.padStart(9)).join('')}`);
    for (const expected of DECISIONS) {
      lines.push(`${expected.padEnd(10)}${DECISIONS.map((suggested) => String(this.cell(expected, suggested)).padStart(9)).join('')}`);
    }
    return lines;
  }
}

function percent(part: number, whole: number): string {
  return `${((part / whole) * 100).toFixed(1)}% (${part}/${whole})`;
}
