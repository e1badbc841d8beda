import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/** How long to wait for the new page's heading: its chunk and first data may still be loading. */
const WAIT_MS = 3000;

/**
 * After each change of page (not of its query string, and not on the first load), moves focus to
 * the new page's h1, so a screen-reader user hears that the page changed and a keyboard user starts
 * from the top. Lives above the routes: every page mounts its own layout, which cannot tell a
 * navigation from a first render.
 */
export function FocusOnNavigation() {
  const { pathname } = useLocation();
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const started = Date.now();
    let frame = 0;
    const look = () => {
      const heading = document.querySelector<HTMLElement>('main h1');
      if (heading) heading.focus();
      else if (Date.now() - started < WAIT_MS) frame = requestAnimationFrame(look);
    };
    look();
    return () => cancelAnimationFrame(frame);
  }, [pathname]);

  return null;
}
