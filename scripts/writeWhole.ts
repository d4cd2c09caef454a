import { renameSync, writeFileSync } from 'node:fs';

/**
 * Writes through a file of this thread's own, then renames: a CLI or worker starting at the same time never reads
 * half a file. Workers share the process id, so the name also carries a random part. (Only `node:fs`: workers load it.)
 */
export function writeWhole(path: string, contents: string | Uint8Array): void {
  const partial = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  writeFileSync(partial, contents);
  renameSync(partial, path);
}
