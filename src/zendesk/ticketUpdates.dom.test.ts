import { afterEach, describe, expect, it } from 'vitest';
import { createZafHost, type RequestAnswer, type ZafHost } from './testing/zafHost';
import { TWEET_TICKET_ID, tweetTicketBody } from './testing/tweetTicket';
import { updateTicket } from './ticketUpdates';
import { createZafClient } from './zafClient';

const PERMALINK = 'https://gitlab.slack.com/archives/C0COMMUNITY/p1763630400123456';
const shareRecord = {
  addTags: ['ci_shared', 'ci_slack_c0community', 'ci_ts_1763630400_123456'],
  removeTags: ['ci_share_pending'],
  internalNote: `Shared to #community-involvement: ${PERMALINK}`,
};
const conflict: RequestAnswer = {
  kind: 'fail',
  status: 409,
  body: {
    error: 'UpdateConflict',
    description: 'Safe Update prevented the update due to outdated ticket data. Please fetch the latest ticket data and try again.',
  },
};

let host: ZafHost | undefined;
afterEach(() => host?.close());

/** A server whose ticket another agent keeps saving: the first `conflicts` PUTs meet a newer stamp. */
function busyTicket(conflicts: number) {
  let stamp = '2026-11-20T09:14:03Z';
  let puts = 0;
  host = createZafHost({
    onRequest: (options) => {
      if (options.type === 'PUT') {
        puts += 1;
        if (puts <= conflicts) {
          stamp = `2026-11-20T09:1${4 + puts}:00Z`;
          return conflict;
        }
        return { kind: 'done', body: tweetTicketBody('2026-11-20T09:30:00Z', ['twitter', 'mention', ...shareRecord.addTags]) };
      }
      return { kind: 'done', body: tweetTicketBody(stamp) };
    },
  });
  const sentPuts = () =>
    (host?.requests() ?? [])
      .filter((options) => options.type === 'PUT')
      .map((options) => JSON.parse(String(options.data)) as { ticket: Record<string, unknown> });
  return { zaf: createZafClient(host.client), puts: sentPuts };
}

describe('updateTicket', () => {
  it('records the share with safe_update, an internal note and no ZAF auto-retry', async () => {
    const { zaf, puts } = busyTicket(0);
    await expect(updateTicket(zaf, TWEET_TICKET_ID, shareRecord, '2026-11-20T09:14:03Z')).resolves.toEqual({
      tags: ['twitter', 'mention', ...shareRecord.addTags],
      updatedAt: '2026-11-20T09:30:00Z',
      status: 'open',
    });
    expect(puts()).toEqual([
      {
        ticket: {
          additional_tags: shareRecord.addTags,
          remove_tags: ['ci_share_pending'],
          comment: { body: shareRecord.internalNote, public: false },
          safe_update: true,
          updated_stamp: '2026-11-20T09:14:03Z',
        },
      },
    ]);
    expect(host?.requests()[0]).toMatchObject({ url: '/api/v2/tickets/4711.json', contentType: 'application/json', autoRetry: false });
  });

  it('after a 409 re-reads the ticket and retries with the new stamp', async () => {
    const { zaf, puts } = busyTicket(1);
    await expect(updateTicket(zaf, TWEET_TICKET_ID, shareRecord, '2026-11-20T09:14:03Z')).resolves.toMatchObject({
      updatedAt: '2026-11-20T09:30:00Z',
    });
    expect(puts().map(({ ticket }) => ticket.updated_stamp)).toEqual(['2026-11-20T09:14:03Z', '2026-11-20T09:15:00Z']);
    expect(host?.requests().map((options) => `${String(options.type)} ${String(options.url)}`)).toEqual([
      'PUT /api/v2/tickets/4711.json',
      'GET /api/v2/tickets/4711.json',
      'PUT /api/v2/tickets/4711.json',
    ]);
  });

  it('gives up with conflict after three 409s in a row', async () => {
    const { zaf, puts } = busyTicket(3);
    await expect(updateTicket(zaf, TWEET_TICKET_ID, shareRecord, '2026-11-20T09:14:03Z')).rejects.toMatchObject({
      code: 'conflict',
      details: { status: 409 },
    });
    expect(puts()).toHaveLength(3);
  });

  it('does not retry other failures', async () => {
    host = createZafHost({ onRequest: () => ({ kind: 'fail', status: 422, body: { error: 'RecordInvalid', description: 'Ticket is closed' } }) });
    const zaf = createZafClient(host.client);
    await expect(updateTicket(zaf, TWEET_TICKET_ID, shareRecord, '2026-11-20T09:14:03Z')).rejects.toMatchObject({ code: 'invalid' });
    expect(host.requests()).toHaveLength(1);
  });
});
