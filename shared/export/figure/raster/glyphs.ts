/**
 * Text for the raster figure: the shaped line's glyphs (the same glyphs the PDF draws), their
 * outlines from HarfBuzz flattened into polygons at the pixel size and placed where shaping
 * put them. Synthetic italics are slanted like the PDF's.
 */
import { GLYPH_STRIDE } from '../../fonts/shaper';
import type { Line } from '../../text/paragraph';
import type { Rasterizer } from './rasterizer';
import { TOLERANCE } from './paths';

const ITALIC_SKEW = 0.2;

/**
 * Adds the glyphs of `line` to the rasterizer's path, its left end at (x, baseline) in pixels,
 * `k` pixels per point of the line's layout. Fill afterwards, once for the whole label.
 */
export function addText(r: Rasterizer, line: Line, k: number, x: number, baseline: number): void {
  const buf: number[] = [];
  for (const run of line.runs) {
    const u = run.scale * k; // pixels per font unit
    const skew = run.syntheticItalic ? ITALIC_SKEW : 0;
    let pen = x + run.x * k;
    const g = run.glyphs;
    for (let i = 0; i < g.length; i += GLYPH_STRIDE) {
      const ox = pen + g[i + 3]! * u, oy = baseline - g[i + 4]! * u;
      const px = (fx: number, fy: number): number => ox + (fx + skew * fy) * u;
      const py = (fy: number): number => oy - fy * u;
      for (const c of run.face.outline(g[i]!)) {
        buf.length = 0;
        let ax = px(c[0]!, c[1]!), ay = py(c[1]!);
        buf.push(ax, ay);
        for (let j = 2; j < c.length;) {
          if (c[j] === 0) {
            ax = px(c[j + 1]!, c[j + 2]!); ay = py(c[j + 2]!);
            buf.push(ax, ay);
            j += 3;
          } else {
            const cx = px(c[j + 1]!, c[j + 2]!), cy = py(c[j + 2]!);
            const ex = px(c[j + 3]!, c[j + 4]!), ey = py(c[j + 4]!);
            // Subdivisions so the curve's deviation from its chords stays under the tolerance.
            const dev = Math.hypot(ax - 2 * cx + ex, ay - 2 * cy + ey) / 4;
            const n = Math.max(1, Math.min(16, Math.ceil(Math.sqrt(dev / TOLERANCE))));
            for (let s = 1; s <= n; s++) {
              const t = s / n, v = 1 - t;
              buf.push(v * v * ax + 2 * v * t * cx + t * t * ex, v * v * ay + 2 * v * t * cy + t * t * ey);
            }
            ax = ex; ay = ey;
            j += 5;
          }
        }
        r.addPolygon(buf, buf.length);
      }
      pen += g[i + 2]! * u;
    }
  }
}
