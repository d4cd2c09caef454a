import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { RECENT_SHARES } from '../../fixtures/dashboard';
import { startForTest, type SimulatorUnderTest } from '../testSupport';

let sut: SimulatorUnderTest;
beforeEach(async () => {
  sut ??= await startForTest();
  await sut.post('/__sim/reset');
});
afterAll(() => sut?.simulator.close());

interface SearchBody {
  results: { id: number; tags: string[]; result_type: string; updated_at: string }[];
  next_page: string | null;
  count: number;
}
const search = async (query: string, extra = '') => {
  const answer = await sut.zafRequest({ url: `/api/v2/search.json?query=${encodeURIComponent(query)}${extra}`, type: 'GET' });
  return answer as { kind: string; status: number; body: SearchBody };
};

describe('Zendesk search', () => {
  it('finds tickets by tag, newest change first, in Zendesk\'s result shape', async () => {
    const { body } = await search('type:ticket tags:ci_expert_asked');
    expect(body.results.map((ticket) => ticket.id)).toEqual(expect.arrayContaining([1019, 1020, 1021]));
    expect(body.results.every((ticket) => ticket.result_type === 'ticket' && ticket.tags.includes('ci_expert_asked'))).toBe(true);
    const times = body.results.map((ticket) => ticket.updated_at);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('pages by next_page and narrows by updated>', async () => {
    const first = await search('type:ticket tags:ci_shared', '&per_page=10');
    expect(first.body.results).toHaveLength(10);
    expect(first.body.next_page).toMatch(/^https:\/\/gitlab-sim\.zendesk\.com\/api\/v2\/search\.json\?page=2&per_page=10&query=/);
    const recentIds = RECENT_SHARES.filter((share) => share.kind === 'share' && !share.withdrawn && share.hoursAgo < 24).map((share) => share.id);
    const since = new Date(Date.now() - 24 * 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const recent = await search(`type:ticket tags:ci_shared updated>${since}`);
    expect(recent.body.results.map((ticket) => ticket.id)).toEqual(expect.arrayContaining(recentIds));
    expect(recent.body.results.some((ticket) => ticket.id === 1018)).toBe(false);
  });

  it('refuses an empty query and a page past the 1,000th result', async () => {
    expect(await search('')).toMatchObject({ status: 400 });
    expect(await search('type:ticket', '&page=11&per_page=100')).toMatchObject({ status: 422 });
  });

  it('generates shares for load on request', async () => {
    const generated = await sut.post('/__sim/dashboard/generate', { count: 250 });
    expect(generated).toMatchObject({ status: 200, body: { count: 250, firstId: 100001 } });
    const { body } = await search('type:ticket tags:ci_shared');
    expect(body.count).toBeGreaterThan(250);
    expect(await sut.post('/__sim/dashboard/generate', { count: 0 })).toMatchObject({ status: 400 });
  });
});
