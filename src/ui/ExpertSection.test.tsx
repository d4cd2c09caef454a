import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { EXPERT_REQUEST_EVENT_TYPE } from '../slack/eventTypes';
import type { PostQuote } from '../sources/post';
import type { createFakeChannel } from '../testing/fakeChannel';
import { expertWorld } from '../testing/renderExpert';
import type { SetupProblem } from '../workflow/setupCheck';
import ExpertSection from './ExpertSection';

const WAIT = { timeout: 20_000 };
const DAY_MS = 24 * 60 * 60 * 1000;
const NOW = Date.parse('2026-11-24T15:00:00Z');

/** A CI question, as the card quotes it. */
const question: PostQuote = {
  platform: 'x',
  url: 'https://x.com/devops_dana/status/1861000000000000301',
  text: '@gitlab my CI pipeline runs twice on every merge request, rules: keeps confusing me',
  authorName: 'Dana Whitfield',
  authorHandle: 'devops_dana',
};

function renderSection(options: { settings?: Record<string, string>; setupProblems?: SetupProblem[]; history?: (channel: ReturnType<typeof createFakeChannel>) => Promise<void> } = {}) {
  const { channel, zendesk, show, snapshot, fire } = expertWorld({ settings: options.settings, now: () => NOW });
  const section = () => (
    <ExpertSection snapshot={snapshot()} post={question} isPrivate={false} replyLinkFor={null} setupProblems={options.setupProblems ?? []} channelNames={{}} onRefreshTicket={() => undefined} />
  );
  const ready = (options.history?.(channel) ?? Promise.resolve()).then(() => show(section()));
  /** The panel's re-render after `ticket.tags.changed`: the section gets the saved ticket. */
  const refresh = async () => (await ready).rerender(section());
  return { channel, zendesk, ready, refresh, fire };
}

const requests = (channel: ReturnType<typeof createFakeChannel>) => channel.posts().filter((message) => message.metadata?.event_type === EXPERT_REQUEST_EVENT_TYPE);

async function askButtonSays(text: string) {
  await waitFor(() => expect(screen.getByTestId('expert-ask').textContent).toBe(text), WAIT);
}

describe('asking an expert', () => {
  test('the area is suggested from the post; another area changes the channel and the experts offered', async () => {
    await renderSection().ready;
    expect((screen.getByTestId('expert-area') as HTMLSelectElement).value).toBe('verify');
    expect(screen.getByTestId('expert-area-evidence').textContent).toContain('pipeline');
    await askButtonSays('Ask in #s_verify');
    await userEvent.selectOptions(screen.getByTestId('expert-area'), 'plan');
    await askButtonSays('Ask in #s_plan');
    await waitFor(() => expect((screen.getByTestId('expert-pick') as HTMLSelectElement).value).toBe('U0KENJI'), WAIT);
  });

  test('the why line names the expert and their last ask: "asked 4 days ago; 0 open"', async () => {
    const { ready } = renderSection({
      settings: { expert_routing: 'verify C0SVERIFY U0PRIYA\nfallback C0QUESTIONS' },
      history: async (channel) => {
        await channel.slack.chat.postMessage({
          channel: 'C0SVERIFY',
          text: 'An earlier request',
          metadata: {
            event_type: EXPERT_REQUEST_EVENT_TYPE,
            event_payload: { ticket_id: 250, area: 'verify', expert: 'U0PRIYA', status: 'responded', asked: [{ expert: 'U0PRIYA', at: Math.floor((NOW - 4 * DAY_MS) / 1000) }] },
          },
        });
      },
    });
    await ready;
    await waitFor(() => expect(screen.getByTestId('expert-reason').textContent).toBe('Priya Raman: asked 4 days ago; 0 open'), WAIT);
  });

  test('someone else: the advocate picks Tomás and the request mentions him', async () => {
    const { ready, channel, zendesk } = renderSection();
    await ready;
    await waitFor(() => expect((screen.getByTestId('expert-pick') as HTMLSelectElement).value).toBe('U0PRIYA'), WAIT);
    await userEvent.selectOptions(screen.getByTestId('expert-pick'), 'U0TOMAS');
    await userEvent.click(screen.getByTestId('expert-ask'));
    await screen.findByTestId('expert-result', {}, WAIT);
    const [request] = requests(channel);
    expect(request?.text).toContain('<@U0TOMAS>');
    expect(zendesk.ticket.tags).toContain('ci_expert_user_u0tomas');
  });

  test('nobody: the request asks the channel and names no expert on the ticket', async () => {
    const { ready, channel, zendesk } = renderSection();
    await ready;
    await askButtonSays('Ask in #s_verify');
    await userEvent.selectOptions(screen.getByTestId('expert-pick'), '');
    await userEvent.click(screen.getByTestId('expert-ask'));
    await screen.findByTestId('expert-result', {}, WAIT);
    const [request] = requests(channel);
    expect(request?.text).not.toMatch(/<@U/);
    expect(request?.metadata?.event_payload).toMatchObject({ expert: '' });
    expect(zendesk.ticket.tags.filter((tag) => tag.startsWith('ci_expert_user_'))).toEqual([]);
  });

  test('after asking, the result stays through the ticket\'s refresh; once the agent submits, the status with Withdraw takes over', async () => {
    const { ready, refresh, fire } = renderSection();
    await ready;
    await askButtonSays('Ask in #s_verify');
    await userEvent.click(screen.getByTestId('expert-ask'));
    await screen.findByTestId('expert-result', {}, WAIT);
    await act(refresh);
    expect(screen.getByTestId('expert-result').textContent).toContain('Asked in #s_verify');
    expect(screen.queryByTestId('expert-withdraw')).toBeNull();
    act(() => fire('ticket.submit.done'));
    expect(await screen.findByTestId('expert-withdraw', {}, WAIT)).toBeTruthy();
    expect(screen.queryByTestId('expert-result')).toBeNull();
  });

  test('without the expert macro the request still goes out, and the result says the macro is missing', async () => {
    const { ready, channel } = renderSection({ settings: { expert_macro_title: 'Involving Experts::Expert Involvd' } });
    await ready;
    await askButtonSays('Ask in #s_verify');
    await userEvent.click(screen.getByTestId('expert-ask'));
    const result = await screen.findByTestId('expert-result', {}, WAIT);
    expect(result.textContent).toContain('The macro “Involving Experts::Expert Involvd” does not exist, so the request went out without it.');
    expect(requests(channel)).toHaveLength(1);
  });

  test('a routing line to fix stops its area with a message, and nothing is posted', async () => {
    const { ready, channel } = renderSection({ setupProblems: [{ code: 'expert_routing', params: { line: '1' }, severity: 'error' }] });
    await ready;
    expect(screen.getByTestId('expert-blocked').textContent).toBe('Expert routing, line 1 needs a fix first (see the banner above).');
    expect((screen.getByTestId('expert-ask') as HTMLButtonElement).disabled).toBe(true);
    expect(requests(channel)).toHaveLength(0);
  });
});
