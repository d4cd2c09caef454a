import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StartsTrees } from '../src/triage/leadingKeys';

/** Trees kept at most: three per brand the input names (most inputs name none), ~0.5 MB for the words' tree. */
const MAX_TREES = 24;
const PREFIX = 'starts-';

/**
 * Starts-index trees kept as files in `directory` (the worker bundle's), named by a hash of the terms they index:
 * an edit to a vocabulary, or another brand, names another file. A file that cannot be read or written only means
 * the tree is built, as without them.
 */
export function startsTreeFiles(directory: string): StartsTrees {
  const fileOf = (identity: string) => join(directory, `${PREFIX}${createHash('sha256').update(identity).digest('hex').slice(0, 32)}.bin`);
  return {
    load(identity) {
      try {
        return readFileSync(fileOf(identity));
      } catch {
        return null;
      }
    },
    save(identity, bytes) {
      try {
        const file = fileOf(identity);
        // Through a file of this thread's own, then renamed: a worker starting at the same time never reads half a tree.
        const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
        writeFileSync(partial, bytes);
        renameSync(partial, file);
        prune(directory);
      } catch {
        // A read-only cache: the next run builds the tree again.
      }
    },
  };
}

/** Keeps the {@link MAX_TREES} trees written last. */
function prune(directory: string): void {
  const trees = readdirSync(directory)
    .filter((name) => name.startsWith(PREFIX) && name.endsWith('.bin'))
    .map((name) => ({ path: join(directory, name), written: statSync(join(directory, name)).mtimeMs }))
    .sort((a, b) => b.written - a.written);
  for (const { path } of trees.slice(MAX_TREES)) unlinkSync(path);
}
