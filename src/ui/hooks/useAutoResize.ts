import { useEffect, type RefObject } from 'react';
import { useServices } from '../ServicesProvider';

/** Heights settle over a few frames while chunks arrive; one resize per settled height is enough. */
const SETTLE_MS = 60;

/** Keeps the sidebar iframe as tall as the panel, so nothing scrolls inside a fixed box. */
export function useAutoResize(ref: RefObject<HTMLElement | null>): void {
  const { resize } = useServices();
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const report = () => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height > 0 && height !== last) {
        last = height;
        resize(height);
      }
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(report, SETTLE_MS);
    };
    report();
    if (typeof ResizeObserver === 'undefined') return () => clearTimeout(timer);
    const observer = new ResizeObserver(schedule);
    observer.observe(element);
    return () => {
      clearTimeout(timer);
      observer.disconnect();
    };
  }, [ref, resize]);
}
