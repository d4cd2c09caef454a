import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { startsTreeFiles } from './startsTreeFiles';

test('a kept tree is read back only for the terms it was built from', () => {
  const directory = mkdtempSync(join(tmpdir(), 'starts-trees-'));
  const trees = startsTreeFiles(directory);
  const tree = Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8]);
  expect(trees.load('["praise","thanks"]')).toBeNull();
  trees.save('["praise","thanks"]', tree);
  expect([...(trees.load('["praise","thanks"]') ?? [])]).toEqual([...tree]);
  expect(trees.load('["thanks","praise"]')).toBeNull();

  // A file whose name another identity shares (or a damaged one) is not that identity's tree.
  const [file = ''] = readdirSync(directory);
  const bytes = readFileSync(join(directory, file));
  bytes[5] = 0x5f;
  writeFileSync(join(directory, file), bytes);
  expect(trees.load('["praise","thanks"]')).toBeNull();
});

test('an unwritable directory only means the tree is built again', () => {
  const trees = startsTreeFiles(join(tmpdir(), 'no-such-directory', 'trees'));
  expect(() => trees.save('["praise"]', new Uint8Array(4))).not.toThrow();
  expect(trees.load('["praise"]')).toBeNull();
});
