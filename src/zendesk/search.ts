import { asRecord, asArray } from './fields';
import { nextPagePath } from './macros';
import type { ZafClient } from './types';

/** One page of `GET /api/v2/search.json`. */
export interface SearchPage {
  /** Results of this page (tickets, for `type:ticket` queries). */
  results: unknown[];
  /** The next page's path and query, or null on the last page. */
  next: string | null;
  /** How many results the whole query has. */
  count: number;
}

/** Zendesk's Search API answers at most 1,000 results (10 pages of 100); page 11 is a 422. */
export const SEARCH_MAX_PAGES = 10;

/** The first page of a search, 100 results per page. */
export function searchPath(query: string): string {
  return `/api/v2/search.json?query=${encodeURIComponent(query)}&per_page=100`;
}

/** One page (the first one's path from `searchPath`, later ones from `next`). ZAF retries a 429 itself. */
export async function searchPage(zaf: ZafClient, path: string): Promise<SearchPage> {
  const body = asRecord(await zaf.request<unknown>({ url: path, type: 'GET' }));
  return { results: asArray(body.results), next: nextPagePath(body.next_page), count: typeof body.count === 'number' ? body.count : 0 };
}
