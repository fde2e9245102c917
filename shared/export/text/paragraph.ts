/**
 * Laying out styled text into lines: the text is split into hard lines, each gets its bidi
 * levels and its font items, every piece of one face, style and direction is shaped, and the
 * shaped widths decide where lines break (breaks.ts). A line is then put in visual order:
 * runs of glyphs, each of one face and direction, with their x offsets. Renderers draw exactly
 * these glyphs at exactly these places, so nothing measured differs from what is drawn.
 */
import type { Tone } from '../../report/types';
import type { UsedFace } from '../fonts/face';
import { GLYPH_STRIDE, type ShapedItem } from '../fonts/shaper';
import type { Typesetter } from '../fonts/typesetter';
import { embeddingLevels, visualOrder } from './bidi';
import { tokenize } from './breaks';

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

interface Item {
  readonly start: number;
  readonly end: number;
  readonly style: RunStyle;
  readonly level: number;
  readonly shaped: ShapedItem;
  readonly syntheticBold: boolean;
  readonly syntheticItalic: boolean;
}

/** One hard line, shaped: the input of wrapping. */
interface Shaped {
  readonly text: string;
  readonly items: readonly Item[];
  /** Advance of each UTF-16 unit in em. */
  readonly advances: Float64Array;
  /** 1 where a cluster starts; a line may only be cut there. */
  readonly cuts: Uint8Array;
  readonly levels: Uint8Array;
  readonly styles: readonly { start: number; end: number; style: RunStyle }[];
}

const HARD_BREAK = /\r\n|\r|\n/g;

/** Lays out `runs` in lines at most `maxWidth` points wide at `size` points. */
export function layoutRuns(ts: Typesetter, runs: readonly StyledRun[], maxWidth: number, size: number): Line[] {
  const lines: Line[] = [];
  for (const hard of hardLines(runs)) {
    const shaped = shape(ts, hard);
    for (const [start, end] of wrap(shaped, maxWidth, size)) lines.push(buildLine(shaped, start, end, size));
  }
  return lines;
}

/** The width of `text` in one line, in points. */
export function measureText(ts: Typesetter, text: string, style: RunStyle, size: number): number {
  let w = 0;
  for (const hard of hardLines([{ text, style }])) {
    const s = shape(ts, hard);
    w = Math.max(w, sum(s.advances, 0, s.text.length) * size);
  }
  return w;
}

/** `text` as one line, however wide. */
export function singleLine(ts: Typesetter, text: string, style: RunStyle, size: number): Line {
  const s = shape(ts, { text: text.replace(HARD_BREAK, ' '), styles: [{ start: 0, end: text.length, style }] });
  return buildLine(s, 0, s.text.length, size);
}

/**
 * The longest start of `text` that, followed by "…", fits `maxWidth`: for a label that goes on
 * beyond the lines it may have. Cut between clusters, never inside one.
 */
export function ellipsize(ts: Typesetter, text: string, style: RunStyle, size: number, maxWidth: number): Line {
  const s = shape(ts, { text, styles: [{ start: 0, end: text.length, style }] });
  const ends: number[] = [];
  for (let i = 1; i <= s.text.length; i++) if (s.cuts[i]) ends.push(i);
  let lo = 0, hi = ends.length; // the answer is the number of clusters kept
  const fits = (k: number): Line => singleLine(ts, `${s.text.slice(0, k === 0 ? 0 : ends[k - 1]).trimEnd()}…`, style, size);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid).width <= maxWidth) lo = mid; else hi = mid - 1;
  }
  return fits(lo);
}

function hardLines(runs: readonly StyledRun[]): { text: string; styles: { start: number; end: number; style: RunStyle }[] }[] {
  const out: { text: string; styles: { start: number; end: number; style: RunStyle }[] }[] = [];
  let current = { text: '', styles: [] as { start: number; end: number; style: RunStyle }[] };
  for (const run of runs) {
    const parts = run.text.split(HARD_BREAK);
    parts.forEach((part, i) => {
      if (i > 0) { out.push(current); current = { text: '', styles: [] }; }
      if (part === '') return;
      current.styles.push({ start: current.text.length, end: current.text.length + part.length, style: run.style });
      current.text += part;
    });
  }
  out.push(current);
  return out;
}

function shape(ts: Typesetter, hard: { text: string; styles: readonly { start: number; end: number; style: RunStyle }[] }): Shaped {
  const { text } = hard;
  const levels = embeddingLevels(text);
  const advances = new Float64Array(text.length);
  const cuts = new Uint8Array(text.length + 1);
  const items: Item[] = [];
  for (const run of hard.styles) {
    const piece = text.slice(run.start, run.end);
    for (const fontItem of ts.itemize(piece).items) {
      // Split the font item where the direction changes.
      let a = run.start + fontItem.start;
      const end = run.start + fontItem.end;
      while (a < end) {
        let b = a + 1;
        while (b < end && levels[b] === levels[a]) b++;
        const sub = text.slice(a, b);
        const choice = ts.choose(fontItem.family, run.style.bold, run.style.italic, sub);
        const shaped = ts.shaper.shape(choice.face, sub, levels[a]! % 2 === 1);
        advances.set(shaped.advances, a);
        for (let k = 0; k < sub.length; k++) if (shaped.clusterStart[k]) cuts[a + k] = 1;
        items.push({
          start: a, end: b, style: run.style, level: levels[a]!, shaped,
          syntheticBold: choice.syntheticBold, syntheticItalic: choice.syntheticItalic,
        });
        a = b;
      }
    }
  }
  cuts[text.length] = 1;
  return { text, items, advances, cuts, levels, styles: hard.styles };
}

function sum(a: Float64Array, from: number, to: number): number {
  let s = 0;
  for (let i = from; i < to; i++) s += a[i]!;
  return s;
}

/** Characters after which a token too long for any line is best cut. */
const SOFT_BREAK = /[-/_.,:;\\|)\]}@]/;

/** Line ranges [start, end) of the hard line, trailing spaces left out. */
function wrap(s: Shaped, maxWidth: number, size: number): [number, number][] {
  const lines: [number, number][] = [];
  let line: { start: number; end: number; width: number } | null = null;
  let pending = 0;
  const flush = (): void => {
    if (line) lines.push([line.start, line.end]);
    line = null;
    pending = 0;
  };
  for (const t of tokenize(s.text)) {
    const w = sum(s.advances, t.start, t.end) * size;
    if (t.space) {
      if (line) pending += w;
      continue;
    }
    const open = line as { start: number; end: number; width: number } | null;
    if (open && open.width + pending + w <= maxWidth) {
      open.end = t.end;
      open.width += pending + w;
      pending = 0;
      continue;
    }
    flush();
    if (w <= maxWidth) { line = { start: t.start, end: t.end, width: w }; continue; }
    // Longer than a whole line: cut between clusters, after a soft break character when one falls late enough.
    let from = t.start, width = 0, soft = -1;
    for (let i = t.start; i < t.end; i++) {
      if (s.cuts[i] && i > from && width + clusterWidth(s, i) * size > maxWidth) {
        const at = soft > from + (i - from) / 3 ? soft : i;
        lines.push([from, at]);
        width = sum(s.advances, at, i) * size;
        from = at;
        soft = -1;
      }
      width += s.advances[i]! * size;
      if (SOFT_BREAK.test(s.text[i]!) && s.cuts[i + 1]) soft = i + 1;
    }
    line = { start: from, end: t.end, width };
  }
  flush();
  if (lines.length === 0) lines.push([0, 0]);
  return lines;
}

function clusterWidth(s: Shaped, at: number): number {
  let w = s.advances[at]!;
  for (let i = at + 1; i < s.text.length && !s.cuts[i]; i++) w += s.advances[i]!;
  return w;
}

interface Fragment {
  readonly item: Item;
  readonly start: number;
  readonly end: number;
  readonly level: number;
}

function buildLine(s: Shaped, start: number, end: number, size: number): Line {
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
