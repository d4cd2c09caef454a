/**
 * The host page re-renders only what a change touches: an app that resizes its frame (it does so as it loads) must
 * not re-render the conversation, the Slack pane and their Garden styles, work the real Zendesk page does not do and
 * that competed with the app for the CPU while it loaded.
 */
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import type { HostController } from '../state/hostController';
import { createHostStore, type HostSnapshot } from '../state/store';
import { HostProvider, useHostField } from './HostContext';

function setup() {
  const store = createHostStore({ colorScheme: 'light', frame: {}, notices: [] } as unknown as HostSnapshot);
  const renders = { scheme: 0, frame: 0 };
  function Scheme() {
    renders.scheme += 1;
    return createElement('p', { id: 'scheme' }, useHostField('colorScheme'));
  }
  function Frame() {
    renders.frame += 1;
    return createElement('p', { id: 'frame' }, useHostField('frame').height ?? 'auto');
  }
  const container = document.createElement('div');
  const root = createRoot(container);
  const children = [createElement(Scheme, { key: 'scheme' }), createElement(Frame, { key: 'frame' })];
  act(() => root.render(createElement(HostProvider, { controller: { store } as unknown as HostController, children })));
  return { store, renders, container };
}

describe('useHostField', () => {
  it('re-renders a component when its field changes and leaves the others alone', () => {
    const { store, renders, container } = setup();
    expect(renders).toEqual({ scheme: 1, frame: 1 });
    act(() => store.update((s) => ({ ...s, frame: { height: '320px' } })));
    expect(container.querySelector('#frame')?.textContent).toBe('320px');
    expect(renders).toEqual({ scheme: 1, frame: 2 });
    act(() => store.update((s) => ({ ...s, colorScheme: 'dark' })));
    expect(container.querySelector('#scheme')?.textContent).toBe('dark');
    expect(renders).toEqual({ scheme: 2, frame: 2 });
  });
});
