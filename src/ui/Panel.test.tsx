import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { praiseSnapshot, renderPanel } from '../testing/renderPanel';
import { ZendeskError } from '../zendesk/errors';

describe('the panel', () => {
  test('shows a skeleton while the ticket loads, then the tweet card', async () => {
    let release: (value: ReturnType<typeof praiseSnapshot>) => void = () => undefined;
    renderPanel({ loadTicket: () => new Promise((resolve) => (release = resolve)) });
    expect(screen.getByTestId('panel-loading')).toBeTruthy();
    act(() => release(praiseSnapshot()));
    expect(await screen.findByTestId('tweet-author')).toHaveProperty('textContent', 'Sarah Okafor');
    const handle = screen.getByTestId('tweet-handle');
    expect(handle.getAttribute('href')).toBe('https://twitter.com/sarah_codes');
    expect(handle.textContent).toContain('@sarah_codes');
    expect(screen.getByTestId('tweet-channel').textContent).toBe('Public post');
    expect(screen.getByTestId('tweet-text').textContent).toContain('Just migrated our whole monorepo');
    expect((await screen.findByTestId('tweet-url')).getAttribute('href')).toBe('https://x.com/sarah_codes/status/1859203847561029632');
  });

  test('a ticket that cannot be read says so, and Retry reads it again', async () => {
    let attempts = 0;
    const view = renderPanel({
      loadTicket: () => {
        attempts += 1;
        return attempts === 1 ? Promise.reject(new ZendeskError('network', 'offline')) : Promise.resolve(praiseSnapshot());
      },
    });
    const alert = await screen.findByTestId('panel-error');
    expect(alert.textContent).toContain('Zendesk could not be reached');
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry from this step' }));
    expect(await screen.findByTestId('tweet-author')).toBeTruthy();
    expect(view.loads()).toBe(2);
  });

  test('the suggestion with its reasons and the tone rules; choosing another decision turns Share off with the reason', async () => {
    renderPanel();
    const suggestion = await screen.findByTestId('suggestion');
    expect(within(suggestion).getByTestId('suggested-decision').textContent).toBe('Involve community');
    expect(within(suggestion).getByTestId('reasons').textContent).toContain('“Just migrated”');
    expect(within(suggestion).getByTestId('tone-rules').textContent).toContain('gratitude');
    const share = screen.getByTestId('share-button');
    expect(share.hasAttribute('disabled')).toBe(false);
    await userEvent.selectOptions(screen.getByTestId('decision-select'), 'expert');
    expect(screen.getByTestId('share-button').hasAttribute('disabled')).toBe(true);
    expect(screen.getByTestId('share-blocked-reason').textContent).toBe('Set your decision to “Involve community” to share it.');
  });

  test('reopened after an expert was asked, the decision is "Needs an expert" (what was done), not the suggestion', async () => {
    renderPanel({ snapshot: praiseSnapshot({ tags: ['ci_expert_asked', 'ci_expert_slack_c0sverify', 'ci_expert_ts_1796309382_301000'] }) });
    const suggestion = await screen.findByTestId('suggestion');
    expect(within(suggestion).getByTestId('suggested-decision').textContent).toBe('Involve community');
    expect((screen.getByTestId('decision-select') as HTMLSelectElement).value).toBe('expert');
    expect(screen.getByTestId('share-blocked-reason').textContent).toBe('Set your decision to “Involve community” to share it.');
  });

  test('a direct message is never shared', async () => {
    const snapshot = praiseSnapshot({ via: { channel: 'twitter_dm', source: { from: { username: 'sarah_codes', name: 'Sarah Okafor' }, to: null, rel: 'direct_message' } } });
    renderPanel({ snapshot });
    await screen.findByTestId('suggestion');
    expect(screen.getByTestId('tweet-channel').textContent).toBe('Direct message (private)');
    expect(screen.getByTestId('share-button').hasAttribute('disabled')).toBe(true);
    expect(screen.getByTestId('share-blocked-reason').textContent).toContain('This is a private X message: private messages are never shared with volunteers.');
  });

  test('no channel configured: Share is off and says what the admin must set', async () => {
    renderPanel({ settings: { slack_channel_id: '' } });
    await screen.findByTestId('suggestion');
    expect(screen.getByTestId('share-blocked-reason').textContent).toContain('No Slack channel is set');
  });

  test('a ticket without a tweet link asks for one and validates it', async () => {
    const snapshot = praiseSnapshot({ description: 'love the new merge train UI @gitlab', comments: [] });
    renderPanel({ snapshot });
    const input = await screen.findByTestId('tweet-url-input');
    expect(screen.getByText(/No link to the post in this ticket/)).toBeTruthy();
    // Pasted, as advocates bring links (typed key by key, the test took 5.5 s quiet and 24 s in a loaded CI run; 3.9 s pasted).
    await userEvent.click(input);
    await userEvent.paste('https://x.com/sarah_codes');
    expect(screen.getByRole('alert').textContent).toContain('That is not a link to a post');
    await userEvent.clear(input);
    await userEvent.paste('https://twitter.com/sarah_codes/status/1859203847561029632?s=20');
    await userEvent.keyboard('{Enter}');
    expect((await screen.findByTestId('tweet-url')).getAttribute('href')).toBe('https://x.com/sarah_codes/status/1859203847561029632');
  });

  test('Share runs to the result, a double click starts it once, and the macro is saved on the ticket', async () => {
    const view = renderPanel();
    await screen.findByTestId('suggestion');
    await userEvent.dblClick(screen.getByTestId('share-button'));
    const result = await screen.findByTestId('share-result');
    expect(result.textContent).toContain('Shared to #community-involvement');
    expect(result.textContent).toContain('View in Slack');
    expect(screen.getByTestId('submit-hint').textContent).toBe('The macro “Involving Experts::Community Involvement” is saved on the ticket.');
    expect(view.channel.posts()).toHaveLength(1);
    expect(view.zendesk.ticket.tags).toContain('community_involvement');
    expect(view.zendesk.ticket.status).toBe('pending');
  });

  test('a failure names the step and the fix, and Retry resumes to one post', async () => {
    const view = renderPanel();
    view.channel.failNext('chat.postMessage', { kind: 'platform', error: 'not_in_channel' });
    await screen.findByTestId('suggestion');
    await userEvent.click(screen.getByTestId('share-button'));
    const failure = await screen.findByTestId('share-failure');
    expect(failure.textContent).toContain('Stopped at: Post to Slack');
    expect(failure.textContent).toContain('/invite');
    await userEvent.click(within(failure).getByTestId('retry-button'));
    await screen.findByTestId('share-result');
    expect(view.channel.posts()).toHaveLength(1);
  });

  test('a 429 shows the countdown before the share goes on by itself', async () => {
    // The wait lasts until the test has seen the countdown: at load 20 a 300 ms wait was over before its first render.
    const view = renderPanel({ holdWaits: true });
    view.channel.failNext('chat.postMessage', { kind: 'rate_limited', retryAfterSeconds: 2 });
    await screen.findByTestId('suggestion');
    await userEvent.click(screen.getByTestId('share-button'));
    expect((await screen.findByTestId('countdown')).textContent).toMatch(/Waiting \d seconds?, then trying again by itself/);
    expect(screen.queryByTestId('share-result')).toBeNull();
    act(() => view.releaseWaits());
    await screen.findByTestId('share-result');
    expect(screen.queryByTestId('countdown')).toBeNull();
  });

  test('the setup banner names a missing macro', async () => {
    renderPanel({ settings: { responded_macro_title: 'Involving Experts::Expert Responded (old)' } });
    const banner = await screen.findByTestId('setup-banner');
    expect(banner.textContent).toContain('There is no active macro titled “Involving Experts::Expert Responded (old)”');
  });

  test('a shared ticket shows who shared it, the claims, and the manual responded form with validation', async () => {
    const view = renderPanel();
    await screen.findByTestId('suggestion');
    await userEvent.click(screen.getByTestId('share-button'));
    await screen.findByTestId('share-result');
    act(() => view.fire('ticket.submit.done'));
    act(() => view.fire('ticket.updated'));
    expect(await screen.findByTestId('share-status')).toBeTruthy();
    expect((await screen.findByTestId('claims')).textContent).toBe('👀 Nobody has taken it yet.');
    const handle = screen.getByTestId('responder-handle');
    await userEvent.click(handle);
    await userEvent.paste('@not a handle');
    expect(screen.getByText(/An X handle has up to 15 letters/)).toBeTruthy();
    expect(screen.getByTestId('mark-responded-manual').hasAttribute('disabled')).toBe(true);
  });
});
