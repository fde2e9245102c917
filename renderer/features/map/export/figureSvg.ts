/**
 * The map's figure as the SVG the Map stage exports: drawn by the one SVG writer the documents
 * use (shared/export/figure/svg.ts), so the app's image, the DOCX's image and the PDF's vectors
 * are the same drawing of the same shapes. The app has no shaped fonts, so its text is placed
 * by a measure the caller passes in (the browser's canvas in the app, a fixed advance in
 * tests) and set in the app's font stack, Noto Sans first as in the documents.
 */
import { figureToSvg as drawSvg, MAX_IMAGE_SIDE } from '../../../../shared/export/figure/svg';
import { svgMeasuredText, type TextMeasure } from '../../../../shared/export/figure/svgText';
import type { Figure } from '../../../../shared/report/types';

export { MAX_IMAGE_SIDE, type TextMeasure };

export const FIGURE_FONT = '"Noto Sans", "DejaVu Sans", "Segoe UI", Arial, Helvetica, sans-serif';

/** An approximate measure (0.55 em per character) for places without fonts. */
export const roughMeasure: TextMeasure = (text, size, bold) => Array.from(text).length * size * (bold ? 0.6 : 0.55);

/** A standalone SVG document of `figure`, `scale` pixels per point, on a white page. */
export function figureToSvg(figure: Figure, measure: TextMeasure = roughMeasure, scale = 1.5, title = 'Workflow map'): string {
  return drawSvg(figure, svgMeasuredText(measure, FIGURE_FONT), { title, scale, maxSide: MAX_IMAGE_SIDE });
}
