import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { renderPanel } from '../testing/renderPanel';

// A ceiling for a hang: the first share of the file transforms every lazy chunk of the share, seconds on a loaded machine.
const WAIT = { timeout: 30_000 };

/** Shares the praise tweet, submits, and waits for the status of the shared tweet. */
async function sharedPanel() {
  const view = renderPanel();
  await screen.findByTestId('suggestion', {}, WAIT);
  await userEvent.click(screen.getByTestId('share-button'));
  await screen.findByTestId('share-result', {}, WAIT);
  act(() => view.fire('ticket.submit.done'));
  act(() => view.fire('ticket.updated'));
  await screen.findByTestId('share-status', {}, WAIT);
  await waitFor(() => expect(screen.getByTestId('claims').textContent).toBe('👀 Nobody has taken it yet.'), WAIT);
  const [post] = view.channel.posts();
  return { view, ts: post?.ts ?? '' };
}

// Each test shares first (the whole transaction and its lazy chunks): slow on a loaded machine.
describe('the status of a shared tweet', { timeout: 60_000 }, () => {
  test('Refresh reads Slack again at once: a volunteer’s 👀 shows without waiting for the minute', async () => {
    const { view, ts } = await sharedPanel();
    view.channel.react(ts, 'eyes', 'U0MIGUEL');
    await userEvent.click(screen.getByTestId('refresh-status'));
    await waitFor(() => expect(screen.getByTestId('claims').textContent).toBe('👀 Taken by 1 volunteer'), WAIT);
  });

  test('Slack out of reach on Refresh is said, and what was read before stays', async () => {
    const { view } = await sharedPanel();
    view.channel.failNext('reactions.get', { kind: 'network' });
    await userEvent.click(screen.getByTestId('refresh-status'));
    expect((await screen.findByTestId('activity-error', {}, WAIT)).textContent).toContain('Slack could not be read just now');
    expect(screen.getByTestId('claims').textContent).toBe('👀 Nobody has taken it yet.');
  });

  test('after Mark as responded (and a Submit) the panel says it is done, who responded, and that the macro is saved', async () => {
    const { view } = await sharedPanel();
    await userEvent.type(screen.getByTestId('responder-handle'), '@jane_ships_it');
    await userEvent.click(screen.getByTestId('mark-responded-manual'));
    const responded = await screen.findByTestId('responded', {}, WAIT);
    await waitFor(() => expect(responded.textContent).toContain('Marked as responded: @jane_ships_it replied to the tweet.'), WAIT);
    act(() => view.fire('ticket.submit.done'));
    act(() => view.fire('ticket.updated'));
    await waitFor(() => expect(screen.getByTestId('responded').textContent).toContain('The macro “Involving Experts::Expert Responded” is saved on the ticket.'), WAIT);
    expect(screen.getByTestId('responded').textContent).toContain('@jane_ships_it');
    expect(view.zendesk.ticket.status).toBe('solved');
  });
});
