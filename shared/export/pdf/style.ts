/**
 * PDF typography: sizes and spacing in points, set a little smaller than the DOCX's (Noto
 * Sans in both) because the PDF's margins and leading are its own.
 */

export const TYPE = {
  body: { size: 9.5, leading: 14 },
  lead: { size: 11.5, leading: 16.5 },
  small: { size: 8, leading: 11 },
  table: { size: 8.25, leading: 11 },
  caption: { size: 8, leading: 11 },
  h1: { size: 17, leading: 22, before: 20, after: 10 },
  h2: { size: 12.5, leading: 17, before: 16, after: 6 },
  h3: { size: 10.5, leading: 14, before: 12, after: 4 },
  chrome: { size: 7.5 },
} as const;

export const SPACE = {
  /** After a paragraph, list, table, callout, figure. */
  block: 9,
  /** Between list items. */
  item: 2.5,
  listIndent: 16,
  cellPadX: 5,
  cellPadY: 4,
  calloutPad: 9,
  calloutBar: 3,
  /** A heading must have this much room for what follows, or it moves to the next page with it. */
  keepWithNext: 48,
} as const;
