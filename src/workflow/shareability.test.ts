import { describe, expect, test } from 'vitest';
import { linkByOtherAuthor, shareBlocker, type ShareabilityInput } from './shareability';

const READY: ShareabilityInput = {
  channelId: 'C0COMMUNITY',
  setupBroken: false,
  ticketStatus: 'new',
  post: { url: 'https://x.com/ahmed_writes_go/status/1861234567890123456', isPublic: true, enabled: true },
  marker: { state: 'none', withdrawn: false },
};

describe('why Share is off', () => {
  test('a public tweet with its URL on an open ticket can be shared', () => {
    expect(shareBlocker(READY)).toBeNull();
  });

  test('a closed ticket cannot be shared: Zendesk refuses every change to it', () => {
    expect(shareBlocker({ ...READY, ticketStatus: 'closed' })).toBe('ticket_closed');
  });

  test('a solved ticket can still be shared (Zendesk accepts changes until it closes)', () => {
    expect(shareBlocker({ ...READY, ticketStatus: 'solved' })).toBeNull();
  });

  test('the setup comes first: an admin must fix it before anything else matters', () => {
    expect(shareBlocker({ ...READY, setupBroken: true, ticketStatus: 'closed', post: { ...READY.post, url: null } })).toBe('setup_broken');
  });

  test('a shared ticket says so, whatever else is true', () => {
    expect(shareBlocker({ ...READY, ticketStatus: 'closed', marker: { state: 'shared', channel: 'C0COMMUNITY', ts: '1.2', responded: false } })).toBe('already_shared');
  });

  test('a private message (an X DM, a Facebook page message) is never shared', () => {
    expect(shareBlocker({ ...READY, post: { ...READY.post, isPublic: false } })).toBe('private_message');
  });

  test('a post from a source turned off in the settings cannot be shared, even private or without a link', () => {
    expect(shareBlocker({ ...READY, post: { url: null, isPublic: false, enabled: false } })).toBe('source_off');
  });

  test('a public post without a link asks for one', () => {
    expect(shareBlocker({ ...READY, post: { ...READY.post, url: null } })).toBe('no_url');
    expect(shareBlocker({ ...READY, urlInvalid: true })).toBe('url_invalid');
    expect(shareBlocker({ ...READY, otherAuthorUnconfirmed: true })).toBe('url_other_author');
  });
});

describe('linkByOtherAuthor', () => {
  const author = { name: 'Ahmed', handle: 'ahmed_writes_go' };
  const link = (handle?: string) => ({ platform: 'x' as const, url: 'https://x.com/a/status/1', kind: 'post' as const, thread: '', handle });
  test("an X link names its author: another handle than the ticket's is flagged, case aside", () => {
    expect(linkByOtherAuthor({ author, link: link('someone_else') })).toBe(true);
    expect(linkByOtherAuthor({ author, link: link('Ahmed_Writes_Go') })).toBe(false);
  });
  test('links that do not name their author, and authors without a handle, are never flagged', () => {
    expect(linkByOtherAuthor({ author, link: link(undefined) })).toBe(false);
    expect(linkByOtherAuthor({ author: { name: 'Ahmed' }, link: link('someone_else') })).toBe(false);
    expect(linkByOtherAuthor({ author, link: null })).toBe(false);
  });
});
