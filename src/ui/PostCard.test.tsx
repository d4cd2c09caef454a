import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { praiseSnapshot, renderPanel } from '../testing/renderPanel';

const API_VIA = { channel: 'api', source: { from: null, to: null, rel: null } };
const HN_TEXT = 'GitLab CI is the only thing in our stack nobody complains about. https://news.ycombinator.com/item?id=42101234';

function hackerNewsSnapshot() {
  return praiseSnapshot({
    description: HN_TEXT,
    via: API_VIA,
    requester: { id: 9002, name: 'kdevops' },
    comments: [{ id: 2, authorId: 9002, authorName: 'kdevops', public: true, via: API_VIA, createdAt: '2026-11-22T08:14:09Z', body: HN_TEXT, htmlBody: `<p>${HN_TEXT}</p>` }],
  });
}

describe('the post card, on every platform', () => {
  test('a Hacker News post shows its platform, its author’s HN profile and its item link, and can be shared', async () => {
    renderPanel({ snapshot: hackerNewsSnapshot() });
    expect(await screen.findByTestId('post-platform')).toHaveProperty('textContent', 'Hacker News');
    expect(screen.getByText('Hacker News post')).toBeTruthy();
    expect(screen.getByTestId('tweet-handle').getAttribute('href')).toBe('https://news.ycombinator.com/user?id=kdevops');
    expect(screen.getByTestId('tweet-channel').textContent).toBe('Public post');
    expect(screen.getByTestId('tweet-url').getAttribute('href')).toBe('https://news.ycombinator.com/item?id=42101234');
    await screen.findByTestId('suggestion', {}, { timeout: 15_000 });
    expect(screen.queryByTestId('share-blocked-reason')?.textContent ?? '').not.toContain('link');
  });

  test('a Facebook page message is private and Share says why', async () => {
    const via = { channel: 'facebook', source: { from: { name: 'Priya Raman', profile_url: 'https://www.facebook.com/priya.raman.dev' }, to: { name: 'GitLab' }, rel: 'message' } };
    renderPanel({ snapshot: praiseSnapshot({ description: 'Hi, I cannot log in to my GitLab account, can you help?', via, comments: [] }) });
    await screen.findByTestId('suggestion', {}, { timeout: 15_000 });
    expect(screen.getByTestId('post-platform').textContent).toBe('Facebook');
    expect(screen.getByTestId('tweet-channel').textContent).toBe('Page message (private)');
    expect(screen.getByText('Facebook message')).toBeTruthy();
    expect(screen.queryByTestId('tweet-url-input')).toBeNull();
    expect(screen.getByTestId('share-button').hasAttribute('disabled')).toBe(true);
    expect(screen.getByTestId('share-blocked-reason').textContent).toBe('This is a private Facebook message: private messages are never shared with volunteers.');
  });

  test('a ticket without a link takes a pasted Reddit comment link in canonical form', async () => {
    renderPanel({ snapshot: praiseSnapshot({ description: 'Is GitLab still worth it for a small team?', via: API_VIA, requester: { id: 9003, name: 'ops_marta' }, comments: [] }) });
    const input = await screen.findByTestId('tweet-url-input');
    await userEvent.click(input);
    await userEvent.paste('https://www.reddit.com/r/gitlab/s/AbC123xyZ9');
    expect(screen.getByRole('alert').textContent).toContain('That short link hides the post');
    await userEvent.clear(input);
    await userEvent.paste('https://old.reddit.com/r/gitlab/comments/1h2k3lm/small_team/m0abc12/?context=3');
    await userEvent.keyboard('{Enter}');
    expect((await screen.findByTestId('tweet-url')).getAttribute('href')).toBe('https://www.reddit.com/r/gitlab/comments/1h2k3lm/comment/m0abc12/');
    expect(screen.getByTestId('post-platform').textContent).toBe('Reddit');
    expect(screen.getByTestId('tweet-handle').textContent).toContain('u/ops_marta');
    expect(screen.getByTestId('tweet-handle').getAttribute('href')).toBe('https://www.reddit.com/user/ops_marta/');
  });

  test('a ticket from a source turned off in the settings says so and cannot be shared', async () => {
    renderPanel({ snapshot: hackerNewsSnapshot(), settings: { enabled_sources: 'x, reddit, facebook, forum' } });
    expect((await screen.findByTestId('source-off')).textContent).toBe(
      'Hacker News is turned off in the app settings, so this ticket cannot be shared. An admin can turn it on under Sources.',
    );
    await screen.findByTestId('suggestion', {}, { timeout: 15_000 });
    expect(screen.getByTestId('share-button').hasAttribute('disabled')).toBe(true);
    expect(screen.getByTestId('share-blocked-reason').textContent).toContain('Hacker News is turned off in the app settings');
  });

  test('a pasted link from a source turned off is refused with the reason', async () => {
    renderPanel({ snapshot: praiseSnapshot({ description: 'no link here', via: API_VIA, comments: [] }), settings: { enabled_sources: 'x' } });
    const input = await screen.findByTestId('tweet-url-input');
    await userEvent.click(input);
    await userEvent.paste('https://news.ycombinator.com/item?id=42101234');
    expect(screen.getByRole('alert').textContent).toBe('Hacker News is turned off in the app settings. An admin can turn it on under Sources.');
  });
});
