import type { Issue, PackageReport } from './issues';

const line = (mark: string, issue: Issue) => `${mark} ${issue.file}: ${issue.message} [${issue.code}]`;

/** The report as terminal lines: errors, then warnings, then a one-line verdict. */
export function formatReport(label: string, report: PackageReport): string {
  const verdict = report.errors.length === 0
    ? `✓ ${label} passes Zendesk's package rules (${report.warnings.length} warning(s)).`
    : `✗ ${label}: ${report.errors.length} error(s), ${report.warnings.length} warning(s); Zendesk would refuse it.`;
  return [...report.errors.map((issue) => line('✗', issue)), ...report.warnings.map((issue) => line('!', issue)), verdict].join('\n');
}
