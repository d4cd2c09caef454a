/**
 * A public X mention as Zendesk holds it: what ZAF's `get` returns for the sidebar, and the REST payloads of the
 * same ticket. Shapes follow the Via object reference and the Ticket Comments API.
 */
export const TWEET_TICKET_ID = 4711;

const tweet =
  'Just moved our monorepo CI to @gitlab merge trains and our main branch has been green for 3 weeks straight. ' +
  'Huge thanks to the team! https://x.com/priya_builds/status/1861234567890123456';

export const tweetVia = {
  channel: 'twitter',
  source: {
    from: { profile_url: 'https://x.com/priya_builds', username: 'priya_builds', name: 'Priya Raman' },
    to: { profile_url: 'https://x.com/gitlab', username: 'gitlab', name: 'GitLab' },
    rel: null,
  },
};

/** What the host answers for the snapshot paths. */
export const tweetTicketValues: Record<string, unknown> = {
  'ticket.id': TWEET_TICKET_ID,
  'ticket.subject': 'Just moved our monorepo CI to @gitlab merge trains and our main branch has been…',
  'ticket.description': tweet,
  'ticket.status': 'open',
  'ticket.tags': ['twitter', 'mention'],
  'ticket.updatedAt': '2026-11-20T09:14:03Z',
  'ticket.via': tweetVia,
  'ticket.requester': {
    id: 90210,
    name: 'Priya Raman',
    email: null,
    identities: [{ type: 'twitter', value: 'priya_builds' }],
  },
  currentUser: { id: 501, name: 'Alice Advocate', role: 'agent', locale: 'en-US' },
  colorScheme: 'light',
};

/** `GET /api/v2/tickets/4711/comments.json?include=users` */
export const tweetCommentsBody = {
  comments: [
    {
      id: 88001,
      type: 'Comment',
      author_id: 90210,
      body: tweet,
      html_body: `<div class="zd-comment"><p>${tweet.replace(
        'https://x.com/priya_builds/status/1861234567890123456',
        '<a href="https://x.com/priya_builds/status/1861234567890123456">https://x.com/priya_builds/status/1861234567890123456</a>',
      )}</p></div>`,
      plain_body: tweet,
      public: true,
      created_at: '2026-11-20T09:12:41Z',
      via: tweetVia,
      metadata: { system: {}, custom: {} },
    },
    {
      id: 88002,
      type: 'Comment',
      author_id: 501,
      body: 'Lovely one for #community-involvement.',
      html_body: '<div class="zd-comment"><p>Lovely one for #community-involvement.</p></div>',
      plain_body: 'Lovely one for #community-involvement.',
      public: false,
      created_at: '2026-11-20T09:14:03Z',
      via: { channel: 'web', source: { from: {}, to: {}, rel: null } },
      metadata: { system: {}, custom: {} },
    },
  ],
  users: [
    { id: 90210, name: 'Priya Raman', role: 'end-user' },
    { id: 501, name: 'Alice Advocate', role: 'agent' },
  ],
  next_page: null,
  previous_page: null,
  count: 2,
};

/** `GET /api/v2/tickets/4711.json` */
export function tweetTicketBody(updatedAt: string, tags: string[] = ['twitter', 'mention']) {
  return {
    ticket: {
      id: TWEET_TICKET_ID,
      url: `https://gitlab.zendesk.com/api/v2/tickets/${TWEET_TICKET_ID}.json`,
      subject: tweetTicketValues['ticket.subject'],
      description: tweet,
      status: 'open',
      tags,
      created_at: '2026-11-20T09:12:41Z',
      updated_at: updatedAt,
      requester_id: 90210,
      via: tweetVia,
    },
  };
}
