import { ZendeskError } from './errors';
import { asArray, asNumber, asRecord, asString } from './fields';
import type { MacroCache, MacroRef } from './macroCache';
import type { ZafClient } from './types';

export { createMacroCache, DEFAULT_MACRO_CACHE_TTL_MS, type MacroCache, type MacroRef } from './macroCache';
import { macroActionsOf } from './macroCache';

/** Search results are paged by 100; a title search that needs more pages than this is not finding our macro. */
const MAX_SEARCH_PAGES = 5;

/**
 * The active macro whose title is exactly `title` (case and `::` included). Zendesk's search matches loosely, so
 * every result page is filtered here. Rejects with `not_found` naming the title when there is none.
 */
export async function findMacroByTitle(zaf: ZafClient, title: string, cache?: MacroCache): Promise<MacroRef> {
  const cached = cache?.get(title);
  if (cached) return cached;
  let url: string | null = `/api/v2/macros/search.json?query=${encodeURIComponent(title)}`;
  for (let page = 0; url !== null && page < MAX_SEARCH_PAGES; page += 1) {
    const body = asRecord(await zaf.request<unknown>({ url, type: 'GET' }));
    const found = asArray(body.macros).map(asRecord).find((macro) => isActiveWithTitle(macro, title));
    const id = asNumber(found?.id);
    if (id !== null) {
      const macro = { id, title, actions: macroActionsOf(found?.actions) };
      cache?.set(macro);
      return macro;
    }
    url = nextPagePath(body.next_page);
  }
  throw new ZendeskError('not_found', `No active macro is titled "${title}"`, { macroTitle: title });
}

function isActiveWithTitle(macro: Record<string, unknown>, title: string): boolean {
  return macro.active !== false && asString(macro.title) === title;
}

/**
 * `next_page` is an absolute URL on the account's own domain; ZAF sends absolute URLs through its proxy, so keep
 * only the path and query and let the request go out with the agent's session like the first one.
 */
export function nextPagePath(value: unknown): string | null {
  if (typeof value !== 'string' || value === '') return null;
  try {
    const next = new URL(value, 'https://zendesk.invalid');
    return `${next.pathname}${next.search}`;
  } catch {
    return null;
  }
}
