import { act, render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ServicesProvider } from '../ServicesProvider';
import type { PanelServices } from '../services';
import { useAutoResize } from './useAutoResize';

/** jsdom lays nothing out: the panel's height and the observer's callbacks are driven by hand. */
let height = 0;
const observers: (() => void)[] = [];

class FakeResizeObserver {
  constructor(private readonly callback: () => void) {}
  observe() {
    observers.push(this.callback);
  }
  disconnect() {
    observers.splice(observers.indexOf(this.callback), 1);
  }
}

function layout(next: number) {
  height = next;
  act(() => observers.forEach((callback) => callback()));
}

function Sized() {
  const ref = useRef<HTMLDivElement>(null);
  useAutoResize(ref);
  return <div ref={ref} />;
}

function renderSized() {
  const asked: number[] = [];
  const services = { resize: (next: number) => asked.push(next) } as unknown as PanelServices;
  const view = render(
    <ServicesProvider services={services}>
      <Sized />
    </ServicesProvider>,
  );
  return { asked, view };
}

describe('the iframe follows the panel', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(() => ({ height }) as DOMRect);
    height = 300;
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  test('a panel that grows asks for its new height at once, before any timer: nothing waits below the frame edge', () => {
    const { asked } = renderSized();
    expect(asked).toEqual([300]);
    layout(780.4);
    layout(1451);
    expect(asked).toEqual([300, 781, 1451]);
  });

  test('a panel that shrinks asks once its height has settled, and a height that comes back asks nothing', () => {
    const { asked } = renderSized();
    layout(900);
    layout(600);
    act(() => vi.advanceTimersByTime(30));
    layout(500);
    expect(asked).toEqual([300, 900]);
    act(() => vi.advanceTimersByTime(60));
    expect(asked).toEqual([300, 900, 500]);
    layout(480);
    layout(500);
    act(() => vi.advanceTimersByTime(100));
    expect(asked).toEqual([300, 900, 500]);
  });

  test('unmounted, it stops observing and a pending shrink is never asked', () => {
    const { asked, view } = renderSized();
    layout(200);
    view.unmount();
    act(() => vi.advanceTimersByTime(100));
    expect(asked).toEqual([300]);
    expect(observers).toEqual([]);
  });
});
