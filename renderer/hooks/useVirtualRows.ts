/**
 * The rows of a long table worth rendering, by `@tanstack/react-virtual`: those in the
 * scrolling box's view plus an overscan, and the heights of the spacer rows that stand in for
 * the rest. The decision register (rows of varying height, measured as they show) and the RACI
 * matrix (one row height) both use it.
 *
 * Two things are ours. A table can only take a contiguous run of rows between two spacers, so
 * a row the app must show before it scrolls there (a focus request) moves the whole window
 * (`centre`) rather than being rendered on its own. And where nothing is laid out (a test's
 * DOM: no height, no scrolling), the view is `unlaidHeight` tall and a scroll the app asks for
 * is taken as done, so the window still follows the keyboard.
 */
import { defaultRangeExtractor, elementScroll, observeElementOffset, observeElementRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useRef } from 'react';

export interface VirtualRowsOptions {
  readonly count: number;
  /** The scrolling element (state set by a callback ref: it may come and go). */
  readonly box: HTMLElement | null;
  /** A row's key, so a measured height follows its row through filters and sorts. */
  readonly key: (index: number) => string;
  /** A row's height until it is measured (rows with a `ref` of `measure` are). */
  readonly estimate: (index: number) => number;
  /** Rows rendered beyond each edge of the view. */
  readonly overscan: number;
  /** The view's height before the box is laid out. */
  readonly firstHeight: number;
  /** The view's height where the box has none (nothing laid out); finite (the library cannot place rows in an endless view). */
  readonly unlaidHeight: number;
  /** Content above the first row inside the box (a sticky header), and what it hides when scrolling to a row. */
  readonly headHeight?: number;
  /** A row to show now: the window is centred on it until the box has scrolled there. */
  readonly centre?: number | null;
}

export interface VirtualRows {
  /** The rendered rows: `first` up to, not including, `last`. */
  readonly first: number;
  readonly last: number;
  /** Heights of the spacers above `first` and below `last`. */
  readonly above: number;
  readonly below: number;
  /** A ref for each rendered row (with `data-index`) whose height is not fixed. */
  readonly measure: (row: Element | null) => void;
  /** Where row `index` starts and ends, below the head (measured, or estimated). */
  readonly bounds: (index: number) => { readonly start: number; readonly end: number };
  /** Scrolls so that row `index` is in view: centred, or with the least movement. */
  readonly scrollTo: (index: number, mode: 'center' | 'nearest') => void;
}

export function useVirtualRows(o: VirtualRowsOptions): VirtualRows {
  const head = o.headHeight ?? 0;
  /** Told of the offsets the app scrolls to, for where the box does not scroll (nothing laid out). */
  const offsetSeen = useRef<((offset: number, isScrolling: boolean) => void) | null>(null);
  const centre = o.centre ?? null;

  const rangeExtractor = useCallback((range: Parameters<typeof defaultRangeExtractor>[0]) => {
    if (centre === null) return defaultRangeExtractor(range);
    const span = range.endIndex - range.startIndex + 1 + 2 * range.overscan;
    const first = Math.max(0, Math.min(centre - Math.floor(span / 2), range.count - span));
    return Array.from({ length: Math.min(span, range.count) }, (_, k) => first + k);
  }, [centre]);

  const virtualizer: Virtualizer<HTMLElement, Element> = useVirtualizer({
    count: o.count,
    getScrollElement: () => o.box,
    getItemKey: o.key,
    estimateSize: o.estimate,
    overscan: o.overscan,
    paddingStart: head,
    scrollPaddingStart: head,
    initialRect: { width: 0, height: o.firstHeight },
    rangeExtractor,
    observeElementRect: (instance, report) => observeElementRect(instance, (rect) =>
      report(rect.height > 0 ? rect : { width: rect.width, height: o.unlaidHeight })),
    observeElementOffset: (instance, report) => {
      offsetSeen.current = report;
      return observeElementOffset(instance, report);
    },
    scrollToFn: elementScroll,
  });

  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.length ? items[items.length - 1]!.index + 1 : 0;
  const above = items.length ? items[0]!.start - head : 0;
  const below = items.length ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;

  const bounds = useCallback((index: number) => {
    const m = virtualizer.measurementsCache[index];
    return m ? { start: m.start - head, end: m.end - head } : { start: 0, end: 0 };
  }, [virtualizer, head]);

  const { unlaidHeight } = o;
  const scrollTo = useCallback((index: number, mode: 'center' | 'nearest') => {
    const box = virtualizer.scrollElement;
    if (box && box.clientHeight > 0) {
      virtualizer.scrollToIndex(index, { align: mode === 'center' ? 'center' : 'auto' });
      return;
    }
    // Nothing laid out, so nothing scrolls: move the window where the scroll would have taken it.
    const m = virtualizer.measurementsCache[index];
    if (!m) return;
    const offset = virtualizer.scrollOffset ?? 0, view = unlaidHeight - head;
    const next = mode === 'center' ? m.start - head - (view - m.size) / 2
      : m.start - head < offset ? m.start - head
        : m.end - head > offset + view ? m.end - head - view : offset;
    offsetSeen.current?.(Math.max(0, Math.round(next)), false);
  }, [virtualizer, head, unlaidHeight]);

  return { first, last, above, below, measure: virtualizer.measureElement, bounds, scrollTo };
}
