/**
 * Wrapping of styled inline report text (bold, italic, toned runs) into lines of shaped,
 * positioned glyph runs, for renderers that place every line themselves (the PDF).
 */
import type { Inline } from '../../report/types';
import type { Typesetter } from '../fonts/typesetter';
import { layoutRuns, type Line, type RunStyle, type StyledRun } from './paragraph';

export type { GlyphRun, Line, RunStyle, Segment, StyledRun } from './paragraph';

/** Turns inline content into styled runs; `base` styles plain strings (a header is bold). */
export function toRuns(content: readonly Inline[], base: Partial<RunStyle> = {}): StyledRun[] {
  return content.map((c) => typeof c === 'string'
    ? { text: c, style: { bold: base.bold ?? false, italic: base.italic ?? false, tone: base.tone } }
    : {
      text: c.text,
      style: { bold: c.bold ?? base.bold ?? false, italic: c.italic ?? base.italic ?? false, tone: c.tone ?? base.tone },
    });
}

export function wrapRuns(runs: readonly StyledRun[], maxWidth: number, size: number, ts: Typesetter): Line[] {
  return layoutRuns(ts, runs, maxWidth, size);
}
