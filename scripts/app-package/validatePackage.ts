import { assetRules } from './assetRules';
import { contentRules } from './contentRules';
import type { PackageReport } from './issues';
import { locationRules } from './locationRules';
import { manifestRules } from './manifestRules';
import { packageContents, type PackageRule } from './packageContents';
import { readPackageDir, type PackageFile } from './packageFiles';
import { parameterRules } from './parameterRules';
import { svgRules } from './svgRules';
import { translationRules } from './translationRules';

/** Every rule, in the order a developer would fix things: manifest first, then what it points at. */
const RULES: PackageRule[] = [manifestRules, locationRules, parameterRules, translationRules, assetRules, svgRules, contentRules];

/** Checks package files already in memory (a folder's or a zip's) against Zendesk's upload rules. */
export function validatePackageFiles(files: readonly PackageFile[]): PackageReport {
  const contents = packageContents(files);
  const findings = RULES.flatMap((rule) => rule(contents));
  const strip = ({ code, file, message }: (typeof findings)[number]) => ({ code, file, message });
  return {
    errors: findings.filter((finding) => finding.severity === 'error').map(strip),
    warnings: findings.filter((finding) => finding.severity === 'warning').map(strip),
  };
}

/** Checks an app folder (such as `dist/`) the way Zendesk checks an uploaded zip, without a network. */
export function validatePackage(dir: string): PackageReport {
  return validatePackageFiles(readPackageDir(dir));
}
