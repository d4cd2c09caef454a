import { describe, expect, test } from 'vitest';
import { buildShareMessage } from '../slack/shareMessage';
import { createFakeChannel } from '../testing/fakeChannel';
import { createFakeClock } from '../testing/fakeClock';
import { createFakeZendesk } from '../testing/fakeZendesk';
import { ZendeskError } from '../zendesk/errors';
import { WorkflowError } from './errors';
import { markResponded, startResponded } from './markResponded';
import type { ShareMessageInput } from '../slack/shareMessage';
import { buildRespondedThreadReply, buildRespondedUpdate, buildWithdrawnUpdate } from '../slack/statusMessage';
import { COMMUNITY_SHARE, EXPERT_REQUEST } from './involvementKind';
import { readMarker, TAG_RESPONDED } from './involvementMarker';
import { involve, PENDING_GRACE_MS, startInvolvement, type InvolvementProgress, type InvolvementRequest } from './involve';
import { startWithdraw, withdrawShare } from './withdrawShare';

const TICKET_ID = 101;
const MACRO = 'Involving Experts::Community Involvement';

const praise: ShareMessageInput = {
  channel: 'C0COMMUNITY',
  post: {
    platform: 'x',
    url: 'https://x.com/sarah_codes/status/1859203847561029632',
    text: 'Just migrated our whole monorepo from Jenkins to @gitlab CI in an afternoon. Pipelines went from 40 min to 12 🚀',
    authorName: 'Sarah Okafor',
    authorHandle: 'sarah_codes',
  },
  ticket: { id: TICKET_ID, url: 'https://gitlab-sim.zendesk.com/agent/tickets/101' },
  category: 'positive_feedback',
  reasons: [{ signal: 'milestone', evidence: ['Just migrated'] }],
  sharedBy: 'Alex Advocate',
  toneRules: ['thank_first'],
};

function world(options: { scopes?: string[]; tags?: string[] } = {}) {
  const clock = createFakeClock();
  const zendesk = createFakeZendesk({ tags: options.tags });
  const channel = createFakeChannel({ scopes: options.scopes, now: clock.now });
  const deps = { zendesk: zendesk.port, slack: channel.slack, clock };
  const request: InvolvementRequest = {
    kind: COMMUNITY_SHARE,
    ticketId: TICKET_ID,
    channel: 'C0COMMUNITY',
    macroTitle: MACRO,
    message: buildShareMessage(praise),
    internalNote: (permalink) => `Shared to Slack #community-involvement by Alex Advocate: ${permalink}`,
  };
  const seen: InvolvementProgress[] = [];
  const share = (start: InvolvementProgress = startInvolvement(zendesk.state()), extra: Partial<InvolvementRequest> = {}) =>
    involve(deps, { ...request, ...extra }, start, (progress) => seen.push(progress));
  return { clock, zendesk, channel, deps, share, seen };
}

describe('sharing a tweet', () => {
  test('one post; the share tags, the macro’s tag and status and a note with the permalink saved on the ticket', async () => {
    const { share, channel, zendesk } = world();
    const done = await share();
    expect(done.finished).toBe(true);
    expect(done.failure).toBeUndefined();
    expect(Object.values(done.steps)).toEqual(['done', 'done', 'done', 'done']);
    expect(channel.posts()).toHaveLength(1);
    const ts = channel.posts()[0]?.ts ?? '';
    expect(readMarker(COMMUNITY_SHARE, zendesk.ticket.tags)).toEqual({ state: 'shared', channel: 'C0COMMUNITY', ts, responded: false });
    expect(zendesk.ticket.tags.filter((tag) => tag.includes('pending'))).toEqual([]);
    expect(zendesk.notes.map((note) => note.body)).toEqual([`Shared to Slack #community-involvement by Alex Advocate: https://gitlab-sim.slack.com/archives/C0COMMUNITY/p${ts.replace('.', '')}`]);
    // Saved, not in an editor: a reload or a ticket switch before Submit cannot lose it.
    expect(zendesk.ticket.tags).toContain('community_involvement');
    expect(zendesk.ticket.status).toBe('pending');
  });

  test('two tabs sharing from the same snapshot in the same second post once', async () => {
    const { share, channel, zendesk } = world();
    const snapshot = zendesk.state();
    const [first, second] = await Promise.all([share(startInvolvement(snapshot)), share(startInvolvement(snapshot))]);
    expect(channel.posts()).toHaveLength(1);
    expect(zendesk.notes).toHaveLength(1);
    expect([first, second].every((progress) => progress.finished)).toBe(true);
  });

  test('a ticket shared meanwhile by someone else: nothing is posted, the tab says so', async () => {
    const { share, channel, zendesk } = world();
    const stale = zendesk.state();
    await share();
    const again = await share(startInvolvement(stale));
    expect(again.alreadyShared?.channel).toBe('C0COMMUNITY');
    expect(channel.posts()).toHaveLength(1);
  });
});

describe('failures name the step, keep what is done, and the retry resumes', () => {
  test('a 429 from Slack waits Retry-After with a countdown, then posts', async () => {
    const { share, channel, clock, seen } = world();
    channel.failNext('chat.postMessage', { kind: 'rate_limited', retryAfterSeconds: 3 });
    const done = await share();
    expect(done.finished).toBe(true);
    expect(clock.sleeps).toEqual([3000]);
    expect(seen.some((progress) => progress.countdown?.step === 'post')).toBe(true);
    expect(channel.posts()).toHaveLength(1);
  });

  test('a second 429 stops at the post; the retry does not mark the ticket again', async () => {
    const { share, channel, zendesk } = world();
    channel.failNext('chat.postMessage', { kind: 'rate_limited', retryAfterSeconds: 1 }, 2);
    const failed = await share();
    expect(failed.failure?.step).toBe('post');
    const updatesBefore = zendesk.updates;
    const done = await share(failed);
    expect(done.finished).toBe(true);
    expect(zendesk.updates).toBe(updatesBefore + 1);
    expect(channel.posts()).toHaveLength(1);
  });

  test('not_in_channel stops at the post with nothing posted; after the invite the retry posts once', async () => {
    const { share, channel } = world();
    channel.failNext('chat.postMessage', { kind: 'platform', error: 'not_in_channel' });
    const failed = await share();
    expect(failed.failure).toMatchObject({ step: 'post', error: { code: 'platform', slackError: 'not_in_channel' } });
    expect(failed.steps.prepare).toBe('done');
    expect(channel.posts()).toHaveLength(0);
    const done = await share(failed);
    expect(done.finished).toBe(true);
    expect(channel.posts()).toHaveLength(1);
  });

  test('Slack posted but the answer was lost: the retry finds the post in the channel instead of posting again', async () => {
    const { share, channel } = world();
    channel.failNext('chat.postMessage', { kind: 'drop' });
    const failed = await share();
    expect(failed.failure).toMatchObject({ step: 'post', error: { code: 'timeout' } });
    expect(failed.post).toBe('unknown');
    const done = await share(failed);
    expect(done.finished).toBe(true);
    expect(channel.posts()).toHaveLength(1);
  });

  test('a 409 while recording re-reads the ticket and records once', async () => {
    const { share, zendesk, channel } = world();
    const failing = zendesk.port.updateTicket;
    let updates = 0;
    zendesk.port.updateTicket = async (...args) => {
      updates += 1;
      // Another agent saves the ticket right before our record (the second write).
      if (updates === 2) zendesk.touch({ addTags: ['vip'] });
      return failing(...args);
    };
    const done = await share();
    expect(done.finished).toBe(true);
    expect(zendesk.notes).toHaveLength(1);
    expect(zendesk.ticket.tags).toContain('vip');
    expect(channel.posts()).toHaveLength(1);
  });

  test('a missing macro stops before anything is posted and names the title', async () => {
    const { share, channel } = world();
    const failed = await share(undefined, { macroTitle: 'Involving Experts::Community Involvment' });
    expect(failed.failure?.step).toBe('prepare');
    expect(failed.failure?.error).toBeInstanceOf(ZendeskError);
    expect((failed.failure?.error as ZendeskError).details.macroTitle).toBe('Involving Experts::Community Involvment');
    expect(channel.posts()).toHaveLength(0);
  });

  test('a lost answer to the record: Retry meets the saved ticket, writes nothing, and the macro’s note is there once', async () => {
    const { share, channel, zendesk } = world();
    const withNote = { macroTitle: 'Involving Experts::Expert Involved', internalNote: () => 'Shared.' };
    // The pending marker is written; the record (the second write) is saved but its answer is lost.
    const original = zendesk.port.updateTicket;
    let writes = 0;
    zendesk.port.updateTicket = async (...args) => {
      writes += 1;
      if (writes === 2) zendesk.loseAnswerOfNextUpdate();
      return original(...args);
    };
    const failed = await share(undefined, withNote);
    expect(failed.failure?.step).toBe('record');
    const done = await share(failed, withNote);
    expect(done.finished).toBe(true);
    expect(zendesk.notes.map((note) => note.body)).toEqual(['Expert requested in Slack.\n\nShared.']);
    expect(zendesk.ticket.tags.filter((tag) => tag === 'expert_involved')).toHaveLength(1);
    expect(channel.posts()).toHaveLength(1);
  });

  test('a macro that adds a public reply stops before the ticket is marked or anything is posted', async () => {
    const { channel } = world();
    const replying = createFakeZendesk({
      macros: { [MACRO]: { id: 7009, actions: [{ field: 'comment_value', value: 'Thanks! Our team will reply.' }, { field: 'comment_mode_is_public', value: 'true' }] } },
    });
    const failed = await involve(
      { zendesk: replying.port, slack: channel.slack, clock: createFakeClock() },
      { kind: COMMUNITY_SHARE, ticketId: TICKET_ID, channel: 'C0COMMUNITY', macroTitle: MACRO, message: buildShareMessage(praise), internalNote: () => 'Shared.' },
      startInvolvement(replying.state()),
      () => undefined,
    );
    expect(failed.failure?.step).toBe('prepare');
    expect((failed.failure?.error as WorkflowError).code).toBe('macro_public_reply');
    expect(replying.ticket.tags).toEqual([]);
    expect(channel.posts()).toHaveLength(0);
    expect(replying.updates).toBe(0);
  });
});

describe('a reload in the middle', () => {
  test('after the post: the new panel finds the post, records it, and posts nothing new', async () => {
    const { share, channel, zendesk } = world();
    // The pending write goes through; the page goes away while the share is recorded (the second write).
    zendesk.port.updateTicket = ((original) => {
      let calls = 0;
      return async (...args: Parameters<typeof original>) => {
        calls += 1;
        if (calls === 2) throw new ZendeskError('network', 'the page was reloaded');
        return original(...args);
      };
    })(zendesk.port.updateTicket);
    const interrupted = await share();
    expect(interrupted.failure?.step).toBe('record');
    expect(readMarker(COMMUNITY_SHARE, zendesk.ticket.tags).state).toBe('pending');

    const afterReload = await share(startInvolvement(zendesk.state()));
    expect(afterReload.finished).toBe(true);
    expect(channel.posts()).toHaveLength(1);
    expect(readMarker(COMMUNITY_SHARE, zendesk.ticket.tags).state).toBe('shared');
  });

  test('right after marking pending, with nothing posted: the new panel waits out the grace period, then posts once', async () => {
    const { share, channel, zendesk, clock } = world();
    channel.failNext('chat.postMessage', { kind: 'network' });
    await share();
    expect(channel.posts()).toHaveLength(0);

    const afterReload = await share(startInvolvement(zendesk.state()));
    expect(afterReload.finished).toBe(true);
    expect(clock.sleeps.reduce((sum, ms) => sum + ms, 0)).toBeLessThanOrEqual(PENDING_GRACE_MS);
    expect(clock.sleeps.length).toBe(1);
    expect(channel.posts()).toHaveLength(1);
  });

  test('without channels:history an interrupted share cannot be checked: the advocate is asked, and forcing posts', async () => {
    const { share, channel, zendesk } = world({ scopes: ['chat:write'] });
    channel.failNext('chat.postMessage', { kind: 'network' });
    await share();

    const blocked = await share(startInvolvement(zendesk.state()));
    expect(blocked.failure?.error).toBeInstanceOf(WorkflowError);
    expect((blocked.failure?.error as WorkflowError).code).toBe('cannot_verify');
    expect(channel.posts()).toHaveLength(0);

    const forced = await share(blocked, { force: true });
    expect(forced.finished).toBe(true);
    expect(channel.posts()).toHaveLength(1);
  });
});

describe('closing the loop', () => {
  async function shared() {
    const setup = world();
    await setup.share();
    const ts = setup.channel.posts()[0]?.ts ?? '';
    return { ...setup, ts };
  }

  test('Mark as responded: the post says so and keeps the tweet, one thread reply, the tag and the note, the macro', async () => {
    const { deps, channel, zendesk, ts } = await shared();
    const responded = { handle: 'janepark_dev', at: new Date('2026-11-24T16:00:00Z'), markedBy: 'Alex Advocate' };
    const request = {
      kind: COMMUNITY_SHARE,
      ticketId: TICKET_ID,
      update: buildRespondedUpdate({ ...praise, ts }, responded),
      threadReply: buildRespondedThreadReply({ ...praise, ts }, responded),
      responderMark: 'janepark_dev',
      macroTitle: 'Involving Experts::Expert Responded',
      internalNote: 'Marked as responded by Alex Advocate: @janepark_dev replied to the tweet.',
    };
    const done = await markResponded(deps, request, startResponded(zendesk.state()), () => undefined);
    expect(done.finished).toBe(true);
    const post = channel.posts()[0];
    expect(JSON.stringify(post?.blocks)).toContain('janepark_dev');
    expect(JSON.stringify(post?.blocks)).toContain('Just migrated our whole monorepo');
    expect(channel.messages.filter((message) => message.thread_ts === ts)).toHaveLength(1);
    expect(zendesk.ticket.tags).toContain(TAG_RESPONDED);
    expect(zendesk.ticket.tags).toContain('expert_responded');
    expect(zendesk.ticket.status).toBe('solved');

    const again = await markResponded(deps, request, startResponded(zendesk.state()), () => undefined);
    expect(again.finished).toBe(true);
    expect(channel.messages.filter((message) => message.thread_ts === ts)).toHaveLength(1);
  });

  test('Withdraw: the post is marked withdrawn, the share tags leave the ticket, and a new share posts again', async () => {
    const { deps, channel, zendesk, ts, share } = await shared();
    const done = await withdrawShare(
      deps,
      { kind: COMMUNITY_SHARE, ticketId: TICKET_ID, update: buildWithdrawnUpdate({ ...praise, ts }, { by: 'Alex Advocate', at: new Date() }), internalNote: 'Withdrawn.', macroTitle: MACRO },
      startWithdraw(zendesk.state()),
      () => undefined,
    );
    expect(done.finished).toBe(true);
    expect(JSON.stringify(channel.posts()[0]?.blocks)).not.toContain('Just migrated our whole monorepo');
    expect(readMarker(COMMUNITY_SHARE, zendesk.ticket.tags)).toEqual({ state: 'none', withdrawn: true });
    // The macro's tag and the pending status it set go too: the ticket needs the advocate again.
    expect(zendesk.ticket.tags).not.toContain('community_involvement');
    expect(zendesk.ticket.status).toBe('open');

    const reshared = await share(startInvolvement(zendesk.state()));
    expect(reshared.finished).toBe(true);
    expect(channel.posts()).toHaveLength(2);
    expect(zendesk.ticket.tags).not.toContain('ci_withdrawn');
  });

  test('after Withdraw, an interrupted new share is not mistaken for the withdrawn post: it posts again, once', async () => {
    const { deps, channel, zendesk, ts, share, clock } = await shared();
    const withdrawn = buildWithdrawnUpdate({ ...praise, ts }, { by: 'Alex Advocate', at: new Date() });
    await withdrawShare(deps, { kind: COMMUNITY_SHARE, ticketId: TICKET_ID, update: withdrawn, internalNote: 'Withdrawn.', macroTitle: MACRO }, startWithdraw(zendesk.state()), () => undefined);
    channel.failNext('chat.postMessage', { kind: 'network' });
    const interrupted = await share(startInvolvement(zendesk.state()));
    expect(interrupted.failure?.step).toBe('post');
    clock.advance(PENDING_GRACE_MS + 1000);

    const afterReload = await share(startInvolvement(zendesk.state()));
    expect(afterReload.finished).toBe(true);
    expect(channel.posts()).toHaveLength(2);
    expect(afterReload.ts).not.toBe(ts);
    expect(readMarker(COMMUNITY_SHARE, zendesk.ticket.tags)).toMatchObject({ state: 'shared', ts: afterReload.ts });
  });
});

describe('an expert request runs through the same transaction with its own tags and metadata', () => {
  const expertMessage = (status = 'open', expert = 'U0EXPERT1') => ({
    channel: 'C0VERIFY',
    text: `<@${expert}> could you answer this CI question from your personal account?`,
    metadata: {
      event_type: EXPERT_REQUEST.eventType,
      event_payload: { ticket_id: TICKET_ID, post_url: praise.post.url, platform: 'x', area: 'verify', expert, status },
    },
  });
  const ask = (setup: ReturnType<typeof world>, start = startInvolvement(setup.zendesk.state()), extra: Partial<InvolvementRequest> = {}) =>
    involve(
      setup.deps,
      {
        kind: EXPERT_REQUEST,
        ticketId: TICKET_ID,
        channel: 'C0VERIFY',
        macroTitle: 'Involving Experts::Expert Involved',
        message: expertMessage(),
        internalNote: (permalink, posted) => `Asked ${String(posted.expert)} in #s_verify: ${permalink}`,
        ...extra,
      },
      start,
      () => undefined,
    );

  test('records the expert tags beside a community share of the same ticket, each marker reading only its own', async () => {
    const setup = world();
    await setup.share();
    const done = await ask(setup);
    expect(done.finished).toBe(true);
    expect(setup.channel.posts()).toHaveLength(2);
    const tags = setup.zendesk.ticket.tags;
    expect(tags).toEqual(expect.arrayContaining(['ci_shared', 'ci_expert_asked', 'ci_expert_slack_c0verify', 'ci_expert_area_verify', 'ci_expert_user_u0expert1']));
    expect(tags.filter((tag) => tag.includes('pending'))).toEqual([]);
    expect(readMarker(EXPERT_REQUEST, tags)).toMatchObject({ state: 'shared', channel: 'C0VERIFY' });
    expect(readMarker(COMMUNITY_SHARE, tags)).toMatchObject({ state: 'shared', channel: 'C0COMMUNITY' });
    expect(setup.zendesk.ticket.tags).toEqual(expect.arrayContaining(['community_involvement', 'expert_involved']));
  });

  test('a lost answer is resolved from history by the expert event type: the community post of the ticket does not count', async () => {
    const setup = world();
    await setup.share();
    setup.channel.failNext('chat.postMessage', { kind: 'drop' });
    const failed = await ask(setup);
    expect(failed.post).toBe('unknown');
    const done = await ask(setup, failed);
    expect(done.finished).toBe(true);
    const experts = setup.channel.posts().filter((message) => message.metadata?.event_type === EXPERT_REQUEST.eventType);
    expect(experts).toHaveLength(1);
    expect(done.ts).toBe(experts[0]?.ts);
  });

  test('only an open request counts: a withdrawn one of the same ticket does not stop a new request after a reload', async () => {
    const setup = world();
    await setup.deps.slack.chat.postMessage(expertMessage('withdrawn'));
    setup.channel.failNext('chat.postMessage', { kind: 'network' });
    await ask(setup);
    setup.clock.advance(PENDING_GRACE_MS + 1000);
    const afterReload = await ask(setup, startInvolvement(setup.zendesk.state()));
    expect(afterReload.finished).toBe(true);
    expect(setup.channel.posts()).toHaveLength(2);
    expect(afterReload.ts).toBe(setup.channel.posts()[1]?.ts);
  });

  test('a request resumed after a reload records the expert its post mentions, not the one the reloaded panel proposes', async () => {
    const setup = world();
    setup.channel.failNext('chat.getPermalink', { kind: 'network' });
    const interrupted = await ask(setup);
    expect(interrupted.failure?.step).toBe('permalink');
    // The reload: the rotation now sees U0EXPERT1's open request and proposes U0EXPERT2.
    const resumed = await ask(setup, startInvolvement(setup.zendesk.state()), { message: expertMessage('open', 'U0EXPERT2') });
    expect(resumed.finished).toBe(true);
    expect(setup.channel.posts()).toHaveLength(1);
    const tags = setup.zendesk.ticket.tags;
    expect(tags.filter((tag) => tag.startsWith('ci_expert_user_'))).toEqual(['ci_expert_user_u0expert1']);
    expect(setup.zendesk.notes.at(-1)?.body).toContain('Asked U0EXPERT1 in #s_verify');
  });

  describe('the advocate picks another area after a reload mid-way', () => {
    const inPlan = { channel: 'C0PLAN', message: { ...expertMessage(), channel: 'C0PLAN' } };
    const postsIn = (setup: ReturnType<typeof world>, channel: string) =>
      setup.channel.posts().filter((message) => message.channel === channel && !message.thread_ts);

    test('the post the interrupted run made is found in the channel its marker names and recorded there: nothing is posted in the new one', async () => {
      const setup = world();
      setup.channel.failNext('chat.getPermalink', { kind: 'network' });
      expect((await ask(setup)).failure?.step).toBe('permalink');
      expect(readMarker(EXPERT_REQUEST, setup.zendesk.ticket.tags)).toMatchObject({ state: 'pending', channel: 'C0VERIFY' });

      const resumed = await ask(setup, startInvolvement(setup.zendesk.state()), inPlan);
      expect(resumed.finished).toBe(true);
      expect(postsIn(setup, 'C0VERIFY')).toHaveLength(1);
      expect(postsIn(setup, 'C0PLAN')).toHaveLength(0);
      expect(readMarker(EXPERT_REQUEST, setup.zendesk.ticket.tags)).toMatchObject({ state: 'shared', channel: 'C0VERIFY', ts: postsIn(setup, 'C0VERIFY')[0]?.ts });
    });

    test('an abandoned attempt that never posted: the marker moves to the new channel before the post, so another reload finds that post', async () => {
      const setup = world();
      setup.channel.failNext('chat.postMessage', { kind: 'network' });
      await ask(setup);
      expect(setup.channel.posts()).toHaveLength(0);
      setup.clock.advance(PENDING_GRACE_MS + 1000);

      setup.channel.failNext('chat.getPermalink', { kind: 'network' });
      const moved = await ask(setup, startInvolvement(setup.zendesk.state()), inPlan);
      expect(moved.failure?.step).toBe('permalink');
      expect(postsIn(setup, 'C0PLAN')).toHaveLength(1);
      expect(readMarker(EXPERT_REQUEST, setup.zendesk.ticket.tags)).toMatchObject({ state: 'pending', channel: 'C0PLAN' });

      // Reloaded again, and back on the first area: the post in C0PLAN is found, nothing is posted in C0VERIFY.
      const again = await ask(setup, startInvolvement(setup.zendesk.state()));
      expect(again.finished).toBe(true);
      expect(postsIn(setup, 'C0VERIFY')).toHaveLength(0);
      expect(postsIn(setup, 'C0PLAN')).toHaveLength(1);
      expect(readMarker(EXPERT_REQUEST, setup.zendesk.ticket.tags)).toMatchObject({ state: 'shared', channel: 'C0PLAN' });
      expect(setup.zendesk.ticket.tags.filter((tag) => tag.includes('pending'))).toEqual([]);
    });
  });

  test('a missing expert macro does not stop the request: it is posted and recorded, and the run says the macro is missing', async () => {
    const setup = world();
    const done = await ask(setup, undefined, { macroTitle: 'Involving Experts::Expert Involvd' });
    expect(done.finished).toBe(true);
    expect(done.macroMissing).toBe(true);
    expect(setup.channel.posts()).toHaveLength(1);
    expect(setup.zendesk.ticket.tags).not.toContain('expert_involved');
    expect(readMarker(EXPERT_REQUEST, setup.zendesk.ticket.tags).state).toBe('shared');
  });

  const withdrawExpert = (setup: ReturnType<typeof world>) =>
    withdrawShare(
      setup.deps,
      { kind: EXPERT_REQUEST, ticketId: TICKET_ID, update: { channel: 'C0VERIFY', ts: setup.channel.posts()[1]?.ts ?? '', text: 'Withdrawn' }, internalNote: 'Expert request withdrawn.', macroTitle: 'Involving Experts::Expert Involved' },
      startWithdraw(setup.zendesk.state()),
      () => undefined,
    );

  test('withdrawing the expert request of a ticket whose share was answered: the share stays responded and the ticket stays where it was', async () => {
    const setup = world();
    await setup.share();
    await ask(setup);
    await setup.zendesk.port.updateTicket(TICKET_ID, { addTags: [TAG_RESPONDED] }, setup.zendesk.ticket.updatedAt);
    const done = await withdrawExpert(setup);
    expect(done.finished).toBe(true);
    const tags = setup.zendesk.ticket.tags;
    expect(tags).toContain(TAG_RESPONDED);
    expect(readMarker(COMMUNITY_SHARE, tags)).toMatchObject({ state: 'shared', responded: true });
    expect(readMarker(EXPERT_REQUEST, tags)).toEqual({ state: 'none', withdrawn: true });
    expect(tags).toContain('community_involvement');
    expect(tags).not.toContain('expert_involved');
  });

  test('withdrawing the share of a ticket with an open expert request: the request, its tags and the pending status stay', async () => {
    const setup = world();
    await setup.share();
    await ask(setup);
    const done = await withdrawShare(
      setup.deps,
      { kind: COMMUNITY_SHARE, ticketId: TICKET_ID, update: buildWithdrawnUpdate({ ...praise, ts: setup.channel.posts()[0]?.ts ?? '' }, { by: 'Alex Advocate', at: new Date() }), internalNote: 'Withdrawn.', macroTitle: MACRO },
      startWithdraw(setup.zendesk.state()),
      () => undefined,
    );
    expect(done.finished).toBe(true);
    const tags = setup.zendesk.ticket.tags;
    expect(readMarker(COMMUNITY_SHARE, tags)).toEqual({ state: 'none', withdrawn: true });
    expect(readMarker(EXPERT_REQUEST, tags)).toMatchObject({ state: 'shared', channel: 'C0VERIFY', responded: false });
    expect(tags).toEqual(expect.arrayContaining(['ci_expert_area_verify', 'ci_expert_user_u0expert1', 'expert_involved']));
    expect(setup.zendesk.ticket.status).toBe('pending');
  });

  test('the last post withdrawn takes its responded tag with it', async () => {
    const setup = world();
    await ask(setup);
    await setup.zendesk.port.updateTicket(TICKET_ID, { addTags: [TAG_RESPONDED] }, setup.zendesk.ticket.updatedAt);
    await withdrawShare(
      setup.deps,
      { kind: EXPERT_REQUEST, ticketId: TICKET_ID, update: { channel: 'C0VERIFY', ts: setup.channel.posts()[0]?.ts ?? '', text: 'Withdrawn' }, internalNote: 'Expert request withdrawn.', macroTitle: 'Involving Experts::Expert Involved' },
      startWithdraw(setup.zendesk.state()),
      () => undefined,
    );
    expect(setup.zendesk.ticket.tags).not.toContain(TAG_RESPONDED);
    expect(setup.zendesk.ticket.status).toBe('open');
  });

  test('withdrawing the request removes only the expert tags and marks only the expert post', async () => {
    const setup = world();
    await setup.share();
    await ask(setup);
    const expertTs = setup.channel.posts()[1]?.ts ?? '';
    const done = await withdrawShare(
      setup.deps,
      { kind: EXPERT_REQUEST, ticketId: TICKET_ID, update: { channel: 'C0VERIFY', ts: expertTs, text: 'Withdrawn' }, internalNote: 'Expert request withdrawn.', macroTitle: 'Involving Experts::Expert Involved' },
      startWithdraw(setup.zendesk.state()),
      () => undefined,
    );
    expect(done.finished).toBe(true);
    const tags = setup.zendesk.ticket.tags;
    expect(tags.filter((tag) => tag.startsWith('ci_expert_'))).toEqual(['ci_expert_withdrawn']);
    expect(readMarker(COMMUNITY_SHARE, tags).state).toBe('shared');
    expect(setup.channel.posts()[0]?.text).not.toBe('Withdrawn');
  });
});
