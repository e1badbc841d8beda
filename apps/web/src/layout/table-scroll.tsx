import { type ReactNode, useEffect, useRef, useState } from 'react';

/**
 * A table that may be wider than a phone's screen scrolls sideways inside this box, not the whole
 * page (WCAG 1.4.10 Reflow). Only while it does scroll is the box a named, focusable region, so a
 * keyboard user can scroll it and nobody gets a needless tab stop on a wide screen.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);

  useEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const check = () => setScrolls(element.scrollWidth > element.clientWidth + 1);
    const observer = new ResizeObserver(check);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    check();
    return () => observer.disconnect();
  }, []);

  return (
    <div ref={box} className="app-table-scroll" {...(scrolls ? { role: 'region', 'aria-label': label, tabIndex: 0 } : {})}>
      {children}
    </div>
  );
}
