import { buildShareMessage } from '../../slack/shareMessage';
import { praiseShare } from '../../slack/testing/shareInputs';
import { EXPERT_REQUEST_EVENT_TYPE } from '../../slack/expertMessage';
import type { ShareRow, ShareState } from '../shareRow';

/** 2026-11-24T15:00:00Z, the fake clock's start: "now" in these tests. */
export const NOW = Date.parse('2026-11-24T15:00:00Z');
export const HOUR = 3_600_000;

/** A Slack ts `hoursAgo` before NOW. */
export function tsAgo(hoursAgo: number, micros = 100): string {
  return `${Math.floor((NOW - hoursAgo * HOUR) / 1000)}.${String(micros).padStart(6, '0')}`;
}

/** A share post as `conversations.history` returns it (blocks from the app's own builder, as Slack stores them). */
export function sharePost(options: {
  ticketId: number;
  ts: string;
  status?: 'open' | 'responded' | 'withdrawn';
  category?: 'positive_feedback' | 'product' | 'support';
  sharedBy?: string;
  eyes?: string[];
  done?: string[];
  replies?: { users: string[]; latest: string };
  editedTs?: string;
}) {
  const message = buildShareMessage(
    praiseShare({ ticket: { id: options.ticketId, url: `https://gitlab-sim.zendesk.com/agent/tickets/${options.ticketId}` }, sharedBy: options.sharedBy ?? 'Alex Advocate', category: options.category ?? 'positive_feedback' }),
  );
  const reactions = [
    ...(options.eyes?.length ? [{ name: 'eyes', users: options.eyes, count: options.eyes.length }] : []),
    ...(options.done?.length ? [{ name: 'white_check_mark', users: options.done, count: options.done.length }] : []),
  ];
  return {
    type: 'message',
    user: 'U0BOT',
    bot_id: 'B0BOT',
    ts: options.ts,
    text: message.text,
    blocks: message.blocks,
    metadata: { ...message.metadata, event_payload: { ...message.metadata.event_payload, status: options.status ?? 'open' } },
    ...(reactions.length ? { reactions } : {}),
    ...(options.replies
      ? { thread_ts: options.ts, reply_count: options.replies.users.length, reply_users: [...new Set(options.replies.users)], latest_reply: options.replies.latest }
      : {}),
    ...(options.editedTs ? { edited: { user: 'U0BOT', ts: options.editedTs } } : {}),
  };
}

/** An expert request post (metadata per docs/design/round-2.md). */
export function expertPost(options: { ticketId: number; ts: string; area: string; status?: 'open' | 'responded' | 'withdrawn' }) {
  return {
    type: 'message',
    user: 'U0BOT',
    bot_id: 'B0BOT',
    ts: options.ts,
    text: 'An expert question',
    blocks: [{ type: 'rich_text', elements: [{ type: 'rich_text_quote', elements: [{ type: 'text', text: 'Does the runner support arm64 on Graviton?' }] }] }],
    metadata: {
      event_type: EXPERT_REQUEST_EVENT_TYPE,
      event_payload: { ticket_id: options.ticketId, post_url: 'https://news.ycombinator.com/item?id=42', platform: 'hacker_news', area: options.area, expert: '', status: options.status ?? 'open' },
    },
  };
}

/** A person's thread reply, as `conversations.replies` returns it. */
export function personReply(user: string, name: string, ts: string, text = 'On it 👀') {
  return { type: 'message', user, ts, text, user_profile: { name: user.toLowerCase(), real_name: name, display_name: name } };
}

/** A ticket as `GET /api/v2/search.json` lists it. */
export function searchTicket(id: number, tags: string[], updatedAt = '2026-11-24T10:00:00Z') {
  return {
    id,
    url: `https://gitlab-sim.zendesk.com/api/v2/tickets/${id}.json`,
    result_type: 'ticket',
    subject: `Mention of @gitlab by @oss_ollie`,
    description: 'we finally moved all 400 repos over the weekend. The importer kept every issue, label and MR comment.',
    status: 'open',
    tags,
    created_at: '2026-11-20T09:00:00Z',
    updated_at: updatedAt,
    via: { channel: 'twitter', source: { from: { username: 'oss_ollie', name: 'Oliver Grant' }, to: {}, rel: null } },
  };
}

/** A row as the join builds it, `ageHours` before NOW, with claim and reply times in hours after the post. */
export function row(ticketId: number, state: ShareState, options: Partial<ShareRow> & { ageHours: number; claimAfterHours?: number; replyAfterHours?: number }): ShareRow {
  const sharedAt = NOW - options.ageHours * HOUR;
  return {
    kind: 'share', ticketId, channel: 'C0COMMUNITY', ts: `${sharedAt / 1000}.000100`, sharedAt, sharedBy: 'Alex Advocate', excerpt: '', author: '', postUrl: '',
    category: 'product', area: '', claimedBy: [], answeredBy: [], replyCount: 0,
    firstReplyAt: options.claimAfterHours === undefined ? null : sharedAt + options.claimAfterHours * HOUR,
    respondedAt: options.replyAfterHours === undefined ? null : sharedAt + options.replyAfterHours * HOUR,
    state,
    ...options,
  };
}
