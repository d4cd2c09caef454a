import { isJsonObject, parseJson } from './json';
import type { Finding } from './issues';
import type { PackageFile } from './packageFiles';
import { textOf } from './packageFiles';

/** A package as the rules see it: its files by path and the manifest when it parsed to an object. */
export interface PackageContents {
  /** Every file, keyed by package-relative path. */
  files: ReadonlyMap<string, PackageFile>;
  /** `manifest.json` parsed, when it exists and is a JSON object. */
  manifest: Record<string, unknown> | undefined;
}

/** One check over the package; returns what it found (nothing when all is well). */
export type PackageRule = (contents: PackageContents) => Finding[];

/** Indexes the files and parses the manifest once for all rules. */
export function packageContents(files: readonly PackageFile[]): PackageContents {
  const byPath = new Map(files.map((file) => [file.path, file]));
  const manifestFile = byPath.get('manifest.json');
  const parsed = manifestFile && !manifestFile.symlink ? parseJson(textOf(manifestFile)) : undefined;
  const manifest = parsed?.ok && isJsonObject(parsed.value) ? parsed.value : undefined;
  return { files: byPath, manifest };
}
