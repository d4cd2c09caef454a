import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { triageWorkerScript } from './triageWorkerBundle';

/** A checkout of its own: a worker that imports one module of the triage. */
function checkout(rule: string): string {
  const root = mkdtempSync(join(tmpdir(), 'triage-worker-'));
  mkdirSync(join(root, 'scripts'));
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'scripts', 'triageWorker.ts'), "import { rule } from '../src/rule';\nconsole.log(rule);\n");
  writeFileSync(join(root, 'src', 'rule.ts'), `export const rule: string = '${rule}';\n`);
  return root;
}

test('a fresh checkout gets its worker built on first run, and an edit to the triage is picked up by the next run', () => {
  const root = checkout('praise before thanks');
  const first = triageWorkerScript(root);
  expect(first.pathname.startsWith(join(root, 'node_modules', '.cache'))).toBe(true);
  expect(readFileSync(fileURLToPath(first), 'utf8')).toContain('praise before thanks');

  writeFileSync(join(root, 'src', 'rule.ts'), "export const rule: string = 'thanks before praise';\n");
  const second = triageWorkerScript(root);
  expect(readFileSync(fileURLToPath(second), 'utf8')).toContain('thanks before praise');
  expect(readFileSync(fileURLToPath(second), 'utf8')).not.toContain('praise before thanks');
});

test('a worker that cannot be built runs through tsx instead', () => {
  const root = checkout('unused');
  writeFileSync(join(root, 'src', 'rule.ts'), 'export const rule: string = ;\n');
  expect(triageWorkerScript(root).pathname).toMatch(/scripts\/triageWorker\.mjs$/);
});
