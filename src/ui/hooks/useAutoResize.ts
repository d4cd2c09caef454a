import { useEffect, type RefObject } from 'react';
import { useServices } from '../ServicesProvider';

/** A panel that shrinks often grows back a frame later (a spinner giving way to its result): wait before asking less. */
const SHRINK_SETTLE_MS = 60;

/**
 * Keeps the sidebar iframe as tall as the panel, so nothing scrolls inside a fixed box.
 *
 * Growth is asked for at once: until the host answers, the panel's lower part sits below the iframe's edge, and a
 * click aimed there scrolls the iframe's own page, which jumps back when the frame grows. Shrinking waits for the
 * height to settle, so a section that swaps one state for another does not make the frame flicker.
 */
export function useAutoResize(ref: RefObject<HTMLElement | null>): void {
  const { resize } = useServices();
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    let asked = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const height = () => Math.ceil(element.getBoundingClientRect().height);
    const ask = () => {
      const next = height();
      if (next > 0 && next !== asked) resize((asked = next));
    };
    const onResize = () => {
      clearTimeout(timer);
      if (height() > asked) ask();
      else timer = setTimeout(ask, SHRINK_SETTLE_MS);
    };
    ask();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(onResize);
    observer.observe(element);
    return () => {
      clearTimeout(timer);
      observer.disconnect();
    };
  }, [ref, resize]);
}
