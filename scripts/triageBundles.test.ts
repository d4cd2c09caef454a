import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { triageBundles, triageWorkerScript } from './triageBundles.mjs';

/** A checkout of its own: a CLI and a worker that each import one module of the triage. */
function checkout(rule: string): string {
  const root = mkdtempSync(join(tmpdir(), 'triage-bundles-'));
  mkdirSync(join(root, 'scripts'));
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'scripts', 'triage.ts'), "import { rule } from '../src/rule';\nconsole.log(rule, new URL('.', import.meta.url).href);\n");
  writeFileSync(join(root, 'scripts', 'triageWorker.ts'), "import { rule } from '../src/rule';\nconsole.log(rule);\n");
  writeFileSync(join(root, 'src', 'rule.ts'), `export const rule: string = '${rule}';\n`);
  return root;
}

const read = (url: URL | undefined) => readFileSync(fileURLToPath(url ?? ''), 'utf8');

test('a fresh checkout gets its CLI and worker built on first run, and an edit to the triage is picked up by the next run', () => {
  const root = checkout('praise before thanks');
  const first = triageBundles(root);
  expect(first?.cli.pathname.startsWith(join(root, 'node_modules', '.cache'))).toBe(true);
  expect(read(first?.cli)).toContain('praise before thanks');
  expect(read(first?.worker)).toContain('praise before thanks');
  // The CLI's bundle finds files from where its source lies, not from the cache it is loaded from.
  expect(read(first?.cli)).toContain(`file://${join(root, 'scripts', 'triage.ts')}`);

  writeFileSync(join(root, 'src', 'rule.ts'), "export const rule: string = 'thanks before praise';\n");
  const second = triageBundles(root);
  for (const bundle of [second?.cli, second?.worker]) {
    expect(read(bundle)).toContain('thanks before praise');
    expect(read(bundle)).not.toContain('praise before thanks');
  }
});

test('a triage that cannot be built runs through tsx instead', () => {
  const root = checkout('unused');
  writeFileSync(join(root, 'src', 'rule.ts'), 'export const rule: string = ;\n');
  expect(triageBundles(root)).toBeNull();
  expect(triageWorkerScript(root).pathname).toMatch(/scripts\/triageWorker\.mjs$/);
});
