/**
 * Wrapping of styled inline text (bold, italic, toned runs) into lines of positioned
 * segments, for renderers that place every line themselves (the PDF). Uses the same word
 * breaking as plain wrapping, so long unbroken strings never overflow their box.
 */
import type { Inline, Tone } from '../../report/types';
import type { FontSet } from '../fonts/fontSet';
import { breakWord } from './wrap';

export interface RunStyle {
  readonly bold: boolean;
  readonly italic: boolean;
  readonly tone?: Tone;
}
export interface Segment extends RunStyle {
  readonly text: string;
  /** Offset from the start of the line, in points. */
  readonly x: number;
  readonly width: number;
}
export interface Line {
  readonly segments: readonly Segment[];
  readonly width: number;
}

interface Token { text: string; width: number; style: RunStyle; space: boolean }

const sameStyle = (a: RunStyle, b: RunStyle): boolean =>
  a.bold === b.bold && a.italic === b.italic && a.tone === b.tone;

/** Turns inline content into styled runs; `base` styles plain strings (a header is bold). */
export function toRuns(content: readonly Inline[], base: Partial<RunStyle> = {}): { text: string; style: RunStyle }[] {
  return content.map((c) => typeof c === 'string'
    ? { text: c, style: { bold: base.bold ?? false, italic: base.italic ?? false, tone: base.tone } }
    : {
      text: c.text,
      style: { bold: c.bold ?? base.bold ?? false, italic: c.italic ?? base.italic ?? false, tone: c.tone ?? base.tone },
    });
}

export function wrapRuns(
  runs: readonly { text: string; style: RunStyle }[], maxWidth: number, size: number, fonts: FontSet,
): Line[] {
  const lines: Line[] = [];
  let tokens: Token[] = [];
  let width = 0;
  let pendingSpace: Token | null = null;

  const flush = (): void => {
    lines.push(toLine(tokens));
    tokens = [];
    width = 0;
    pendingSpace = null;
  };
  const place = (t: Token): void => {
    if (pendingSpace) { tokens.push(pendingSpace); width += pendingSpace.width; pendingSpace = null; }
    tokens.push(t);
    width += t.width;
  };

  for (const run of runs) {
    const font = run.style.bold ? fonts.bold : fonts.regular;
    const measure = (s: string): number => font.width(s, size);
    const parts = run.text.split(/\r\n|\r|\n/);
    parts.forEach((part, partIndex) => {
      if (partIndex > 0) flush();
      part.split(' ').forEach((word, wordIndex) => {
        if (wordIndex > 0) {
          // A space only matters between words on one line; at a wrap point it disappears.
          const space: Token = { text: ' ', width: measure(' '), style: run.style, space: true };
          if (tokens.length > 0) {
            const previous = pendingSpace as Token | null;
            if (previous) { tokens.push(previous); width += previous.width; }
            pendingSpace = space;
          }
        }
        if (word === '') return;
        const w = measure(word);
        const spaceW = (pendingSpace as Token | null)?.width ?? 0;
        if (width + spaceW + w <= maxWidth || tokens.length === 0 && w <= maxWidth) {
          place({ text: word, width: w, style: run.style, space: false });
          return;
        }
        if (tokens.length > 0) flush();
        if (w <= maxWidth) { place({ text: word, width: w, style: run.style, space: false }); return; }
        const pieces = breakWord(word, maxWidth, measure);
        pieces.forEach((piece, i) => {
          if (i > 0) flush();
          place({ text: piece, width: measure(piece), style: run.style, space: false });
        });
      });
    });
  }
  if (tokens.length > 0 || lines.length === 0) flush();
  return lines;
}

/** Merges neighbouring tokens of one style into a segment: fewer text operators in the PDF. */
function toLine(tokens: readonly Token[]): Line {
  const segments: Segment[] = [];
  let x = 0;
  let current: { text: string; x: number; width: number; style: RunStyle } | null = null;
  for (const t of tokens) {
    if (current && sameStyle(current.style, t.style)) {
      current.text += t.text;
      current.width += t.width;
    } else {
      if (current) segments.push({ ...current.style, text: current.text, x: current.x, width: current.width });
      current = { text: t.text, x, width: t.width, style: t.style };
    }
    x += t.width;
  }
  if (current) segments.push({ ...current.style, text: current.text, x: current.x, width: current.width });
  return { segments, width: x };
}
