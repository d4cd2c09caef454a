/**
 * Offline stand-in for `zcli apps:validate` (which needs a Zendesk account): checks an app folder or zip against
 * the rules of Zendesk's validator (research/zaf.md §5).
 * Usage: `npx tsx scripts/validate-package.ts [dist | community-involvement-0.1.0.zip]`; exits 1 on errors.
 */
import { readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { formatReport } from './app-package/formatReport';
import type { PackageReport } from './app-package/issues';
import { validatePackage, validatePackageFiles } from './app-package/validatePackage';
import { readZip } from './app-package/zipReader';

export type { Issue, IssueCode, PackageReport } from './app-package/issues';
export { validatePackage, validatePackageFiles };

/** Checks a folder, or a zip read in memory, whichever the path names. */
export function validatePackageAt(path: string): PackageReport {
  return statSync(path).isDirectory() ? validatePackage(path) : validatePackageFiles(readZip(readFileSync(path)));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const target = process.argv[2] ?? 'dist';
  const report = validatePackageAt(target);
  console.log(formatReport(target, report));
  process.exitCode = report.errors.length > 0 ? 1 : 0;
}
