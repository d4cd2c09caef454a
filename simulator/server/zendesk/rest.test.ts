import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { startForTest, type SimulatorUnderTest } from '../testSupport';

let sut: SimulatorUnderTest;
beforeEach(async () => {
  sut ??= await startForTest();
  await sut.post('/__sim/reset');
});
afterAll(() => sut?.simulator.close());

type TicketBody = { ticket: { tags: string[]; updated_at: string; status: string; description: string; via: { channel: string } } };

const put = (id: number, ticket: Record<string, unknown>) =>
  sut.zafRequest({ url: `/api/v2/tickets/${id}.json`, type: 'PUT', contentType: 'application/json', data: JSON.stringify({ ticket }) });

describe('Zendesk REST emulator', () => {
  it('shows a tweet ticket with its X via and description', async () => {
    const answer = await sut.zafRequest({ url: '/api/v2/tickets/101.json' });
    expect(answer.kind).toBe('done');
    const { ticket } = (answer as { body: TicketBody }).body;
    expect(ticket.via.channel).toBe('twitter');
    expect(ticket.description).toContain('Jenkins to @gitlab CI');
    expect(ticket.updated_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('refuses a safe_update with a stale stamp with 409 UpdateConflict and keeps the ticket', async () => {
    const answer = await put(101, { additional_tags: ['ci_shared'], safe_update: true, updated_stamp: '2026-11-22T08:00:00Z' });
    expect(answer).toMatchObject({ kind: 'fail', status: 409, responseJSON: { error: 'UpdateConflict' } });
    const ticket = await sut.get<{ tags: string[] }>('/__sim/tickets/101');
    expect(ticket.tags).not.toContain('ci_shared');
  });

  it('adds tags without dropping the ones already there, and moves updated_at forward every time', async () => {
    const before = await sut.get<{ updated_at: string }>('/__sim/tickets/120');
    const first = await put(120, { additional_tags: ['ci_responded'], safe_update: true, updated_stamp: before.updated_at });
    const second = await put(120, { remove_tags: ['ci_share_pending'], additional_tags: ['CI_Extra'] });
    const one = (first as { body: TicketBody }).body.ticket;
    const two = (second as { body: TicketBody }).body.ticket;
    expect(one.tags).toEqual(expect.arrayContaining(['community_involvement', 'ci_shared', 'ci_responded']));
    expect(two.tags).toContain('ci_extra');
    expect(Date.parse(one.updated_at)).toBeGreaterThan(Date.parse(before.updated_at));
    expect(Date.parse(two.updated_at)).toBeGreaterThan(Date.parse(one.updated_at));
  });

  it('refuses any change to a closed ticket with 422', async () => {
    const answer = await put(122, { additional_tags: ['ci_shared'] });
    expect(answer).toMatchObject({ kind: 'fail', status: 422, responseJSON: { error: 'RecordInvalid' } });
  });

  it('lists comments with their authors only when include=users is asked for', async () => {
    const withUsers = await sut.zafRequest({ url: '/api/v2/tickets/121/comments.json?include=users' });
    const body = (withUsers as { body: { comments: { author_id: number; public: boolean; type: string }[]; users: { id: number; name: string; role: string }[] } }).body;
    expect(body.comments.map((comment) => comment.public)).toEqual([true, false, true]);
    expect(body.users.find((user) => user.id === body.comments[2]!.author_id)).toMatchObject({ name: 'Jane Park', role: 'end-user' });
    const without = await sut.zafRequest({ url: '/api/v2/tickets/121/comments.json' });
    expect((without as { body: Record<string, unknown> }).body.users).toBeUndefined();
  });

  it('writes an internal note as the agent', async () => {
    await put(101, { comment: { body: 'Shared to #community-involvement', public: false } });
    const ticket = await sut.get<{ comments: { author_name: string; public: boolean; body: string }[] }>('/__sim/tickets/101');
    expect(ticket.comments.at(-1)).toMatchObject({ author_name: 'Alex Advocate', public: false, body: 'Shared to #community-involvement' });
  });

  it('finds macros by a case-insensitive piece of the title, inactive ones included; active.json leaves those out', async () => {
    const search = await sut.zafRequest({ url: '/api/v2/macros/search.json?query=involving%20experts::community' });
    const titles = (search as { body: { macros: { title: string; active: boolean }[] } }).body.macros.map((macro) => macro.title);
    expect(titles).toEqual(['Involving Experts::Community Involvement', 'Involving Experts::Community Involvement (old)']);
    const active = await sut.zafRequest({ url: '/api/v2/macros/active.json' });
    expect((active as { body: { macros: { active: boolean }[] } }).body.macros.every((macro) => macro.active)).toBe(true);
  });

  it('answers users/me with the signed-in advocate', async () => {
    const answer = await sut.zafRequest({ url: '/api/v2/users/me.json' });
    expect(answer).toMatchObject({ kind: 'done', body: { user: { name: 'Alex Advocate', role: 'agent' } } });
  });

  it("applies the agent's Submit and a team member's X reply reopens the ticket", async () => {
    const submitted = await sut.post('/__sim/tickets/101/submit', { tagsAdded: ['community_involvement'], tagsRemoved: [], status: 'pending', macros: [360001] });
    expect(submitted.body).toMatchObject({ status: 'pending', macros_applied: [{ id: 360001, title: 'Involving Experts::Community Involvement' }] });
    const replied = await sut.post('/__sim/tickets/101/replies', { name: 'Jane Park', handle: '@jane_ships_it', body: '@sarah_codes love this, thanks for sharing! 🙌' });
    expect(replied.body).toMatchObject({ status: 'open' });
    const last = (replied.body as { comments: { public: boolean; via: { channel: string }; author_name: string }[] }).comments.at(-1);
    expect(last).toMatchObject({ public: true, author_name: 'Jane Park', via: { channel: 'twitter' } });
  });
});
