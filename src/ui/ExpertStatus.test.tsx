import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { buildExpertRequest, type ExpertRequestInput } from '../slack/expertMessage';
import { expertWorld } from '../testing/renderExpert';
import { EXPERT_REQUEST } from '../workflow/involvementKind';
import { doneTags } from '../workflow/involvementTags';
import ExpertStatus from './ExpertStatus';

const WAIT = { timeout: 20_000 };
const HOUR_MS = 60 * 60 * 1000;

/** Priya was asked about a CI question `hoursAgo` hours ago in #s_verify; returns the world and the request's ts. */
async function askedPriya(hoursAgo: number) {
  const world = expertWorld({ now: () => Date.now() - hoursAgo * HOUR_MS });
  const input: ExpertRequestInput = {
    channel: 'C0SVERIFY',
    post: { platform: 'x', url: 'https://x.com/devops_dana/status/1861000000000000301', text: 'my CI pipeline runs twice, rules: keeps confusing me', authorName: 'Dana Whitfield', authorHandle: 'devops_dana' },
    ticket: { id: 301, url: 'https://gitlab-sim.zendesk.com/agent/tickets/301' },
    area: { id: 'verify', name: 'Verify' },
    asked: [{ expert: 'U0PRIYA', at: Math.floor((Date.now() - hoursAgo * HOUR_MS) / 1000) }],
    askedBy: 'Alex Advocate',
  };
  const { ts = '' } = await world.channel.slack.chat.postMessage(buildExpertRequest(input));
  await world.zendesk.port.updateTicket(301, { addTags: [...doneTags(EXPERT_REQUEST, 'C0SVERIFY', ts), 'ci_expert_area_verify', 'ci_expert_user_u0priya'] }, world.zendesk.ticket.updatedAt);
  const render = () =>
    world.show(
      <ExpertStatus snapshot={world.snapshot()} marker={{ state: 'shared', channel: 'C0SVERIFY', ts, responded: false }} post={input.post} replyLinkFor={null} channelNames={{}} onRefreshTicket={() => undefined} />,
    );
  return { ...world, ts, render };
}

describe('the status of an expert request', () => {
  test('names who was asked where; unanswered for a day it says so and asks the next expert in the thread, once', async () => {
    const { render, channel, ts } = await askedPriya(25);
    render();
    await waitFor(() => expect(screen.getByTestId('expert-asked').textContent).toContain('Priya Raman'), WAIT);
    expect(screen.getByTestId('expert-asked').textContent).toContain('#s_verify');
    expect((await screen.findByTestId('expert-no-answer', {}, WAIT)).textContent).toBe('No answer yet.');
    const askNext = await screen.findByTestId('expert-ask-next', {}, WAIT);
    await waitFor(() => expect(askNext.textContent).toBe('Ask Tomás Ribeiro in the thread'), WAIT);
    await userEvent.dblClick(askNext);
    await waitFor(() => expect(screen.getByTestId('expert-reasked').textContent).toBe('Asked Tomás Ribeiro in the thread.'), WAIT);
    expect(channel.posts()).toHaveLength(1);
    expect(channel.messages.filter((message) => message.thread_ts === ts && (message.text ?? '').includes('<@U0TOMAS>'))).toHaveLength(1);
  });

  test('a request answered with ✅ is not "no answer yet", and nobody else is asked', async () => {
    const { render, channel, ts } = await askedPriya(25);
    channel.react(ts, 'white_check_mark', 'U0PRIYA');
    render();
    await waitFor(() => expect(screen.getByTestId('expert-asked').textContent).toContain('Priya Raman'), WAIT);
    await waitFor(() => expect(screen.getByTestId('claims').textContent).not.toBe(''), WAIT);
    expect(screen.queryByTestId('expert-no-answer')).toBeNull();
    expect(screen.queryByTestId('expert-ask-next')).toBeNull();
  });

  test('asked an hour ago: no "no answer yet" and no next expert yet', async () => {
    const { render } = await askedPriya(1);
    render();
    await waitFor(() => expect(screen.getByTestId('expert-asked').textContent).toContain('Priya Raman'), WAIT);
    expect(screen.queryByTestId('expert-no-answer')).toBeNull();
    expect(screen.queryByTestId('expert-ask-next')).toBeNull();
  });
});
