// @ts-check
import { renameSync, writeFileSync } from 'node:fs';

/**
 * Writes through a file of this thread's own, then renames: a CLI or worker starting at the same time never reads
 * half a file. Workers share the process id, so the name also carries a random part. (Only `node:fs`: workers load
 * it. Plain JavaScript: the CLI's launcher, which runs without tsx, writes its bundles through it.)
 * @param {string} path
 * @param {string | Uint8Array} contents
 * @returns {void}
 */
export function writeWhole(path, contents) {
  const partial = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  writeFileSync(partial, contents);
  renameSync(partial, path);
}
