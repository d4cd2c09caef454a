import { readdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { StartsTrees } from '../src/triage/leadingKeys';
import { writeWhole } from './writeWhole.mjs';

/** Trees kept at most: three per brand the input names (most inputs name none), ~0.8 MB for the words' tree. */
const MAX_TREES = 24;
const PREFIX = 'starts-';

/** Two FNV-1a hashes of the identity: a file name, not a proof (the file holds the identity itself). */
function nameOf(identity: string): string {
  let first = 0x811c9dc5;
  let second = 0x01000193;
  for (let at = 0; at < identity.length; at += 1) {
    const code = identity.charCodeAt(at);
    first = Math.imul(first ^ code, 0x01000193);
    second = Math.imul(second ^ code, 0x811c9dc5);
  }
  return `${PREFIX}${(first >>> 0).toString(16)}${(second >>> 0).toString(16)}-${identity.length}.bin`;
}

/**
 * Starts-index trees kept as files in `directory` (the worker bundle's), each after the identity of the terms it
 * indexes, which must equal the one asked for: an edit to a vocabulary, or another brand, reads no stale tree. A file
 * that cannot be read or written only means the tree is built, as without them. (No `node:crypto`: loading it cost
 * each worker ~35 ms at start.)
 */
export function startsTreeFiles(directory: string): StartsTrees {
  const encoder = new TextEncoder();
  return {
    load(identity) {
      try {
        const bytes = readFileSync(join(directory, nameOf(identity)));
        const length = bytes.readUInt32LE(0);
        const kept = bytes.subarray(4, 4 + length).toString('utf8');
        return kept === identity ? bytes.subarray(4 + length) : null;
      } catch {
        return null;
      }
    },
    save(identity, bytes) {
      try {
        const file = join(directory, nameOf(identity));
        const name = encoder.encode(identity);
        const length = new Uint8Array(4);
        new DataView(length.buffer).setUint32(0, name.byteLength, true);
        writeWhole(file, Buffer.concat([length, name, bytes]));
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
