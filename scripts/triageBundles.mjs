// @ts-check
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeWhole } from './writeWhole.mjs';

/**
 * The triage CLI and its worker as plain JavaScript files, built on first use and kept in `node_modules/.cache`.
 *
 * Neither runs through tsx. In the CLI's main thread tsx's loader took 0.35–0.8 s before the first worker could
 * start; a worker thread does not inherit the loader, and loading the TypeScript through it (`triageWorker.mjs`)
 * started a loader thread per worker and sent it every import, ~0.5 CPU s per worker on 100,000 lines. The bundles
 * are rebuilt when any file they were built from changes (their inputs' hashes are kept beside them), so a fresh
 * clone needs no step of its own, and an edit to the triage is picked up by the next run. This file is plain
 * JavaScript so that `npm run triage` (`triage.mjs`) can check and load the bundles without tsx.
 */

// esbuild is loaded only to build (~0.15 s of every start before the workers could start, when it was imported);
// whether the bundles are fresh needs only its version.
const require = createRequire(import.meta.url);
/** @returns {typeof import('esbuild')} */
const esbuild = () => require('esbuild');
const esbuildVersion = () => /** @type {{ version: string }} */ (require('esbuild/package.json')).version;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The sources, from the root of the checkout, and the bundles' file names. */
/** @typedef {{ entry: string, file: string, format: 'esm' | 'cjs' }} Bundle */
/** @type {Bundle} */
const CLI = { entry: 'scripts/triage.ts', file: 'triage.mjs', format: 'esm' };
// CommonJS: a worker that loads an ES module first sets up Node's module loader for it (~20 ms of each worker's start).
/** @type {Bundle} */
const WORKER = { entry: 'scripts/triageWorker.ts', file: 'triageWorker.cjs', format: 'cjs' };
/** Loads the TypeScript worker through tsx: what runs when the bundles cannot be built or written. */
export const TSX_WORKER = new URL('./triageWorker.mjs', import.meta.url);

/**
 * What the bundles were built from: esbuild's version and each input file's hash, by path from the root.
 * @typedef {{ esbuild: string, files: Record<string, string> }} BundleInputs
 */

/**
 * @param {string} root
 * @param {string} path
 */
function hashOf(root, path) {
  return createHash('sha256').update(readFileSync(join(root, path))).digest('hex');
}

/**
 * @param {string} root
 * @param {string} directory
 */
function isFresh(root, directory) {
  if (!existsSync(join(directory, CLI.file)) || !existsSync(join(directory, WORKER.file))) return false;
  // A missing inputs file or input file throws while it is read: not fresh.
  try {
    const inputs = /** @type {BundleInputs} */ (JSON.parse(readFileSync(join(directory, 'inputs.json'), 'utf8')));
    return inputs.esbuild === esbuildVersion() && Object.entries(inputs.files).every(([path, hash]) => hashOf(root, path) === hash);
  } catch {
    return false;
  }
}

/**
 * @param {string} root
 * @param {Bundle} bundle
 * @param {Record<string, string>} define
 * @returns {{ code: string, inputs: string[] }}
 */
function bundled(root, bundle, define) {
  const result = esbuild().buildSync({
    absWorkingDir: root,
    entryPoints: [bundle.entry],
    bundle: true,
    platform: 'node',
    format: bundle.format,
    target: 'node20',
    define,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text;
  if (code === undefined) throw new Error(`esbuild wrote no bundle of ${bundle.entry}`);
  return { code, inputs: Object.keys(result.metafile.inputs) };
}

/**
 * @param {string} root
 * @param {string} directory
 */
function build(root, directory) {
  // The CLI finds the worker's sources and its fallback from where its own source lies (`import.meta.url`), not
  // from the cache directory its bundle is loaded from. It is loaded only once both bundles were found fresh
  // (`triage.mjs`), so it starts the worker's bundle without checking them again (~10 ms before the workers start).
  const cli = bundled(root, CLI, {
    'import.meta.url': JSON.stringify(pathToFileURL(join(root, CLI.entry)).href),
    TRIAGE_WORKER_BUNDLE: JSON.stringify(pathToFileURL(join(directory, WORKER.file)).href),
  });
  const worker = bundled(root, WORKER, {});
  const files = Object.fromEntries([...cli.inputs, ...worker.inputs].map((path) => [path, hashOf(root, path)]));
  writeWhole(join(directory, CLI.file), cli.code);
  writeWhole(join(directory, WORKER.file), worker.code);
  writeWhole(join(directory, 'inputs.json'), JSON.stringify(/** @type {BundleInputs} */ ({ esbuild: esbuildVersion(), files })));
}

/**
 * Where the bundles are kept, and the starts index's trees beside them (`startsTreeFiles.ts`): one cache per
 * checkout, so worktrees that share a node_modules do not rebuild each other's.
 * @param {string} [root] the checkout
 * @returns {string}
 */
export function triageCacheDirectory(root = ROOT) {
  const checkout = createHash('sha256').update(root).digest('hex').slice(0, 16);
  return join(root, 'node_modules', '.cache', 'triage', checkout);
}

/**
 * The CLI's and the worker's bundles, built now if they are missing or stale; null when they cannot be built or
 * written (no esbuild, a read-only `node_modules`, a source that does not compile).
 * @param {string} [root] the checkout
 * @returns {{ cli: URL, worker: URL } | null}
 */
export function triageBundles(root = ROOT) {
  const directory = triageCacheDirectory(root);
  try {
    if (!isFresh(root, directory)) {
      mkdirSync(directory, { recursive: true });
      build(root, directory);
    }
    return { cli: pathToFileURL(join(directory, CLI.file)), worker: pathToFileURL(join(directory, WORKER.file)) };
  } catch {
    return null;
  }
}

/**
 * The script each worker thread runs: the cached bundle, else the TypeScript worker through tsx, slower to start
 * but the same triage.
 * @param {string} [root] the checkout
 * @returns {URL}
 */
export function triageWorkerScript(root = ROOT) {
  return triageBundles(root)?.worker ?? TSX_WORKER;
}
