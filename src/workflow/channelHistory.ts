import { SlackError } from '../slack/errors';
import { readInvolvementMetadata } from '../slack/metadata';
import { WorkflowError } from './errors';
import type { InvolvementKind } from './involvementKind';
import type { SlackPort } from './ports';

/** How far before a pending marker the history is searched (clocks of Zendesk, Slack and the browser differ). */
const CLOCK_SLACK_MS = 5 * 60_000;
/** Without a marker time, how far back a share is looked for. */
const DEFAULT_LOOKBACK_MS = 24 * 60 * 60_000;

/**
 * Finds the open post of this kind this app made for the ticket (its metadata names the kind and the ticket) in
 * recent channel history, with its metadata payload. A withdrawn post is not it: after a withdrawal the ticket is posted again. Needs
 * `channels:history`; without it the post cannot be verified unless the advocate forces it.
 */
export async function findSharedMessage(
  slack: SlackPort,
  request: { kind: InvolvementKind; ticketId: number; channel: string; force?: boolean },
  since: number | null,
  now: number,
): Promise<{ ts: string; payload: Record<string, unknown> } | null> {
  const from = (since ?? now - DEFAULT_LOOKBACK_MS) - CLOCK_SLACK_MS;
  try {
    const history = await slack.conversations.history({
      channel: request.channel,
      oldest: (from / 1000).toFixed(6),
      include_all_metadata: true,
      limit: 200,
    });
    for (const message of history.messages ?? []) {
      const metadata = readInvolvementMetadata(message, request.kind.eventType);
      if (message.ts && metadata !== null && metadata.ticketId === request.ticketId && metadata.status !== 'withdrawn') return { ts: message.ts, payload: metadata.payload };
    }
    return null;
  } catch (error) {
    if (error instanceof SlackError && error.slackError === 'missing_scope') {
      if (request.force) return null;
      throw new WorkflowError('cannot_verify', 'The channel history cannot be read to check an interrupted share', {
        channel: request.channel,
      });
    }
    throw error;
  }
}
