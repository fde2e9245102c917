/**
 * Shaped lines written straight into the page's content stream: one text object per line,
 * each glyph run selected in its font and placed by TJ arrays whose adjustments put every
 * glyph where HarfBuzz put it (kerning, marks, cursive joins), text rise for marks lifted or
 * lowered. Copying and `pdftotext` must give the characters in reading order, not the glyphs
 * in drawing order: a left-to-right run is marked `/Span <</ActualText …>>` as a whole (Indic
 * vowel signs drawn before their consonant, conjuncts, ligatures), and a right-to-left run,
 * drawn left to right like every run, is marked cluster by cluster, so extractors that put
 * right-to-left text back in reading order (as they do for every PDF) find each cluster's
 * characters where its glyphs are. Synthetic italics slant the text matrix, synthetic bold
 * strokes the outlines as well.
 */
import { GLYPH_STRIDE } from '../fonts/shaper';
import { ITALIC_SKEW, SYNTHETIC_BOLD_STROKE } from '../fonts/synthetic';
import { rgb } from '../palette';
import type { GlyphRun, Line } from '../text/paragraph';
import type { PdfContext } from './context';
import { num } from './numbers';


const BYTE_HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).toUpperCase().padStart(2, '0'));
const hex4 = (n: number): string => BYTE_HEX[(n >> 8) & 0xff]! + BYTE_HEX[n & 0xff]!;

/** A PDF text string of `text` in UTF-16BE with a byte-order mark, as hex. */
export function hexText(text: string): string {
  let s = '<FEFF';
  for (let i = 0; i < text.length; i++) s += hex4(text.charCodeAt(i));
  return `${s}>`;
}

const colours = new Map<string, string>();
/** `r g b rg` (or RG, for strokes) for a colour rrggbb; a document uses a dozen colours many times. */
function colourOps(hex: string, stroke: boolean): string {
  const key = stroke ? `S${hex}` : hex;
  let op = colours.get(key);
  if (op === undefined) {
    op = `${rgb(hex).map((c) => num(c / 255)).join(' ')} ${stroke ? 'RG' : 'rg'}`;
    colours.set(key, op);
  }
  return op;
}

/**
 * Draws `line` with its left end at `x` and its baseline at `baseline` (points from the top of
 * the page), scaled by `scale` (figures drawn smaller than their layout); `colour` gives each
 * run's colour.
 */
export function drawGlyphLine(
  ctx: PdfContext, line: Line, x: number, baseline: number, colour: (run: GlyphRun) => string, scale = 1,
): void {
  if (line.runs.length === 0) return;
  const ops: string[] = ['q', 'BT'];
  const y = ctx.page.height - baseline;
  for (const run of line.runs) {
    const size = run.scale * run.face.metrics.unitsPerEm * scale;
    const fill = colour(run);
    ops.push(`/${ctx.pdfFonts.resource(run.face)} ${num(size)} Tf`, colourOps(fill, false));
    if (run.syntheticBold) ops.push(colourOps(fill, true), `${num(size * SYNTHETIC_BOLD_STROKE)} w`, '2 Tr');
    else ops.push('0 Tr');
    const skew = run.syntheticItalic ? ITALIC_SKEW : 0;
    ops.push(`1 0 ${skew} 1 ${num(x + run.x * scale)} ${num(y)} Tm`);
    writeGlyphs(ctx, run, size, run.scale * scale, ops);
  }
  ops.push('ET', 'Q');
  (ctx.doc.internal as unknown as { write(s: string): void }).write(ops.join('\n'));
}

/**
 * TJ arrays for a run. Every glyph's place is worked out first (pen + HarfBuzz's offsets);
 * the PDF advances by each glyph's W width, and an adjustment before a glyph moves it to its
 * place, in thousandths of the font size, so glyphs may be drawn in any order. A y offset
 * becomes text rise, an operator of its own between arrays.
 *
 * The order serves text extraction, which takes a span's extent from its first and last glyph
 * drawn: zero-width glyphs (marks, the dots Noto Sans Arabic composes its letters from) are
 * drawn before the span and carry no text, the spacing glyphs inside it in visual order. A
 * left-to-right run is one span; a right-to-left run one span per cluster.
 */
function writeGlyphs(ctx: PdfContext, run: GlyphRun, size: number, k: number, out: string[]): void {
  const g = run.glyphs;
  const count = g.length / GLYPH_STRIDE;
  const xs = new Float64Array(count);
  let pen = 0;
  for (let n = 0; n < count; n++) {
    xs[n] = pen + g[n * GLYPH_STRIDE + 3]! * k;
    pen += g[n * GLYPH_STRIDE + 2]! * k;
  }
  let parts: string[] = [];
  let codes = '';
  let pdf = 0, rise = 0;
  const closeCodes = (): void => { if (codes) { parts.push(`<${codes}>`); codes = ''; } };
  const closeArray = (): void => {
    closeCodes();
    if (parts.length > 0) out.push(`[${parts.join('')}] TJ`);
    parts = [];
  };
  const draw = (n: number): void => {
    const at = n * GLYPH_STRIDE;
    const gid = g[at]!;
    ctx.pdfFonts.use(run.face, gid, run.glyphText[n] ?? '');
    const yOff = g[at + 4]! * k;
    if (Math.abs(yOff - rise) > 0.0005) {
      closeArray();
      out.push(`${num(yOff)} Ts`);
      rise = yOff;
    }
    const shift = size > 0 ? ((pdf - xs[n]!) * 1000) / size : 0;
    if (Math.abs(shift) >= 0.0005) {
      closeCodes();
      parts.push(num(shift));
    }
    codes += hex4(gid);
    pdf = xs[n]! + run.face.advance(gid) * k;
  };
  const span = (glyphs: readonly number[], text: string): void => {
    const spacing = glyphs.filter((n) => g[n * GLYPH_STRIDE + 2]! > 0);
    const inside = spacing.length > 0 ? spacing : glyphs;
    for (const n of glyphs) if (!inside.includes(n)) draw(n);
    closeArray();
    out.push(`/Span <</ActualText ${hexText(text)}>> BDC`);
    for (const n of inside) draw(n);
    closeArray();
    out.push('EMC');
  };
  if (!run.rtl) {
    span(Array.from({ length: count }, (_, n) => n), run.text);
  } else {
    // Clusters in visual order: a glyph carrying text ends the cluster it belongs to and those
    // before it that carry none (marks drawn left of their letter come first).
    let group: number[] = [];
    let text = '';
    const clusterOf = (n: number): number => g[n * GLYPH_STRIDE + 1]!;
    for (let n = 0; n < count; n++) {
      if (group.length > 0 && clusterOf(n) !== clusterOf(group[0]!)) { span(group, text); group = []; text = ''; }
      group.push(n);
      text += run.glyphText[n] ?? '';
    }
    if (group.length > 0) span(group, text);
  }
  if (rise !== 0) out.push('0 Ts');
}
