/**
 * The Slack pane scrolls a post into view only when it arrives while the page is open. The channel's first answer
 * is what was there already: scrolling smoothly to its last post on every page load repainted the host page for
 * ~0.8 s while the app loaded beside it.
 */
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { DEFAULT_THEME, ThemeProvider } from '@zendeskgarden/react-theming';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HostController } from '../state/hostController';
import { createHostStore, type HostSnapshot } from '../state/store';
import { HostProvider } from '../ui/HostContext';

const answers: unknown[] = [];
vi.mock('../state/simApi', () => ({ simApi: { slackView: () => Promise.resolve(answers.shift()) } }));
const { SlackPane } = await import('./SlackPane');

const post = (ts: string, text: string) => ({ ts, user: 'U1', text });
const channel = (...messages: unknown[]) => ({ users: [{ id: 'U1', real_name: 'Ana' }], channels: [{ id: 'C1', name: 'community-involvement', bot_is_member: true, messages }] });

const scrolled: string[] = [];
Element.prototype.scrollIntoView = function scrollIntoView(this: Element) {
  scrolled.push(this.getAttribute('data-slack-ts') ?? '?');
};

afterEach(() => {
  scrolled.length = 0;
  answers.length = 0;
});

async function settle(): Promise<void> {
  for (let round = 0; round < 5; round += 1) await act(() => Promise.resolve());
}

describe('SlackPane', () => {
  it('does not scroll on the first answer, and scrolls to a post that arrives later', async () => {
    answers.push(channel(post('1.0', 'first'), post('2.0', 'second')), channel(post('1.0', 'first'), post('2.0', 'second'), post('3.0', 'new share')));
    const sim = { installation: { settings: { slack_channel_id: 'C1' } } };
    const store = createHostStore({ slackVersion: 0, sim } as unknown as HostSnapshot);
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    await act(async () => root.render(createElement(HostProvider, { controller: { store } as unknown as HostController, children: createElement(ThemeProvider, { theme: DEFAULT_THEME, children: createElement(SlackPane) }) })));
    await settle();
    expect(container.querySelectorAll('[data-slack-ts]').length).toBe(2);
    expect(scrolled).toEqual([]);

    await act(async () => store.update((snapshot) => ({ ...snapshot, slackVersion: 1 })));
    await settle();
    expect(container.querySelectorAll('[data-slack-ts]').length).toBe(3);
    expect(scrolled).toEqual(['3.0']);
    act(() => root.unmount());
  });
});
