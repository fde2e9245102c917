/**
 * Renders only the rows in view: the scroll container's position, quantized to whole rows (so
 * scrolling within a row renders nothing), and its height. Rows have a fixed height
 * (geometry.ts), so the window is arithmetic; spacer rows stand in for the rest. The first
 * render guesses the height from the window (the matrix is as tall as CSS lets it be), and a
 * ResizeObserver corrects it after layout: reading the height in an effect would force a whole
 * extra layout of a freshly built page.
 */
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { FALLBACK_ROWS, OVERSCAN, rowAt, rowsIn, scrollFor, viewHeight } from './geometry';

export interface RowWindow {
  readonly ref: RefObject<HTMLDivElement | null>;
  /** The rendered rows: `first` up to, not including, `last`. */
  readonly first: number;
  readonly last: number;
  /** Starts the next render's window around `row` (callable while rendering; scroll after, with scrollTo). */
  readonly centreOn: (row: number) => void;
  /** Scrolls so that `row` is in view, and moves the window there. */
  readonly scrollTo: (row: number, mode: 'center' | 'nearest') => void;
}

export function useRowWindow(count: number): RowWindow {
  const ref = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState(0);
  const [rows, setRows] = useState(() => (typeof window !== 'undefined' && window.innerHeight > 0 ? rowsIn(viewHeight(window.innerHeight)) : FALLBACK_ROWS));

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onScroll = () => setTop(rowAt(el.scrollTop));
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(([entry]) => {
      const height = entry?.contentRect.height ?? 0;
      if (height > 0) setRows(rowsIn(height));
    });
    observer?.observe(el);
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      observer?.disconnect();
      el.removeEventListener('scroll', onScroll);
    };
  }, []);

  const centreOn = useCallback((row: number) => setTop(Math.max(0, row - Math.floor(rows / 2))), [rows]);

  const scrollTo = useCallback((row: number, mode: 'center' | 'nearest') => {
    const el = ref.current;
    if (!el) return;
    const next = scrollFor(row, el.scrollTop, el.clientHeight, mode);
    if (next !== el.scrollTop) el.scrollTop = next;
    setTop(rowAt(next));
  }, []);

  return {
    ref, centreOn, scrollTo,
    first: Math.min(count, Math.max(0, top - OVERSCAN)),
    last: Math.min(count, top + rows + OVERSCAN),
  };
}
