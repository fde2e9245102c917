/**
 * Which rows of a long register to render: those in the scrolling box's view plus a margin
 * above and below, with spacers standing in for the rest. Rows differ in height (titles and
 * control lists wrap), so heights are measured once shown and estimated until then. Pure.
 */

export interface RowWindow {
  /** First row rendered. */
  readonly start: number;
  /** One past the last row rendered. */
  readonly end: number;
  /** Height of the rows above `start` and below `end`: the spacers. */
  readonly above: number;
  readonly below: number;
}

/** The window over rows of `heights` for a view `viewport` tall scrolled to `scrollTop`, `overscan` beyond each edge. */
export function rowWindow(heights: readonly number[], scrollTop: number, viewport: number, overscan: number): RowWindow {
  const from = Math.max(0, scrollTop - overscan);
  const to = scrollTop + viewport + overscan;
  let y = 0, start = 0;
  while (start < heights.length && y + heights[start]! <= from) y += heights[start++]!;
  const above = y;
  let end = start;
  while (end < heights.length && y < to) y += heights[end++]!;
  let below = 0;
  for (let i = end; i < heights.length; i++) below += heights[i]!;
  return { start, end, above, below };
}

/** Where row `index` starts, from the top of the first row. */
export function rowTop(heights: readonly number[], index: number): number {
  let y = 0;
  for (let i = 0; i < index && i < heights.length; i++) y += heights[i]!;
  return y;
}
