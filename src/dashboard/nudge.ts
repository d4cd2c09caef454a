import type { SlackPort } from '../slack/port';
import type { Clock } from '../workflow/ports';
import { NUDGE_EVENT_TYPE, readThreadFacts, utcDay } from './threadFacts';

/** A share to nudge, and the words of the nudge (in the channel's language). */
export interface NudgeRequest {
  channel: string;
  ts: string;
  ticketId: number;
  text: string;
}

/** `posted`, or `already_today` when the thread already holds our nudge of this (UTC) day. */
export type NudgeOutcome = 'posted' | 'already_today';

/**
 * Posts one thread reply asking for a volunteer, at most once per share per day. The guard that survives a reload,
 * another tab or another advocate is the thread itself: before posting, the thread is read for our nudge of today
 * (its metadata names the day). A second click while the first is on its way gets the first one's answer.
 */
export function createNudger(slack: SlackPort, clock: Clock): (request: NudgeRequest) => Promise<NudgeOutcome> {
  const inFlight = new Map<string, Promise<NudgeOutcome>>();
  return (request) => {
    const key = `${request.channel}:${request.ts}`;
    const running = inFlight.get(key);
    if (running) return running;
    const attempt = nudgeOnce(slack, clock, request).finally(() => inFlight.delete(key));
    inFlight.set(key, attempt);
    return attempt;
  };
}

async function nudgeOnce(slack: SlackPort, clock: Clock, request: NudgeRequest): Promise<NudgeOutcome> {
  const today = utcDay(clock.now());
  const thread = await slack.conversations.replies({ channel: request.channel, ts: request.ts, limit: 200, include_all_metadata: true });
  if (readThreadFacts(thread, '').nudgeDays.includes(today)) return 'already_today';
  await slack.chat.postMessage({
    channel: request.channel,
    thread_ts: request.ts,
    text: request.text,
    metadata: { event_type: NUDGE_EVENT_TYPE, event_payload: { ticket_id: request.ticketId, day: today } },
    unfurl_links: false,
    unfurl_media: false,
  });
  return 'posted';
}
