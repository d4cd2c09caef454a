import type { TicketFixture, ViaFixture } from '../../fixtures/types';

/** Tickets made from pasted tweets get ids from here on, clear of the fixtures (101–2xx). */
export const FIRST_PASTED_ID = 901;

/** What a person pastes to try the app on their own tweet (`POST /__sim/tickets`). */
export interface PastedTweet {
  /** Display name on X. */
  name: string;
  /** X handle, with or without `@`. */
  handle: string;
  /** The tweet's text. */
  text: string;
  /** The tweet's address, when known; the X channel puts it at the end of the comment as Zendesk does. */
  url: string;
  /** False for a direct message (`twitter_dm`). */
  isPublic: boolean;
}

const HANDLE = /^@?([A-Za-z0-9_]{1,15})$/;

/** Reads the form or JSON body; a sentence saying what to fix when something is missing or malformed. */
export function readPastedTweet(input: Record<string, unknown>): PastedTweet | string {
  const handle = HANDLE.exec(String(input.handle ?? '').trim())?.[1];
  if (!handle) return 'Give the author\'s X handle: 1–15 letters, digits or "_", with or without "@".';
  const text = String(input.text ?? '').trim();
  if (!text) return 'Paste the tweet\'s text.';
  const url = String(input.url ?? '').trim();
  if (url && !/^https?:\/\/\S+$/.test(url)) return 'The URL must start with https:// (or leave it empty).';
  const name = String(input.name ?? '').trim() || handle;
  return { name, handle, text, url, isPublic: input.public !== false };
}

/** The ticket Zendesk's X channel would create for the tweet, under `id`, as of `now` (ISO 8601, seconds). */
export function ticketFromTweet(tweet: PastedTweet, id: number, requesterId: number, now: string): TicketFixture {
  const requester = { id: requesterId, name: tweet.name, role: 'end-user' as const, handle: tweet.handle };
  const account = (handle: string, name: string) => ({ profile_url: `https://twitter.com/${handle}`, username: handle, name });
  const via: ViaFixture = {
    channel: tweet.isPublic ? 'twitter' : 'twitter_dm',
    source: { from: account(tweet.handle, tweet.name), to: account('gitlab', 'GitLab'), rel: tweet.isPublic ? null : 'direct_message' },
  };
  const body = tweet.url ? `${tweet.text} ${tweet.url}` : tweet.text;
  const link = tweet.url ? ` <a href="${escapeHtml(tweet.url)}" rel="noreferrer">${escapeHtml(tweet.url)}</a>` : '';
  return {
    id,
    subject: tweet.isPublic ? `Mention of @gitlab by @${tweet.handle}` : `Direct message from @${tweet.handle}`,
    status: 'new',
    tags: [],
    created_at: now,
    updated_at: now,
    requester,
    via,
    comments: [
      { id: 9_000_000 + id, author: requester, body, html_body: `<p>${escapeHtml(tweet.text)}${link}</p>`, public: true, created_at: now, via },
    ],
    // Nobody decided yet: the tests' expectations are for fixtures only.
    expected: { decision: 'skip', tweetUrl: null, isDirectMessage: !tweet.isPublic },
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
