/**
 * Renders only the register rows in view (see rowWindow.ts): measures the rows it shows after
 * each render (for the renders that follow), follows the box's scrolling, and says where any row starts so the selected one
 * can be scrolled to even while it is not rendered. Where nothing is laid out (a test's DOM),
 * the view has no height and every row is rendered.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { rowTop, rowWindow, type RowWindow } from './rowWindow';

/** Beyond the view on each side: more than the tallest row, so Tab always finds the next row rendered. */
const OVERSCAN_PX = 250;
/** Before the box is laid out: its largest height in CSS. */
const FIRST_VIEWPORT_PX = 640;
const ESTIMATE_PX = 100;

/** `box` is the scrolling element (state set by a callback ref: it comes and goes with the rows). */
export function useRowWindow(ids: readonly string[], box: HTMLElement | null): RowWindow & { top: (index: number) => number } {
  const measured = useRef(new Map<string, number>());
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(FIRST_VIEWPORT_PX);

  useLayoutEffect(() => {
    const el = box;
    if (!el) return;
    const height = el.clientHeight || Number.POSITIVE_INFINITY;
    if (height !== viewport) setViewport(height);
    // Kept for the next render (a scroll, a filter) rather than rendering again now: the
    // estimate is close enough for the overscan to absorb, and a keystroke stays one render.
    for (const tr of el.querySelectorAll<HTMLElement>('tbody tr[data-id]')) {
      const h = tr.offsetHeight;
      if (h > 0) measured.current.set(tr.dataset.id!, h);
    }
  });

  useEffect(() => {
    const el = box;
    if (!el) return;
    setScrollTop(el.scrollTop);
    // Chromium fires scroll once per frame at most: no throttling needed.
    const onScroll = () => setScrollTop(el.scrollTop);
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => el.removeEventListener('scroll', onScroll);
  }, [box]);

  let sum = 0;
  for (const h of measured.current.values()) sum += h;
  const estimate = measured.current.size ? sum / measured.current.size : ESTIMATE_PX;
  const heights = ids.map((id) => measured.current.get(id) ?? estimate);
  return { ...rowWindow(heights, scrollTop, viewport, OVERSCAN_PX), top: (index) => rowTop(heights, index) };
}
