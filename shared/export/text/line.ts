/**
 * A laid-out line in visual order: the pieces of the hard line it covers, put in the order
 * they are drawn (bidi rule L2), as runs of glyphs of one face, style and direction with their
 * x offsets, and the text each glyph stands for (for the PDF's ActualText and ToUnicode).
 */
import type { Tone } from '../../report/types';
import type { UsedFace } from '../fonts/face';
import { GLYPH_STRIDE, type ShapedItem } from '../fonts/shaper';
import { visualOrder } from './bidi';

export interface RunStyle {
  readonly bold: boolean;
  readonly italic: boolean;
  readonly tone?: Tone;
}
export interface StyledRun { readonly text: string; readonly style: RunStyle }

/** Glyphs of one face, style and direction, in visual order. */
export interface GlyphRun {
  readonly face: UsedFace;
  readonly style: RunStyle;
  readonly syntheticBold: boolean;
  readonly syntheticItalic: boolean;
  readonly rtl: boolean;
  /** Left edge from the line's start, and width, in points at the line's size. */
  readonly x: number;
  readonly width: number;
  /** `GLYPH_STRIDE` numbers per glyph (id, cluster, advance, x offset, y offset), font units. */
  readonly glyphs: Int32Array;
  /** The text each glyph stands for: its cluster's text on the cluster's widest glyph, '' on the others. */
  readonly glyphText: readonly string[];
  /** Points per font unit. */
  readonly scale: number;
  /** The run's text in reading order. */
  readonly text: string;
}

/** A piece of one style in reading order (what the text says, not where it is drawn). */
export interface Segment extends RunStyle {
  readonly text: string;
  readonly x: number;
  readonly width: number;
}

export interface Line {
  readonly segments: readonly Segment[];
  readonly runs: readonly GlyphRun[];
  readonly width: number;
  /** The line's text in reading order. */
  readonly text: string;
  /** Some of it reads right to left, so reading order and drawing order differ. */
  readonly bidi: boolean;
}

export interface Item {
  readonly start: number;
  readonly end: number;
  readonly style: RunStyle;
  readonly level: number;
  readonly shaped: ShapedItem;
  readonly syntheticBold: boolean;
  readonly syntheticItalic: boolean;
}

/** One hard line, shaped: the input of wrapping. */
export interface Shaped {
  readonly text: string;
  readonly items: readonly Item[];
  /** Advance of each UTF-16 unit in em. */
  readonly advances: Float64Array;
  /** 1 where a cluster starts; a line may only be cut there. */
  readonly cuts: Uint8Array;
  readonly levels: Uint8Array;
  readonly styles: readonly { start: number; end: number; style: RunStyle }[];
}

export function sum(a: Float64Array, from: number, to: number): number {
  let s = 0;
  for (let i = from; i < to; i++) s += a[i]!;
  return s;
}

interface Fragment {
  readonly item: Item;
  readonly start: number;
  readonly end: number;
  readonly level: number;
}

export function buildLine(s: Shaped, start: number, end: number, size: number): Line {
  const fragments: Fragment[] = [];
  let bidi = false;
  for (const item of s.items) {
    const a = Math.max(item.start, start), b = Math.min(item.end, end);
    if (a >= b) continue;
    fragments.push({ item, start: a, end: b, level: item.level });
    if (item.level % 2 === 1) bidi = true;
  }
  const runs: GlyphRun[] = [];
  let x = 0;
  for (const f of visualOrder(fragments)) {
    const run = glyphRun(s, f, x, size);
    x += run.width;
    const last = runs[runs.length - 1];
    if (last && sameKind(last, run)) runs[runs.length - 1] = merge(last, run);
    else runs.push(run);
  }
  const segments: Segment[] = [];
  let sx = 0;
  for (const st of s.styles) {
    const a = Math.max(st.start, start), b = Math.min(st.end, end);
    if (a >= b) continue;
    const width = sum(s.advances, a, b) * size;
    segments.push({ ...st.style, text: s.text.slice(a, b), x: sx, width });
    sx += width;
  }
  return { segments, runs, width: x, text: s.text.slice(start, end), bidi };
}

function glyphRun(s: Shaped, f: Fragment, x: number, size: number): GlyphRun {
  const { item } = f;
  const sh = item.shaped;
  const all = sh.glyphs;
  const whole = f.start === item.start && f.end === item.end;
  const keep: number[] = [];
  for (let g = 0; g < all.length; g += GLYPH_STRIDE) {
    const cluster = item.start + all[g + 1]!;
    if (whole || (cluster >= f.start && cluster < f.end)) keep.push(g);
  }
  // Each cluster's text goes on its widest glyph (a mark drawn before its letter carries none).
  const carrier = new Map<number, number>();
  keep.forEach((g, i) => {
    const c = all[g + 1]!;
    const best = carrier.get(c);
    if (best === undefined || all[g + 2]! > all[keep[best]! + 2]!) carrier.set(c, i);
  });
  const glyphText = keep.map((g, i) => {
    const cluster = item.start + all[g + 1]!;
    if (carrier.get(all[g + 1]!) !== i) return '';
    let clusterEnd = cluster + 1;
    while (clusterEnd < s.text.length && !s.cuts[clusterEnd]) clusterEnd++;
    return s.text.slice(cluster, Math.min(clusterEnd, f.end));
  });
  const glyphs = whole ? all : new Int32Array(keep.length * GLYPH_STRIDE);
  if (!whole) keep.forEach((g, i) => glyphs.set(all.subarray(g, g + GLYPH_STRIDE), i * GLYPH_STRIDE));
  return {
    face: sh.face, style: item.style, syntheticBold: item.syntheticBold, syntheticItalic: item.syntheticItalic,
    rtl: sh.rtl, x, width: sum(s.advances, f.start, f.end) * size, glyphs, glyphText,
    scale: size / sh.face.metrics.unitsPerEm, text: s.text.slice(f.start, f.end),
  };
}

const sameKind = (a: GlyphRun, b: GlyphRun): boolean =>
  a.face === b.face && a.rtl === b.rtl && a.syntheticBold === b.syntheticBold && a.syntheticItalic === b.syntheticItalic
  && a.style.bold === b.style.bold && a.style.italic === b.style.italic && a.style.tone === b.style.tone;

/** Two neighbouring runs drawn as one; the text keeps reading order (right to left runs come reversed). */
function merge(a: GlyphRun, b: GlyphRun): GlyphRun {
  const glyphs = new Int32Array(a.glyphs.length + b.glyphs.length);
  glyphs.set(a.glyphs);
  glyphs.set(b.glyphs, a.glyphs.length);
  return {
    ...a, width: a.width + b.width, glyphs, glyphText: [...a.glyphText, ...b.glyphText],
    text: a.rtl ? b.text + a.text : a.text + b.text,
  };
}
