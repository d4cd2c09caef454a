import { afterEach, describe, expect, it } from 'vitest';
import { createZafHost, type RequestAnswer, type ZafHost } from './testing/zafHost';
import { createMacroCache, DEFAULT_MACRO_CACHE_TTL_MS, findMacroByTitle } from './macros';
import { createZafClient } from './zafClient';

const INVOLVEMENT = 'Involving Experts::Community Involvement';
const INVOLVEMENT_ACTIONS = [{ field: 'current_tags', value: 'community_involvement' }];

const searchPage = {
  macros: [
    { id: 360011111, title: 'Involving Experts::Community Involvement (old)', active: true, actions: [] },
    { id: 360022222, title: 'involving experts::community involvement', active: true, actions: [] },
    { id: 360033333, title: INVOLVEMENT, active: false, actions: [] },
  ],
  next_page: 'https://gitlab.zendesk.com/api/v2/macros/search.json?page=2&query=Involving+Experts%3A%3ACommunity+Involvement',
  count: 4,
};
const secondPage = {
  macros: [
    {
      id: 360044444,
      title: INVOLVEMENT,
      active: true,
      actions: [{ field: 'current_tags', value: 'community_involvement' }],
    },
  ],
  next_page: null,
  count: 4,
};

let host: ZafHost | undefined;
afterEach(() => host?.close());

function connect(onRequest: (options: Record<string, unknown>) => RequestAnswer) {
  host = createZafHost({ onRequest });
  return { host, zaf: createZafClient(host.client) };
}

function macroSearch(options: Record<string, unknown>): RequestAnswer {
  const url = String(options.url);
  if (url === `/api/v2/macros/search.json?query=${encodeURIComponent(INVOLVEMENT)}`) return { kind: 'done', body: searchPage };
  if (url.startsWith('/api/v2/macros/search.json?page=2')) return { kind: 'done', body: secondPage };
  return { kind: 'done', body: { macros: [], next_page: null, count: 0 } };
}

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

describe('findMacroByTitle', () => {
  it('finds the active macro with exactly that title, following next_page', async () => {
    const { zaf, host } = connect(macroSearch);
    await expect(findMacroByTitle(zaf, INVOLVEMENT)).resolves.toEqual({ id: 360044444, title: INVOLVEMENT, actions: INVOLVEMENT_ACTIONS });
    expect(host.requests().map((options) => options.url)).toEqual([
      '/api/v2/macros/search.json?query=Involving%20Experts%3A%3ACommunity%20Involvement',
      '/api/v2/macros/search.json?page=2&query=Involving+Experts%3A%3ACommunity+Involvement',
    ]);
  });

  it('says which title is missing', async () => {
    const { zaf } = connect(macroSearch);
    const error = await findMacroByTitle(zaf, 'Involving Experts::Expert Responded').catch((failure: unknown) => failure);
    expect(error).toMatchObject({ code: 'not_found', details: { macroTitle: 'Involving Experts::Expert Responded' } });
    expect((error as Error).message).toContain('"Involving Experts::Expert Responded"');
  });
});

describe('the macro cache', () => {
  it('a warm open makes no request; after six hours it asks Zendesk again', async () => {
    const storage = memoryStorage();
    let now = Date.parse('2026-11-20T09:00:00Z');
    const cache = () => createMacroCache(storage, 360001, DEFAULT_MACRO_CACHE_TTL_MS, () => now);

    const cold = connect(macroSearch);
    await findMacroByTitle(cold.zaf, INVOLVEMENT, cache());
    expect(cold.host.requests()).toHaveLength(2);
    host?.close();

    now += 5 * 60 * 60 * 1000;
    const warm = connect(macroSearch);
    await expect(findMacroByTitle(warm.zaf, INVOLVEMENT, cache())).resolves.toEqual({ id: 360044444, title: INVOLVEMENT, actions: INVOLVEMENT_ACTIONS });
    expect(warm.host.requests()).toHaveLength(0);
    host?.close();

    now += 60 * 60 * 1000;
    const expired = connect(macroSearch);
    await findMacroByTitle(expired.zaf, INVOLVEMENT, cache());
    expect(expired.host.requests()).toHaveLength(2);
  });

  it('keeps each installation apart', () => {
    const storage = memoryStorage();
    createMacroCache(storage, 360001).set({ id: 360044444, title: INVOLVEMENT, actions: INVOLVEMENT_ACTIONS });
    expect(createMacroCache(storage, 360002).get(INVOLVEMENT)).toBeUndefined();
    expect(createMacroCache(storage, 360001).get(INVOLVEMENT)).toEqual({ id: 360044444, title: INVOLVEMENT, actions: INVOLVEMENT_ACTIONS });
  });

  it('falls back to memory when the partitioned iframe storage throws', () => {
    const blocked = {
      getItem: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    };
    const cache = createMacroCache(blocked, 360001);
    cache.set({ id: 360044444, title: INVOLVEMENT, actions: INVOLVEMENT_ACTIONS });
    expect(cache.get(INVOLVEMENT)).toEqual({ id: 360044444, title: INVOLVEMENT, actions: INVOLVEMENT_ACTIONS });
    cache.forget(INVOLVEMENT);
    expect(cache.get(INVOLVEMENT)).toBeUndefined();
  });

  it('ignores an entry it cannot read', () => {
    const storage = memoryStorage();
    storage.items.set('community-involvement:macros:360001', '{not json');
    expect(createMacroCache(storage, 360001).get(INVOLVEMENT)).toBeUndefined();
  });
});
