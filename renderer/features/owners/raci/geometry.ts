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
