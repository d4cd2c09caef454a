import { buildShareMessage } from '../slack/shareMessage';
import { shareInputFor, type ShareInputArgs } from '../workflow/shareInput';
import { involve, type InvolvementDeps, type InvolvementProgress } from '../workflow/involve';
import { COMMUNITY_SHARE } from '../workflow/involvementKind';

export interface ShareRun {
  /** What the post shows. */
  input: ShareInputArgs;
  ticketId: number;
  macroTitle: string;
  internalNote: (permalink: string) => string;
  force?: boolean;
}

/**
 * Builds the Slack post and runs the share. Loaded on the first click, so the message builder, the Slack copy and
 * the transaction stay out of the bytes every ticket open pays for.
 */
export function runShare(deps: InvolvementDeps, run: ShareRun, start: InvolvementProgress, onProgress: (progress: InvolvementProgress) => void) {
  return involve(
    deps,
    {
      kind: COMMUNITY_SHARE,
      ticketId: run.ticketId,
      channel: run.input.channel,
      macroTitle: run.macroTitle,
      message: buildShareMessage(shareInputFor(run.input)),
      internalNote: run.internalNote,
      force: run.force,
    },
    start,
    onProgress,
  );
}
