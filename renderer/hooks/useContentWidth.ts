/**
 * The width of an element's content box, kept up to date as it changes (ResizeObserver), for
 * charts and matrices that size their columns to the stage instead of scrolling sideways.
 * Null until measured, and where nothing is laid out (a test's DOM): callers keep their
 * natural sizes then.
 */
import { useEffect, useState } from 'react';

export function useContentWidth(el: HTMLElement | null | undefined): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const style = getComputedStyle(el);
      const w = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      setWidth(w > 0 ? w : null);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [el]);
  return width;
}
