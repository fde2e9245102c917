/**
 * Text for the raster figure: glyph outlines from the same TrueType font the PDF embeds,
 * flattened into polygons at the pixel size, placed by the same advance widths.
 */
import type { MeasuredFont } from '../../fonts/fontSet';
import type { Rasterizer } from './rasterizer';
import { TOLERANCE } from './paths';

/**
 * Adds the glyphs of `text` to the rasterizer's path, starting at (x, baseline) in pixels,
 * `size` being the font size in pixels. Fill afterwards, once for the whole label.
 */
export function addText(r: Rasterizer, text: string, font: MeasuredFont, size: number, x: number, baseline: number): void {
  const ttf = font.ttf;
  const k = size / ttf.unitsPerEm;
  const buf: number[] = [];
  let pen = x;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    const gid = ttf.glyphId(cp);
    for (const c of ttf.outline(gid).contours) {
      buf.length = 0;
      let px = pen + c[0]! * k, py = baseline - c[1]! * k;
      buf.push(px, py);
      for (let j = 2; j < c.length;) {
        if (c[j] === 0) {
          px = pen + c[j + 1]! * k; py = baseline - c[j + 2]! * k;
          buf.push(px, py);
          j += 3;
        } else {
          const cx = pen + c[j + 1]! * k, cy = baseline - c[j + 2]! * k;
          const ex = pen + c[j + 3]! * k, ey = baseline - c[j + 4]! * k;
          // Subdivisions so the curve's deviation from its chords stays under the tolerance.
          const dev = Math.hypot(px - 2 * cx + ex, py - 2 * cy + ey) / 4;
          const n = Math.max(1, Math.min(16, Math.ceil(Math.sqrt(dev / TOLERANCE))));
          for (let s = 1; s <= n; s++) {
            const t = s / n, u = 1 - t;
            buf.push(u * u * px + 2 * u * t * cx + t * t * ex, u * u * py + 2 * u * t * cy + t * t * ey);
          }
          px = ex; py = ey;
          j += 5;
        }
      }
      r.addPolygon(buf, buf.length);
    }
    pen += font.charWidth(cp) * size;
  }
}
