/**
 * A figure's text drawn as glyph outlines for the DOCX's PNG fallback (png.ts): the same
 * shaped lines the PDF draws (textLayout.ts), each glyph a `<use>` of its outline, which is
 * defined once per document in `<defs>`. With outlines the rasterizer needs no fonts at all,
 * so it neither parses the document's faces for every figure (about a fifth of a figure's
 * rasterizing time when it did) nor shapes the text a second time, and the picture cannot
 * differ from the PDF's by a font the rasterizer chose. Synthetic bold and italic are drawn
 * as the PDF draws them: a stroke along the outline, a slant of the glyph matrix.
 */
import type { TextShape } from '../../report/types';
import type { Contour, UsedFace } from '../fonts/face';
import { GLYPH_STRIDE } from '../fonts/shaper';
import type { Typesetter } from '../fonts/typesetter';
import { ITALIC_SKEW, SYNTHETIC_BOLD_STROKE } from '../fonts/synthetic';
import type { SvgText } from './svg';
import { svgShapedText } from './svgText';
import { layoutTextShape, type PlaceText } from './textLayout';

const n = (v: number): string => String(Math.round(v * 1000) / 1000);

/** An outline as SVG path data, in font units with y up (the glyph matrix flips it). */
function pathData(contours: readonly Contour[]): string {
  let d = '';
  for (const c of contours) {
    d += `M${c[0]} ${c[1]}`;
    for (let i = 2; i < c.length;) {
      if (c[i] === 0) { d += `L${c[i + 1]} ${c[i + 2]}`; i += 3; } else { d += `Q${c[i + 1]} ${c[i + 2]} ${c[i + 3]} ${c[i + 4]}`; i += 5; }
    }
    d += 'Z';
  }
  return d;
}

/**
 * The document's figure text as outlines: `outline` draws a text shape, `defs` gives the
 * outlines of the glyphs drawn since the last call (each figure's SVG is a document of its
 * own, so each carries the definitions it uses).
 */
export function svgOutlinedText(fonts: Typesetter, place: PlaceText = (shape) => layoutTextShape(shape, fonts)): SvgText {
  const faceIds = new Map<UsedFace, number>();
  const paths = new Map<string, string>();
  let used = new Set<string>();
  const glyphId = (face: UsedFace, gid: number): string | null => {
    let f = faceIds.get(face);
    if (f === undefined) { f = faceIds.size; faceIds.set(face, f); }
    const id = `g${f}-${gid}`;
    let d = paths.get(id);
    if (d === undefined) { d = pathData(face.outline(gid)); paths.set(id, d); }
    if (d === '') return null;
    used.add(id);
    return id;
  };
  const shaped = svgShapedText(fonts, place);
  return {
    fontFamily: shaped.fontFamily,
    lines: shaped.lines,
    outline(shape: TextShape): string {
      if (shape.text === '' || !(shape.size > 0)) return '';
      const out: string[] = [];
      for (const placed of place(shape)) {
        for (const run of placed.line.runs) {
          const g = run.glyphs, s = run.scale, skew = run.syntheticItalic ? ITALIC_SKEW * s : 0;
          const bold = run.syntheticBold ? ` stroke="${shape.color}" stroke-width="${n(SYNTHETIC_BOLD_STROKE * run.face.metrics.unitsPerEm)}"` : '';
          let pen = placed.x + run.x;
          for (let i = 0; i < g.length; i += GLYPH_STRIDE) {
            const id = glyphId(run.face, g[i]!);
            if (id !== null) {
              const x = pen + g[i + 3]! * s, y = placed.baseline - g[i + 4]! * s;
              out.push(`<use href="#${id}" transform="matrix(${n(s)} 0 ${n(skew)} ${n(-s)} ${n(x)} ${n(y)})"${bold}/>`);
            }
            pen += g[i + 2]! * s;
          }
        }
      }
      return out.length === 0 ? '' : `<g fill="${shape.color}">${out.join('')}</g>`;
    },
    defs(): string {
      const ids = [...used].sort();
      used = new Set();
      return ids.length === 0 ? '' : `<defs>${ids.map((id) => `<path id="${id}" d="${paths.get(id)!}"/>`).join('')}</defs>`;
    },
  };
}
