/**
 * The two ways a figure's text is placed in its SVG (svg.ts). The documents place it with their
 * shaped fonts, exactly as the PDF draws it (textLayout.ts): each run of a line at its x, in
 * the family of the face that sets it. The app's map export has no shaped fonts and places
 * lines by a measure the browser gives, in the app's font stack; the lines break by the same
 * rule (text/wrap.ts) and sit at the same height in the line box.
 */
import type { TextShape } from '../../report/types';
import { cjkOrder, FAMILIES, FAMILY, type FamilyId } from '../fonts/faces';
import type { Typesetter } from '../fonts/typesetter';
import { wrapAndClamp } from '../text/wrap';
import type { SvgLine, SvgText } from './svg';
import { FIGURE_LINE_HEIGHT, layoutTextShape, type PlaceText } from './textLayout';

/** The families of the chain in the order a reader without them would look for them (the locale's CJK family first). */
export function familyList(locale: string): string {
  const cjk = cjkOrder(locale);
  const order: FamilyId[] = [...FAMILIES.filter((f) => f !== 'sc' && f !== 'jp' && f !== 'kr' && f !== 'dejavu'), ...cjk, 'dejavu'];
  return [...order.map((f) => FAMILY[f].name), 'sans-serif'].join(', ');
}

/** Text placed by the document's fonts: the same lines, runs and positions as the PDF's. */
export function svgShapedText(fonts: Typesetter, place: PlaceText = (shape) => layoutTextShape(shape, fonts)): SvgText {
  return {
    fontFamily: familyList(fonts.locale),
    lines: (shape) => place(shape).map((placed): SvgLine => ({
      baseline: placed.baseline,
      runs: placed.line.runs.map((run) => ({ x: placed.x + run.x, text: run.text, family: run.face.family.name })),
    })),
  };
}

/** Width of `text` at `size` points, bold or not. */
export type TextMeasure = (text: string, size: number, bold: boolean) => number;

/** Ascent and descent of the app's sans-serif as a share of the size, for placing baselines like the documents. */
const ASCENT = 0.93, DESCENT = 0.24;

/** Text placed by a measure (the app's canvas): lines wrapped by the same rule, in `fontFamily`. */
export function svgMeasuredText(measure: TextMeasure, fontFamily: string): SvgText {
  return {
    fontFamily,
    lines: (shape) => measuredLines(shape, measure),
  };
}

function measuredLines(shape: TextShape, measure: TextMeasure): SvgLine[] {
  const size = shape.size > 0 ? shape.size : 1;
  const m = (s: string): number => measure(s, size, shape.bold === true);
  const lines = shape.maxWidth !== undefined && shape.maxWidth > 0
    ? wrapAndClamp(shape.text, shape.maxWidth, shape.maxLines, m)
    : shape.text.split(/\r\n|\r|\n/);
  const lineHeight = size * FIGURE_LINE_HEIGHT;
  const top = shape.boxHeight !== undefined && shape.boxHeight > 0 ? shape.y + (shape.boxHeight - lines.length * lineHeight) / 2 : shape.y;
  const first = top + (lineHeight - (ASCENT + DESCENT) * size) / 2 + ASCENT * size;
  return lines.map((line, i) => {
    const width = m(line);
    const x = shape.align === 'center' ? shape.x - width / 2 : shape.align === 'right' ? shape.x - width : shape.x;
    return { baseline: first + i * lineHeight, runs: [{ x, text: line }] };
  });
}
