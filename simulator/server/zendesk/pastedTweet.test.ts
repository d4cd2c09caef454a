import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { startForTest, type SimulatorUnderTest } from '../testSupport';

let sut: SimulatorUnderTest;
beforeEach(async () => {
  sut ??= await startForTest();
  await sut.post('/__sim/reset');
});
afterAll(() => sut?.simulator.close());

const TWEET = { name: 'Dana Lee', handle: '@dana_ships', text: 'Moved our CI to @gitlab today, 3x faster.', url: 'https://x.com/dana_ships/status/1870000000000000001' };

describe('POST /__sim/tickets: a ticket from a pasted tweet', () => {
  it('creates a public mention with ids from 901, the URL at the end of the comment, listed in the state', async () => {
    const first = await sut.post('/__sim/tickets', { ...TWEET, public: true });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ id: 901, status: 'new', comments: [{ author_name: 'Dana Lee', public: true, body: `${TWEET.text} ${TWEET.url}` }] });
    const second = await sut.post('/__sim/tickets', { ...TWEET, url: '', public: false });
    expect(second.body).toMatchObject({ id: 902 });

    const rest = await sut.zafRequest({ url: '/api/v2/tickets/902.json' });
    expect(rest).toMatchObject({ kind: 'done', body: { ticket: { subject: 'Direct message from @dana_ships', via: { channel: 'twitter_dm' } } } });
    const state = await sut.get<{ tickets: { id: number; subject: string }[] }>('/__sim/state?ticket=901');
    expect(state.tickets.slice(-2)).toEqual([
      { id: 901, subject: 'Mention of @gitlab by @dana_ships' },
      { id: 902, subject: 'Direct message from @dana_ships' },
    ]);
  });

  it('says what to fix for a bad handle, no text or a URL that is not one, and creates nothing', async () => {
    expect(await sut.post('/__sim/tickets', { ...TWEET, handle: 'not a handle' })).toMatchObject({ status: 400, body: { error: expect.stringContaining('handle') } });
    expect(await sut.post('/__sim/tickets', { ...TWEET, text: '  ' })).toMatchObject({ status: 400, body: { error: expect.stringContaining('text') } });
    expect(await sut.post('/__sim/tickets', { ...TWEET, url: 'x.com/dana' })).toMatchObject({ status: 400, body: { error: expect.stringContaining('URL') } });
    const state = await sut.get<{ tickets: { id: number }[] }>('/__sim/state');
    expect(state.tickets.map((ticket) => ticket.id)).not.toContain(901);
  });

  it('a reset takes the pasted tickets away', async () => {
    await sut.post('/__sim/tickets', TWEET);
    await sut.post('/__sim/reset');
    const state = await sut.get<{ tickets: { id: number }[] }>('/__sim/state');
    expect(state.tickets.map((ticket) => ticket.id)).not.toContain(901);
  });
});
