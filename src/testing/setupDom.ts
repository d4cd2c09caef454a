import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// findBy*/waitFor wait for what the user would see; their ceiling only matters when it never comes. On a shared,
// loaded two-core machine a lazy chunk's first import in jsdom can take seconds, so the ceiling is generous.
configure({ asyncUtilTimeout: 15_000 });

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
