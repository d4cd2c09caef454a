import { dashboardWorld, EXPERT_CHANNEL_FIXTURE, generateShares, OLDER_SHARES, RECENT_SHARES } from '../fixtures/dashboard';
import type { Fixtures } from '../fixtures';
import type { Simulation } from './simulation';

/** The fixtures plus the dashboard's six weeks of past shares, dated back from `now` (the reset). */
export function withDashboardShares(fixtures: Fixtures, now: number): Fixtures {
  const world = dashboardWorld([...RECENT_SHARES, ...OLDER_SHARES], now);
  const channels = fixtures.slack.channels.some((channel) => channel.id === EXPERT_CHANNEL_FIXTURE.id)
    ? fixtures.slack.channels
    : [...fixtures.slack.channels, EXPERT_CHANNEL_FIXTURE];
  return {
    ...fixtures,
    tickets: [...fixtures.tickets, ...world.tickets],
    slack: { ...fixtures.slack, channels, messages: [...fixtures.slack.messages, ...world.messages] },
  };
}

/** Tickets of generated shares start here, clear of every fixture range. */
export const GENERATED_FIRST_ID = 100_001;
/** More than a dashboard range could list is a mistake in the request, not a load test. */
const MAX_GENERATED = 20_000;

/** `POST /__sim/dashboard/generate {count}`: `count` more shares over the last 14 days, for load tests. */
export function generateDashboardShares(sim: Simulation, count: number): { count: number; firstId: number } | string {
  if (!Number.isInteger(count) || count < 1 || count > MAX_GENERATED) return `Send { count } between 1 and ${MAX_GENERATED}.`;
  const firstId = GENERATED_FIRST_ID + sim.desk.list().filter((ticket) => ticket.id >= GENERATED_FIRST_ID).length;
  const world = dashboardWorld(generateShares(count, firstId), Date.now());
  for (const ticket of world.tickets) sim.desk.add(ticket);
  sim.slack.addPast(world.messages);
  sim.events.broadcast({ type: 'slack' });
  return { count, firstId };
}
