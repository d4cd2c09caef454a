import { readFileSync, writeFileSync } from 'node:fs';
import type { Budget } from './budgets';
import { dashboardChunks, type DashboardSummary } from './dashboard';

interface OpenSummary {
  firstPaintMs: number;
  cardMs: number;
  suggestionMs: number;
  bytesBeforeCard: number;
  bytesToSuggestion: number;
  zafRoundTrips: number;
  restCalls: number;
  slackCalls: number;
}

interface Opens {
  floor: OpenSummary;
  cold: OpenSummary;
  warm: OpenSummary;
  ratios: { bytesBeforeCard: number; firstPaint: number; card: number; suggestion: number };
}

export interface Report {
  date: string;
  runs: number;
  machine: string;
  /** What the browser fetched before the card in the first cold open at 0 ms. */
  filesBeforeCard: string[];
  open: Record<'latency0' | 'latency80', Opens>;
  share80: { wallMs: number; sequentialRoundTrips: number };
  dashboard: DashboardSummary;
  triage: { lines: number; cliSeconds: number; cliTweetsPerSecond: number; inProcessTweetsPerSecond: number };
  budgets: Budget[];
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => `${value} ms`;
const times = (ratio: number) => `${ratio.toFixed(2)}×`;
const perSecond = (value: number) => `${Math.round(value).toLocaleString('en')}/s`;

/** The README's benchmark table: the floor, ours, the ratio and the budget, one row per figure. */
export function benchTable(report: Report): string {
  const { latency0: at0, latency80: at80 } = report.open;
  const dash = report.dashboard;
  const sidebarDashboardChunks = dashboardChunks(report.filesBeforeCard).length;
  const met = (measure: string, text: string) => {
    const budget = report.budgets.find((candidate) => candidate.measure === measure);
    if (!budget) return text;
    const ok = budget.kind === 'max' ? budget.actual <= budget.limit : budget.actual >= budget.limit;
    return `${text} ${ok ? '✓' : '✗'}`;
  };
  const rows = [
    '| figure | floor | ours | ours / floor | budget |',
    '|---|---|---|---|---|',
    `| JS + CSS fetched before the card shows (gzip) | ${kB(at0.floor.bytesBeforeCard)} | **${kB(at0.cold.bytesBeforeCard)}** | ${times(at0.ratios.bytesBeforeCard)} | ${met('JS + CSS fetched before the card (gzip bytes)', '≤ 79 kB')} |`,
    `| … up to the suggestion, cold (gzip) | — | **${kB(at0.cold.bytesToSuggestion)}** | — | ${met('JS + CSS fetched up to the suggestion, cold (gzip bytes)', '≤ 150 kB')} |`,
    `| first paint, cold, 0 ms per round trip | ${ms(at0.floor.firstPaintMs)} | ${ms(at0.cold.firstPaintMs)} | ${times(at0.ratios.firstPaint)} | — |`,
    `| card (floor: its line), cold, 0 ms | ${ms(at0.floor.cardMs)} | **${ms(at0.cold.cardMs)}** | **${times(at0.ratios.card)}** | ${met('card time / floor line time', '≤ 1.30×')} |`,
    `| suggestion, cold, 0 ms (ratio to the floor's line) | — | **${ms(at0.cold.suggestionMs)}** | **${times(at0.ratios.suggestion)}** | ${met('suggestion time / floor line time', '≤ 1.60×')} |`,
    `| card / suggestion, cold, 80 ms per round trip | ${ms(at80.floor.cardMs)} | ${ms(at80.cold.cardMs)} / ${ms(at80.cold.suggestionMs)} | ${times(at80.ratios.card)} / ${times(at80.ratios.suggestion)} | — |`,
    `| card / suggestion, warm caches, 0 ms / 80 ms | — | ${ms(at0.warm.cardMs)} / ${ms(at0.warm.suggestionMs)}, ${ms(at80.warm.cardMs)} / ${ms(at80.warm.suggestionMs)} | — | — |`,
    `| ZAF round trips per ticket open, cold / warm | ${at0.floor.zafRoundTrips} | ${at0.cold.zafRoundTrips} / ${at0.warm.zafRoundTrips} | — | — |`,
    `| Zendesk REST calls per ticket open, cold / warm | ${at0.floor.restCalls} | ${at0.cold.restCalls} / **${at0.warm.restCalls}** | — | ${met('Zendesk REST calls per warm open', '≤ 1 warm')} |`,
    `| Slack calls (proxy) per ticket open, cold / warm | ${at0.floor.slackCalls} | ${at0.cold.slackCalls} / ${at0.warm.slackCalls} | — | — |`,
    `| share at 80 ms per round trip: wall time | — | ${ms(Math.round(report.share80.wallMs))} | — | — |`,
    `| share: sequential round trips | — | **${report.share80.sequentialRoundTrips}** | — | ${met('share: sequential round trips', '≤ 4')} |`,
    `| dashboard (nav bar page): JS + CSS fetched up to its first rows (gzip) | — | **${kB(dash.bytes)}** | — | — |`,
    `| dashboard, ${dash.shares.toLocaleString('en')} generated shares: data → first rows, median / slowest run | — | ${ms(dash.dataToRowsMs)} / **${ms(dash.dataToRowsMaxMs)}** | — | ${met('dashboard: data to first rows, slowest run (ms)', '≤ 1000 ms')} |`,
    `| dashboard, ${dash.shares.toLocaleString('en')} shares: first rows, cold (floor: its first paint) | ${ms(dash.floorFirstPaintMs)} | ${ms(dash.rowsMs)} | **${times(dash.rowsToFloorFirstPaint)}** | — |`,
    `| sidebar's first load beside the dashboard: its chunks among the files before the card | — | **${sidebarDashboardChunks}** (${kB(at0.cold.bytesBeforeCard)}; ${sidebarDashboardChunks === 0 ? 'the dashboard adds nothing to it' : 'the dashboard made it heavier'}) | — | ${met("dashboard chunks in the sidebar's first load", '0')} |`,
    `| triage CLI, ${report.triage.lines.toLocaleString('en')} lines (start-up included) | — | **${perSecond(report.triage.cliTweetsPerSecond)}** (${report.triage.cliSeconds.toFixed(2)} s) | — | ${met('triage CLI, tweets/s', '≥ 20,000/s')} |`,
    `| triage in-process | — | **${perSecond(report.triage.inProcessTweetsPerSecond)}** | — | ${met('triage in-process, tweets/s', '≥ 12,000/s')} |`,
  ];
  return `Medians of ${report.runs} interleaved runs, ${report.date.slice(0, 16).replace('T', ' ')} UTC, ${report.machine}.\n\n${rows.join('\n')}`;
}

/** Replaces the table between the README's bench markers. */
export function writeReadmeTable(readmePath: string, report: Report): void {
  let readme: string;
  try {
    readme = readFileSync(readmePath, 'utf8');
  } catch {
    return;
  }
  const updated = readme.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, `<!-- bench:start -->\n${benchTable(report)}\n<!-- bench:end -->`);
  if (updated !== readme) writeFileSync(readmePath, updated);
}
