import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What the sidebar must download before it is interactive: the entry, its static imports, the user's strings. */
export interface FirstLoad {
  files: string[];
  gzipBytes: number;
  /** Every JS and CSS file of the build, for the total. */
  totalGzipBytes: number;
}

const STATIC_IMPORT = /(?:^|[;}\n])\s*import\s*(?:[\w$*{}\s,]+from\s*)?["']\.\/([^"']+\.(?:js|css))["']/g;

export function gzipBytes(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

/**
 * Follows the entry script of `index.html` through its static imports (what the browser must fetch before the
 * first render) and adds the CSS it links and the locale chunk the advocate needs (`en` unless told).
 */
export function firstLoad(assetsDir: string, allFiles: readonly string[], locale = 'en'): FirstLoad {
  return loadOf(assetsDir, allFiles, [`${locale}-panel-`]);
}

/**
 * What a ticket's suggestion needs on top of the first load: the triage chunk (rules, vocabularies, the model's
 * frequent keys), the pieces of the model the ticket's words need (`modelPieces`, see `src/triage/modelInPieces.ts`),
 * the suggestion's section and strings (with the chunk of their loaders), with their static imports. The setup check
 * and the expert path load after the suggestion shows and are not counted.
 */
export function suggestionLoad(assetsDir: string, allFiles: readonly string[], locale = 'en', modelPieces: readonly number[] = []): FirstLoad {
  const pieces = modelPieces.map((piece) => `modelPiece${piece}-`);
  return loadOf(assetsDir, allFiles, [`${locale}-panel-`, 'triage-', ...pieces, 'SuggestionSection-', 'moreTranslations-', `${locale}-suggestion-`]);
}

function loadOf(assetsDir: string, allFiles: readonly string[], chunks: readonly string[]): FirstLoad {
  const html = readFileSync(join(assetsDir, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/(?:src|href)="\.\/([^"]+\.(?:js|css))"/g)].map((match) => match[1] ?? '');
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.endsWith('.js')) return;
    for (const match of readFileSync(join(assetsDir, file), 'utf8').matchAll(STATIC_IMPORT)) visit(match[1] ?? '');
  };
  entries.forEach(visit);
  for (const chunk of chunks) {
    // The sidebar's and the dashboard's builds share the folder: of two chunks with one name, the one the sidebar's files import.
    const candidates = allFiles.filter((name) => name.startsWith(chunk));
    const file = candidates.find((name) => [...seen].some((loaded) => readFileSync(join(assetsDir, loaded), 'utf8').includes(name))) ?? candidates[0];
    if (file) visit(file);
  }
  const files = [...seen].sort();
  const weigh = (list: readonly string[]) => list.reduce((sum, file) => sum + gzipBytes(join(assetsDir, file)), 0);
  return { files, gzipBytes: weigh(files), totalGzipBytes: weigh(allFiles.filter((file) => /\.(js|css)$/.test(file))) };
}
