import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

/** Where the built app's files are, to weigh what the browser fetched. */
const ASSETS = join(import.meta.dirname, '..', 'dist', 'assets');

export interface LoadedBytes {
  /** JS and CSS files the app frame fetched, by file name. */
  files: string[];
  /** Their size after `gzip -9`, in bytes. */
  gzipBytes: number;
}

export function gzipSize(file: string): number {
  return gzipSync(readFileSync(join(ASSETS, file)), { level: 9 }).length;
}

/**
 * Records the JS and CSS the app's iframe fetches from the app origin until `until` resolves (for example: the
 * card is shown and the Share button can be clicked), and weighs them as a server would send them gzipped.
 */
export async function recordAppBytes(page: Page, appOrigin: string, until: () => Promise<unknown>): Promise<LoadedBytes> {
  const files = new Set<string>();
  const onRequest = (request: { url(): string }) => {
    const url = new URL(request.url());
    // Only our bundle: the SDK comes from Zendesk's CDN in production (the simulator serves the npm build).
    if (url.origin === appOrigin && url.pathname.startsWith('/assets/') && /\.(js|css)$/.test(url.pathname)) files.add(basename(url.pathname));
  };
  page.on('request', onRequest);
  try {
    await until();
  } finally {
    page.off('request', onRequest);
  }
  const list = [...files].sort();
  return { files: list, gzipBytes: list.reduce((sum, file) => sum + gzipSize(file), 0) };
}
