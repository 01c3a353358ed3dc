import { useEffect, useRef } from 'preact/hooks';

/**
 * Scrolls section `id` into view once its data has loaded when the page was
 * opened at `#id` (the popup's "All requests →" opens `options.html#requests`):
 * content that loads late above it would otherwise push it off screen.
 */
export function useHashScroll(id: string, ready: boolean): void {
  const done = useRef(false);
  useEffect(() => {
    if (done.current || !ready) return;
    done.current = true;
    if (location.hash !== `#${id}`) return;
    requestAnimationFrame(() => document.getElementById(id)?.scrollIntoView({ block: 'start' }));
  }, [id, ready]);
}
