import { useEffect, type RefObject } from 'react';
import { useServices } from '../ServicesProvider';

/** Keeps the sidebar iframe as tall as the panel, so nothing scrolls inside a fixed box. */
export function useAutoResize(ref: RefObject<HTMLElement | null>): void {
  const { resize } = useServices();
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    let last = 0;
    const report = () => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height > 0 && height !== last) {
        last = height;
        resize(height);
      }
    };
    report();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(report);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, resize]);
}
