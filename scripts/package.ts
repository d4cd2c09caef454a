/**
 * `npm run package`: zips the built app folder into `community-involvement-<version>.zip` at the repository root,
 * ready to upload in Admin Center (files at the zip's root, as Zendesk expects), adds the marketplace screenshots,
 * then reads the zip back and refuses it when Zendesk's rules would.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatReport } from './app-package/formatReport';
import type { PackageReport } from './app-package/issues';
import { readPackageDir, type PackageFile } from './app-package/packageFiles';
import { validatePackageFiles } from './app-package/validatePackage';
import { readZip } from './app-package/zipReader';
import { writeZip } from './app-package/zipWriter';

/** Where the app's package files and listing screenshots come from, and where the zip goes. */
export interface PackageOptions {
  /** The repository root (holds package.json, dist/ and docs/screenshots/). */
  root: string;
  /** The built app folder; defaults to `<root>/dist`. */
  dist?: string;
}

/** What `packageApp` produced. */
export interface PackageResult {
  /** Absolute path of the zip (removed again when the package has errors). */
  zipPath: string;
  /** The validator's verdict on the zip's contents. */
  report: PackageReport;
}

const LISTING_SCREENSHOT = /^listing-(\d+)\.png$/;

/** `docs/screenshots/listing-N.png`, in N order, renamed to the `assets/screenshot-N.png` Zendesk's listing reads. */
export function listingScreenshots(root: string): PackageFile[] {
  const folder = join(root, 'docs', 'screenshots');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => LISTING_SCREENSHOT.test(name))
    .sort((a, b) => Number(LISTING_SCREENSHOT.exec(a)![1]) - Number(LISTING_SCREENSHOT.exec(b)![1]))
    .map((name, index) => ({ path: `assets/screenshot-${index}.png`, bytes: readFileSync(join(folder, name)), symlink: false }));
}

function packageName(root: string): string {
  const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
  return `${name}-${version}.zip`;
}

/** Zips the app folder plus screenshots, validates the zip as uploaded, and removes it if Zendesk would refuse it. */
export function packageApp({ root, dist = join(root, 'dist') }: PackageOptions): PackageResult {
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`${dist} has no manifest.json: run npm run build first.`);
  const screenshots = listingScreenshots(root);
  const listingPaths = new Set(screenshots.map((file) => file.path));
  const files = [...readPackageDir(dist).filter((file) => !listingPaths.has(file.path)), ...screenshots];
  // The zip holds regular files only; a symlink in the folder is still reported, so the package is refused.
  const symlinks = files.filter((file) => file.symlink);
  const zipPath = join(root, packageName(root));
  writeFileSync(zipPath, writeZip(files.filter((file) => !file.symlink)));
  const report = validatePackageFiles([...readZip(readFileSync(zipPath)), ...symlinks]);
  if (report.errors.length > 0) rmSync(zipPath);
  return { zipPath, report };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { zipPath, report } = packageApp({ root: join(import.meta.dirname, '..') });
  console.log(formatReport(zipPath, report));
  process.exitCode = report.errors.length > 0 ? 1 : 0;
}
