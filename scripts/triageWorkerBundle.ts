import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeWhole } from './writeWhole';

// esbuild is loaded only to build (~0.15 s of every start before the workers could start, when it was imported);
// whether the bundle is fresh needs only its version.
const require = createRequire(import.meta.url);
const esbuild = () => require('esbuild') as typeof import('esbuild');
const esbuildVersion = () => (require('esbuild/package.json') as { version: string }).version;

/**
 * The triage worker as one plain JavaScript file, built on first use and kept in `node_modules/.cache`.
 *
 * A worker thread does not inherit the CLI's tsx loader: loading the TypeScript through it (`triageWorker.mjs`)
 * starts a loader thread per worker and sends it every import, ~0.5 CPU s per worker on 100,000 lines. The bundle
 * is rebuilt when any file it was built from changes (its inputs' hashes are kept beside it), so a fresh clone
 * needs no step of its own, and an edit to the triage is picked up by the next run.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The worker's source, from the root of the checkout. */
const ENTRY = 'scripts/triageWorker.ts';
/** Loads the TypeScript worker through tsx: what runs when the bundle cannot be built or written. */
export const TSX_WORKER = new URL('./triageWorker.mjs', import.meta.url);

/** What the bundle was built from: esbuild's version and each input file's hash, by path from the root. */
interface BundleInputs {
  esbuild: string;
  files: Record<string, string>;
}

function hashOf(root: string, path: string): string {
  return createHash('sha256').update(readFileSync(join(root, path))).digest('hex');
}

function isFresh(root: string, inputsFile: string, bundleFile: string): boolean {
  if (!existsSync(bundleFile)) return false;
  // A missing inputs file or input file throws while it is read: not fresh.
  try {
    const inputs = JSON.parse(readFileSync(inputsFile, 'utf8')) as BundleInputs;
    const unchanged = ([path, hash]: [string, string]) => hashOf(root, path) === hash;
    return inputs.esbuild === esbuildVersion() && Object.entries(inputs.files).every(unchanged);
  } catch {
    return false;
  }
}

function build(root: string, inputsFile: string, bundleFile: string): void {
  const result = esbuild().buildSync({
    absWorkingDir: root,
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text;
  if (code === undefined) throw new Error('esbuild wrote no bundle');
  const files = Object.fromEntries(Object.keys(result.metafile.inputs).map((path) => [path, hashOf(root, path)]));
  writeWhole(bundleFile, code);
  writeWhole(inputsFile, JSON.stringify({ esbuild: esbuildVersion(), files } satisfies BundleInputs));
}

/**
 * The script each worker thread runs: the cached bundle, built now if it is missing or stale, else (no esbuild, a
 * read-only `node_modules`) the TypeScript worker through tsx, slower to start but the same triage.
 */
export function triageWorkerScript(root = ROOT): URL {
  // One cache per checkout: worktrees that share a node_modules do not rebuild each other's bundle.
  const checkout = createHash('sha256').update(root).digest('hex').slice(0, 16);
  const directory = join(root, 'node_modules', '.cache', 'triage-worker', checkout);
  const bundleFile = join(directory, 'triageWorker.mjs');
  const inputsFile = join(directory, 'inputs.json');
  try {
    if (!isFresh(root, inputsFile, bundleFile)) {
      mkdirSync(directory, { recursive: true });
      build(root, inputsFile, bundleFile);
    }
    return pathToFileURL(bundleFile);
  } catch {
    return TSX_WORKER;
  }
}
