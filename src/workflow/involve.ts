import type { ChatPostMessageArguments } from '@slack/web-api';
import { SlackError } from '../slack/errors';
import { ZendeskError } from '../zendesk/errors';
import type { MacroRef } from '../zendesk/macroCache';
import { asStepError, WorkflowError } from './errors';
import { findSharedMessage } from './channelHistory';
import { macroEffects, type MacroEffects } from './macroEffects';
import type { Clock, SlackPort, TicketChange, TicketState, ZendeskPort } from './ports';
import type { InvolvementKind } from './involvementKind';
import { readMarker } from './involvementMarker';
import { doneTags, pendingTags, pendingTagsIn } from './involvementTags';
import type { InvolvementStepId } from './involvementStart';
import { createRun, type StepsProgress } from './steps';
import { writeToTicket } from './ticketWrite';

export type { StepStatus } from './steps';

export { INVOLVEMENT_STEPS, startInvolvement, type InvolvementStepId } from './involvementStart';

/**
 * How long a pending marker without a Slack message is taken to be a share still under way elsewhere (another
 * tab, or a request from before a reload). Longer than the adapter's 20 s request timeout, so a post that was
 * sent is in the channel history before the marker counts as abandoned.
 */
export const PENDING_GRACE_MS = 30_000;

/** One post of one kind: the kind says which tags and metadata mark it, the rest is this ticket's. */
export interface InvolvementRequest {
  kind: InvolvementKind;
  ticketId: number;
  /** Slack channel id (`C…`). */
  channel: string;
  macroTitle: string;
  /** The `chat.postMessage` arguments (`buildShareMessage`, `buildExpertRequest`), with the kind's metadata. */
  message: ChatPostMessageArguments;
  /**
   * The internal note recorded on the ticket, given the Slack permalink and the metadata payload of the post in the
   * channel (after a reload or in another tab, the post may be one another run made, for another expert).
   */
  internalNote: (permalink: string, posted: Readonly<Record<string, unknown>>) => string;
  /** Post even though an interrupted run cannot be checked in the channel (the advocate looked). */
  force?: boolean;
}

/** Everything a run knows so far; the retry resumes from it. */
export interface InvolvementProgress extends StepsProgress<InvolvementStepId> {
  /** The saved ticket as last seen. */
  ticket: TicketState;
  /** What the macro does, saved on the ticket with the record (absent when the macro is missing). */
  macro?: MacroEffects;
  ts?: string;
  /** The metadata payload of the post another run made, when this run found it in the channel instead of posting. */
  found?: Record<string, unknown>;
  /** The channel of the post: the request's, or where an interrupted attempt posted (its pending marker says). */
  channel?: string;
  permalink?: string;
  /** What is known about our own `chat.postMessage`: `unknown` after a timeout or a dropped reply. */
  post: 'not_sent' | 'posted' | 'unknown' | 'rejected';
  /** The macro was not found and the kind posts without it: the panel says so, the post still goes out. */
  macroMissing?: boolean;
  /** Set when this tab wrote the pending marker. */
  pendingSince?: number;
  /** The ticket turned out to be shared already (another tab or agent); nothing else was done. */
  alreadyShared?: { channel: string; ts: string };
}

export interface InvolvementDeps {
  zendesk: ZendeskPort;
  slack: SlackPort;
  clock: Clock;
}


/**
 * Runs one involvement (a community share, an expert request) from the first step that is not done: read the
 * macro and mark the ticket pending, post to Slack, get the permalink, then record the post and save the macro's
 * changes on the ticket in one `safe_update`. Never posts twice: a pending marker or an unknown post outcome is
 * resolved from the channel history first. The macro is saved, not put in the editor, so a reload, a ticket
 * switch or another agent's save before Submit cannot lose it, and a retried write cannot apply it twice.
 */
export async function involve(
  deps: InvolvementDeps,
  request: InvolvementRequest,
  start: InvolvementProgress,
  onProgress: (progress: InvolvementProgress) => void,
): Promise<InvolvementProgress> {
  const { run, update, finish, get } = createRun<InvolvementStepId, InvolvementProgress>(deps.clock, start, onProgress);
  // A retry, or a second tab, must not trust the snapshot the panel loaded with.
  const context: RunContext = { deps, request, get, update, rereadTicket: start.steps.prepare === 'failed' };
  return finish(async () => {
    await run('prepare', () => prepare(context));
    if (get().alreadyShared) return;
    await run('post', () => post(context));
    await run('permalink', () => permalink(context));
    await run('record', () => record(context));
  });
}

interface RunContext {
  deps: InvolvementDeps;
  request: InvolvementRequest;
  get: () => InvolvementProgress;
  update: (change: Partial<InvolvementProgress>) => void;
  /** Read the saved ticket before deciding, instead of using the panel's snapshot. */
  rereadTicket?: boolean;
}

/** Resolves the macro and writes the pending marker, unless the ticket is shared or being shared already. */
async function prepare(context: RunContext): Promise<void> {
  const { deps, request, get, update } = context;
  const [found, reread] = await Promise.allSettled([
    deps.zendesk.findMacro(request.macroTitle),
    context.rereadTicket ? deps.zendesk.readTicket(request.ticketId) : Promise.resolve(get().ticket),
  ]);
  if (reread.status === 'rejected') throw reread.reason;
  // The macro is read before the ticket is marked: one the app cannot save stops the run with nothing done.
  if (found.status === 'rejected') {
    if (!(request.kind.withoutMacro === 'post' && found.reason instanceof ZendeskError && found.reason.code === 'not_found')) throw found.reason;
    update({ macroMissing: true });
  } else {
    update({ macro: readMacro(found.value) });
  }
  let ticket = reread.value;
  for (;;) {
    const marker = readMarker(request.kind, ticket.tags);
    if (marker.state === 'shared') {
      update({ ticket, alreadyShared: { channel: marker.channel, ts: marker.ts } });
      return;
    }
    if (marker.state === 'pending') {
      update({ ticket });
      if (get().pendingSince === undefined || get().post === 'unknown') {
        await resolveInterruptedPost(context, marker.since, marker.channel);
        if (get().post !== 'posted' && marker.channel !== null && marker.channel !== request.channel) {
          await moveMarker(context, marker.since);
        }
      }
      break;
    }
    const now = deps.clock.now();
    // Two tabs can write the same pending tags in the same second: only our own successful write makes it ours.
    const write = await writeToTicket(deps.zendesk, request.ticketId, ticket, () => ({ addTags: pendingTags(request.kind, now, request.channel) }), (fresh) => readMarker(request.kind, fresh.tags).state !== 'none');
    ticket = write.ticket;
    if (write.wrote) {
      update({ ticket, pendingSince: now });
      break;
    }
  }
}

/**
 * An abandoned attempt (nothing posted, past the grace period) named another channel: the advocate picked another
 * area since. The marker is moved to this run's channel before anything is posted, so a reload after this post
 * looks for it where it went. If the ticket changed meanwhile (another tab took the marker over), nothing is
 * written and the step is tried again on the saved ticket.
 */
async function moveMarker(context: RunContext, abandonedSince: number | null): Promise<void> {
  const { deps, request, get, update } = context;
  const now = deps.clock.now();
  const isAbandoned = (tags: readonly string[]) => {
    const marker = readMarker(request.kind, tags);
    return marker.state === 'pending' && marker.since === abandonedSince && marker.channel !== request.channel;
  };
  const write = await writeToTicket(
    deps.zendesk,
    request.ticketId,
    get().ticket,
    (fresh) => {
      const marked = pendingTags(request.kind, now, request.channel);
      return { addTags: marked, removeTags: pendingTagsIn(request.kind, fresh.tags).filter((tag) => !marked.includes(tag)) };
    },
    (fresh) => !isAbandoned(fresh.tags),
  );
  if (!write.wrote) {
    context.rereadTicket = true;
    throw new WorkflowError('share_in_progress', 'Another run took over the pending marker', { retryAfterSeconds: Math.ceil(PENDING_GRACE_MS / 1000) });
  }
  update({ ticket: write.ticket, pendingSince: now });
}

/** The macro's effects, or the reason the app will not save it for the advocate. */
export function readMacro(macro: MacroRef): MacroEffects {
  const effects = macroEffects(macro.actions);
  if ('refused' in effects) {
    const code = effects.refused === 'public_reply' ? 'macro_public_reply' : 'macro_unsupported';
    throw new WorkflowError(code, `The macro "${macro.title}" cannot be saved by the app (${effects.refused})`, {
      macroTitle: macro.title,
      ...(effects.refused === 'unsupported' && { field: effects.field }),
    });
  }
  return effects;
}

/**
 * A pending marker we did not just write, or a post whose answer never came: find our message in the channel
 * before anything is posted. Found: the post step is done. Not found and still recent: someone may be posting
 * right now, so wait. Not found and old: the earlier attempt never posted.
 */
async function resolveInterruptedPost(context: RunContext, since: number | null, markedChannel: string | null = null): Promise<void> {
  const { deps, request, get, update } = context;
  // The attempt posted where its marker says, which is not this run's channel when the advocate changed the area.
  const channel = markedChannel ?? get().channel ?? request.channel;
  const found = await findSharedMessage(deps.slack, { ...request, channel }, since ?? get().pendingSince ?? null, deps.clock.now());
  if (found) {
    update({ ts: found.ts, found: found.payload, channel, post: 'posted', steps: { ...get().steps, post: 'done' } });
    return;
  }
  const startedAt = since ?? get().pendingSince;
  const age = startedAt === undefined || startedAt === null ? Infinity : deps.clock.now() - startedAt;
  if (age < PENDING_GRACE_MS) {
    // When this step runs again, the other attempt may have finished: decide on the saved ticket then.
    context.rereadTicket = true;
    throw new WorkflowError('share_in_progress', 'A share of this ticket may still be under way', {
      retryAfterSeconds: Math.ceil((PENDING_GRACE_MS - age) / 1000),
    });
  }
}

async function post(context: RunContext): Promise<void> {
  const { deps, request, get, update } = context;
  if (get().post === 'unknown') {
    await resolveInterruptedPost(context, get().pendingSince ?? null);
    if (get().post === 'posted') return;
  }
  try {
    const response = await deps.slack.chat.postMessage(request.message);
    if (!response.ts) throw new SlackError('platform', 'chat.postMessage answered without a ts', { method: 'chat.postMessage' });
    update({ ts: response.ts, channel: request.channel, post: 'posted' });
  } catch (error) {
    const stepError = asStepError(error);
    const rejected = stepError instanceof SlackError && (stepError.code === 'platform' || stepError.code === 'rate_limited');
    update({ post: rejected ? 'rejected' : 'unknown' });
    throw stepError;
  }
}

async function permalink({ deps, request, get, update }: RunContext): Promise<void> {
  const response = await deps.slack.chat.getPermalink({ channel: postChannel(get(), request), message_ts: requireTs(get()) });
  if (!response.permalink) throw new SlackError('platform', 'chat.getPermalink answered without a permalink', { method: 'chat.getPermalink' });
  update({ permalink: response.permalink });
}

/**
 * One `safe_update`: tags with channel and ts, the pending marker removed, the macro's changes, and an internal
 * note with the permalink (after the macro's own note: a ticket update takes one comment). A retry after a lost
 * answer meets a 409, reads the ticket, sees it recorded and writes nothing: the macro is never applied twice.
 */
async function record({ deps, request, get, update }: RunContext): Promise<void> {
  const ts = requireTs(get());
  const posted = get().found ?? request.message.metadata?.event_payload ?? {};
  const details = request.kind.detailTagsOf(posted);
  const { ticket } = await writeToTicket(
    deps.zendesk,
    request.ticketId,
    get().ticket,
    (fresh) => withMacro(get().macro, {
      addTags: [...doneTags(request.kind, postChannel(get(), request), ts), ...details],
      // Details of an earlier, withdrawn or abandoned request (another expert) leave with it.
      removeTags: [...pendingTagsIn(request.kind, fresh.tags), request.kind.tags.withdrawn, ...staleDetailTags(request.kind, fresh.tags, details)],
      internalNote: request.internalNote(get().permalink ?? '', posted),
    }),
    (fresh) => readMarker(request.kind, fresh.tags).state === 'shared',
  );
  update({ ticket });
}

/** Detail tags of this kind on the ticket that the post being recorded does not carry. */
function staleDetailTags(kind: InvolvementKind, tags: readonly string[], keep: readonly string[]): string[] {
  return tags.filter((tag) => kind.tags.detailPrefixes.some((prefix) => tag.startsWith(prefix)) && !keep.includes(tag));
}

/** A ticket change with a macro's effects added to it. */
export function withMacro(macro: MacroEffects | undefined, change: TicketChange): TicketChange {
  if (!macro) return change;
  return {
    addTags: [...(change.addTags ?? []), ...macro.addTags],
    removeTags: [...(change.removeTags ?? []), ...macro.removeTags],
    internalNote: [macro.note, change.internalNote].filter(Boolean).join('\n\n') || undefined,
    fields: { ...change.fields, ...macro.fields },
    customFields: [...(change.customFields ?? []), ...macro.customFields],
  };
}

function postChannel(progress: InvolvementProgress, request: InvolvementRequest): string {
  return progress.channel ?? request.channel;
}

function requireTs(progress: InvolvementProgress): string {
  if (!progress.ts) throw new WorkflowError('not_shared', 'No Slack message to refer to');
  return progress.ts;
}
