import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';

/** One file of an app package, read into memory so a folder and a zip are checked the same way. */
export interface PackageFile {
  /** Path inside the package with `/` separators (`assets/logo.png`). */
  path: string;
  /** The file's bytes (a symlink's target path for symlinks). */
  bytes: Buffer;
  /** True when the entry is a symbolic link, which Zendesk refuses. */
  symlink: boolean;
}

/** Extensions whose content is text and is scanned for secrets and plain-http URLs. */
const TEXT_EXTENSIONS = new Set(['.js', '.mjs', '.cjs', '.css', '.html', '.htm', '.json', '.svg', '.txt', '.md', '.map', '.xml']);

/** Whether the file's content is text we should read (bundles, markup, JSON), not an image or archive. */
export function isTextFile(file: PackageFile): boolean {
  return !file.symlink && TEXT_EXTENSIONS.has(posix.extname(file.path).toLowerCase());
}

/** The file's content as UTF-8 text. */
export function textOf(file: PackageFile): string {
  return file.bytes.toString('utf8');
}

/** Reads every file under `dir`, without following symlinks (they are reported, not read through). */
export function readPackageDir(dir: string): PackageFile[] {
  const files: PackageFile[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      const path = relative(dir, full).split(sep).join('/');
      if (entry.isSymbolicLink()) files.push({ path, bytes: Buffer.from(readlinkSync(full)), symlink: true });
      else if (entry.isDirectory()) walk(full);
      else if (lstatSync(full).isFile()) files.push({ path, bytes: readFileSync(full), symlink: false });
    }
  };
  walk(dir);
  return files.sort((a, b) => a.path.localeCompare(b.path));
}
