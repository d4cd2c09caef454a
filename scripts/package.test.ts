import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeAppFolder, pngOf, type AppFolder } from './app-package/testing/appFolder';
import { readZip } from './app-package/zipReader';
import { packageApp } from './package';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

/** A repository-like folder: package.json, a built dist/ (the sample app) and optional listing screenshots. */
function repository(dist: AppFolder, screenshots: Record<string, Buffer> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'app-repo-'));
  cleanups.push(() => rmSync(root, { recursive: true, force: true }), dist.remove);
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'community-involvement', version: '0.3.1' }));
  mkdirSync(join(root, 'docs', 'screenshots'), { recursive: true });
  for (const [name, bytes] of Object.entries(screenshots)) writeFileSync(join(root, 'docs', 'screenshots', name), bytes);
  return root;
}

describe('npm run package', () => {
  it('zips the built app with its files at the root of the archive, named by version', () => {
    const dist = makeAppFolder();
    const root = repository(dist);
    const { zipPath, report } = packageApp({ root, dist: dist.dir });
    expect(zipPath).toBe(join(root, 'community-involvement-0.3.1.zip'));
    expect(report).toEqual({ errors: [], warnings: [] });
    const paths = readZip(readFileSync(zipPath)).map((file) => file.path);
    expect(paths).toEqual([
      'assets/index.html', 'assets/index.js', 'assets/logo-small.png', 'assets/logo.png', 'manifest.json', 'translations/en.json',
    ]);
  });

  it('adds the listing screenshots as assets/screenshot-N.png in their order', () => {
    const dist = makeAppFolder();
    const shots = { 'listing-2.png': pngOf(1024, 768), 'listing-10.png': pngOf(1024, 768), 'notes.png': pngOf(10, 10) };
    const root = repository(dist, shots);
    const { zipPath } = packageApp({ root, dist: dist.dir });
    const files = readZip(readFileSync(zipPath));
    expect(files.filter((file) => file.path.startsWith('assets/screenshot-')).map((file) => file.path))
      .toEqual(['assets/screenshot-0.png', 'assets/screenshot-1.png']);
  });

  it('refuses, and leaves no zip behind, when Zendesk would reject the package', () => {
    const dist = makeAppFolder({ remove: ['assets/logo-small.png'] });
    const root = repository(dist);
    const { zipPath, report } = packageApp({ root, dist: dist.dir });
    expect(report.errors).toEqual([expect.objectContaining({ code: 'missing_file', file: 'assets/logo-small.png' })]);
    expect(existsSync(zipPath)).toBe(false);
  });

  it('refuses a screenshot the marketplace cannot show', () => {
    const dist = makeAppFolder();
    const root = repository(dist, { 'listing-0.png': pngOf(1440, 900) });
    expect(packageApp({ root, dist: dist.dir }).report.errors).toEqual([
      expect.objectContaining({ code: 'invalid_image_size', file: 'assets/screenshot-0.png' }),
    ]);
  });

  it('asks for a build when there is nothing to package', () => {
    const root = mkdtempSync(join(tmpdir(), 'app-repo-'));
    cleanups.push(() => rmSync(root, { recursive: true, force: true }));
    expect(() => packageApp({ root })).toThrow(/run npm run build first/);
  });
});
