/**
 * Laying out styled text into lines: the text is split into hard lines, each gets its bidi
 * levels and its font items, every piece of one face, style and direction is shaped, and the
 * shaped widths decide where lines break (breaks.ts). A line is then put in visual order:
 * runs of glyphs, each of one face and direction, with their x offsets. Renderers draw exactly
 * these glyphs at exactly these places, so nothing measured differs from what is drawn.
 */
import type { Typesetter } from '../fonts/typesetter';
import { embeddingLevels } from './bidi';
import { tokenize } from './breaks';
import { buildLine, sum, type Item, type Line, type RunStyle, type Shaped, type StyledRun } from './line';

export type { GlyphRun, Line, RunStyle, Segment, StyledRun } from './line';

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
