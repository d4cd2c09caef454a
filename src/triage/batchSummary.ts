import { CATEGORIES, DECISIONS, SKIP_REASONS, type Category, type Decision } from './types';
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
  /** Per confidence band (lower bound in tenths, 5..10): labelled lines and how many agreed. */
  private readonly bands = new Map<number, { labelled: number; agreed: number; count: number }>();
  private readonly skipReasons = new Map<string, number>();
  private uncertain = 0;
  private uncertainLabelled = 0;
  private uncertainAgreed = 0;

  /** Adds one triaged line. */
  add(line: TriagedLine): void {
    const { decision, category } = line.result;
    this.total += 1;
    this.decisions.set(decision, (this.decisions.get(decision) ?? 0) + 1);
    this.categories.set(category, (this.categories.get(category) ?? 0) + 1);
    if (line.result.skip_reason) this.skipReasons.set(line.result.skip_reason, (this.skipReasons.get(line.result.skip_reason) ?? 0) + 1);
    const band = bandOf(line.result.confidence);
    const counts = this.bands.get(band) ?? { labelled: 0, agreed: 0, count: 0 };
    counts.count += 1;
    if (line.result.uncertain) this.uncertain += 1;
    if (line.expectedDecision) {
      counts.labelled += 1;
      if (line.expectedDecision === decision) counts.agreed += 1;
      if (line.result.uncertain) {
        this.uncertainLabelled += 1;
        if (line.expectedDecision === decision) this.uncertainAgreed += 1;
      }
    }
    this.bands.set(band, counts);
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
    if (this.skipReasons.size > 0) lines.push('', 'skip reason        count', ...SKIP_REASONS.filter((reason) => this.skipReasons.has(reason)).map((reason) => `${reason.padEnd(18)} ${this.skipReasons.get(reason) ?? 0}`));
    lines.push('', `uncertain (involve or expert, the advocate decides): ${this.uncertain}`);
    lines.push('', 'category           count');
    for (const category of CATEGORIES) lines.push(`${category.padEnd(18)} ${this.categories.get(category) ?? 0}`);
    if (this.labelled === 0) return lines;
    lines.push('', `labelled: ${this.labelled}`, `decision accuracy: ${percent(this.agreed, this.labelled)}`);
    if (this.categoryLabelled > 0) lines.push(`category accuracy: ${percent(this.categoryAgreed, this.categoryLabelled)}`);
    lines.push(`recall: ${DECISIONS.map((decision) => `${decision} ${this.recall(decision)}`).join(', ')}`);
    if (this.uncertainLabelled > 0) lines.push(`accuracy when uncertain (the side it leaned to): ${percent(this.uncertainAgreed, this.uncertainLabelled)}`);
    lines.push('', 'confidence   tweets   accuracy');
    for (const band of [...this.bands.keys()].sort((a, b) => b - a)) {
      const counts = this.bands.get(band) ?? { labelled: 0, agreed: 0, count: 0 };
      const label = band === 10 ? '1 (rules)' : `${(band / 10).toFixed(1)}–${((band + 1) / 10).toFixed(1)}`;
      lines.push(`${label.padEnd(12)} ${String(counts.count).padStart(6)}   ${counts.labelled === 0 ? 'n/a' : percent(counts.agreed, counts.labelled)}`);
    }
    lines.push('', 'confusion (rows: label, columns: suggested)', `${''.padEnd(10)}${DECISIONS.map((d) => d.padStart(9)).join('')}`);
    for (const expected of DECISIONS) {
      lines.push(`${expected.padEnd(10)}${DECISIONS.map((suggested) => String(this.cell(expected, suggested)).padStart(9)).join('')}`);
    }
    return lines;
  }
}

/** Bands of a tenth: 0.5–0.6 … 0.9–1.0, and 1 on its own for what the rules settle. */
function bandOf(confidence: number): number {
  if (confidence >= 1) return 10;
  return Math.max(0, Math.min(9, Math.floor(confidence * 10)));
}

function percent(part: number, whole: number): string {
  return `${((part / whole) * 100).toFixed(1)}% (${part}/${whole})`;
}
