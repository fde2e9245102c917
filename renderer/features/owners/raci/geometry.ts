/**
 * The matrix's fixed sizes. Rows have one height so that only the rows in view are rendered
 * (their place is arithmetic); the CSS takes the same numbers from here, as inline sizes.
 */
export const ROW_H = 52;
export const COL_W = 46;
export const HEAD_H = 180;
export const SUBJECT_W = 380;
/** Rows rendered beyond each edge of the view, so a short scroll never shows a blank. */
export const OVERSCAN = 4;
/** Rows shown where nothing can be measured (test environments). */
export const FALLBACK_ROWS = 32;
/** The tallest the matrix's scroll area gets: min(72vh, 800px), as owners.css says. */
export const viewHeight = (windowHeight: number): number => Math.min(0.72 * windowHeight, 800);

/** The first row under the sticky header when the matrix is scrolled by `scrollTop`. */
export function rowAt(scrollTop: number): number {
  return Math.max(0, Math.floor(scrollTop / ROW_H));
}

/** Rows that fit under the header in a view `height` pixels high (one more for a part-row). */
export function rowsIn(height: number): number {
  return Math.max(1, Math.ceil((height - HEAD_H) / ROW_H) + 1);
}

/**
 * Where to scroll so that row `row` is in view: centred, or with the least movement from
 * `scrollTop` (none when it is in view already).
 */
export function scrollFor(row: number, scrollTop: number, height: number, mode: 'center' | 'nearest'): number {
  const view = Math.max(ROW_H, height - HEAD_H);
  const top = row * ROW_H;
  if (mode === 'center') return Math.max(0, Math.round(top - view / 2 + ROW_H / 2));
  if (top < scrollTop) return top;
  if (top + ROW_H > scrollTop + view) return top + ROW_H - view;
  return scrollTop;
}
