import { buildExpertRequest, type ExpertRequestInput } from '../slack/expertMessage';
import { involve, type InvolvementDeps, type InvolvementProgress } from '../workflow/involve';
import { EXPERT_REQUEST } from '../workflow/involvementKind';

/** One expert request as the panel describes it. */
export interface ExpertAskRun {
  input: ExpertRequestInput;
  macroTitle: string;
  internalNote: (permalink: string, posted: Readonly<Record<string, unknown>>) => string;
  force?: boolean;
}

/**
 * Builds the request post and runs the one transaction with the expert kind. Loaded on the first click, like the
 * share's builder, so the message and the transaction stay out of every ticket open.
 */
export function runExpertRequest(deps: InvolvementDeps, ask: ExpertAskRun, start: InvolvementProgress, onProgress: (progress: InvolvementProgress) => void) {
  return involve(
    deps,
    {
      kind: EXPERT_REQUEST,
      ticketId: ask.input.ticket.id,
      channel: ask.input.channel,
      macroTitle: ask.macroTitle,
      message: buildExpertRequest(ask.input),
      internalNote: ask.internalNote,
      force: ask.force,
    },
    start,
    onProgress,
  );
}
