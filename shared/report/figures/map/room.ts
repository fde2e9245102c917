/**
 * The room a map figure has on a page, in points: the text area of a portrait and of a
 * landscape page (shared/export/page.ts's margins: 64 left and right, 72 top, 68 bottom) on A4
 * and on US Letter alike, less the figure's caption and, for a titled figure, its title.
 * Figures are drawn to fit it at print size, so renderers never shrink them and no text falls
 * under 7 pt.
 */

export interface Room { readonly width: number; readonly height: number }

const A4 = { width: 595.3, height: 841.9 }, LETTER = { width: 612, height: 792 };
const MARGIN_X = 128, MARGIN_Y = 140;
/** A caption of up to two lines and the gaps around it. */
export const CAPTION = 36;
/** A title above the figure (a level-3 heading). */
export const TITLE = 24;

function sheet(landscape: boolean): Room {
  const w = Math.min(landscape ? A4.height : A4.width, landscape ? LETTER.height : LETTER.width);
  const h = Math.min(landscape ? A4.width : A4.height, landscape ? LETTER.width : LETTER.height);
  return { width: Math.floor(w - MARGIN_X), height: Math.floor(h - MARGIN_Y) };
}

/** The room of an untitled figure (a map on one page) and of a titled one (the overview, a section). */
export function roomFor(orientation: 'portrait' | 'landscape', titled: boolean): Room {
  const s = sheet(orientation === 'landscape');
  return { width: s.width, height: s.height - CAPTION - (titled ? TITLE : 0) };
}
