import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// Lazy chunks are transformed on first import; on a shared two-core machine that can take seconds, and a
// `findBy…` that gives up after the default second fails for no fault of the panel.
configure({ asyncUtilTimeout: 5_000 });

// jsdom has no matchMedia; Garden's theming reads it when it loads. No media query matches here.
if (typeof window !== 'undefined' && typeof window.matchMedia !== 'function') {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

afterEach(() => {
  cleanup();
});
