/**
 * An anti-aliased scanline rasterizer in plain TypeScript (no canvas, no native code), so
 * DOCX figures render identically in the app, the browser and the CLI.
 *
 * It accumulates exact signed area per pixel (the technique of font-rs / stb_truetype 2):
 * each edge adds its coverage to the cells it crosses, a running sum along the row turns
 * that into coverage. Only the cells a path touched are visited, so cost follows the
 * outline length and the filled area, not the image size. |sum| clamped to 1 makes
 * overlapping same-direction contours a union (strokes), and opposite ones holes (glyphs).
 */

export class Rasterizer {
  width = 0;
  height = 0;
  /**
   * One pixel per element, packed as r | g << 8 | b << 16 (by value, so the byte order of the
   * machine never shows), white to begin with. One store per pixel, and a solid span is a
   * native `fill`. A view of the current image: read it before the next `reset`.
   */
  pixels = new Uint32Array(0);
  private acc = new Float32Array(0);
  private stride = 2;
  private rowMin = new Int32Array(0);
  private rowMax = new Int32Array(0);
  private yMin = 0;
  private yMax = -1;

  constructor(width: number, height: number) {
    this.reset(width, height);
  }

  /**
   * Starts a blank white image. The buffers of the last image are reused when big enough: a
   * document's figures are drawn one after another, and fresh multi-megabyte buffers for each
   * cost more (page faults, garbage collection) than clearing the part in use.
   */
  reset(width: number, height: number): void {
    this.width = width;
    this.height = height;
    this.stride = width + 2;
    const cells = this.stride * height;
    if (this.acc.length < cells) this.acc = new Float32Array(cells);
    else this.acc.fill(0, 0, cells);
    if (this.pixels.buffer.byteLength < width * height * 4) this.pixels = new Uint32Array(width * height);
    else this.pixels = new Uint32Array(this.pixels.buffer, 0, width * height);
    this.pixels.fill(0xffffff);
    if (this.rowMin.length < height) {
      this.rowMin = new Int32Array(height);
      this.rowMax = new Int32Array(height);
    }
    this.rowMin.fill(width + 1, 0, height);
    this.rowMax.fill(-1, 0, height);
    this.yMin = height;
    this.yMax = -1;
  }

  /** Adds a closed polygon (flat [x0, y0, x1, y1, …] in pixels) to the current path. */
  addPolygon(xy: ArrayLike<number>, count = xy.length): void {
    if (count < 6) return;
    let px = xy[count - 2]!, py = xy[count - 1]!;
    for (let i = 0; i < count; i += 2) {
      const x = xy[i]!, y = xy[i + 1]!;
      this.edge(px, py, x, y);
      px = x; py = y;
    }
  }

  /**
   * Paints the current path in `colour` (r, g, b) with its coverage, then clears it. Between
   * two cells an edge touched, coverage is constant: such a span is skipped when empty (the
   * inside of a stroked outline) and written without blending when full (a filled shape).
   */
  fill(r: number, g: number, b: number, alpha = 1): void {
    const { acc, stride, pixels, width } = this;
    for (let y = Math.max(0, this.yMin); y <= this.yMax; y++) {
      const lo = this.rowMin[y]!, hi = this.rowMax[y]!;
      if (hi < 0) continue;
      this.rowMin[y] = width + 1;
      this.rowMax[y] = -1;
      let sum = 0;
      const row = y * stride;
      let x = lo;
      while (x <= hi) {
        sum += acc[row + x]!;
        acc[row + x] = 0;
        // The span [x, next) shares this coverage.
        let next = x + 1;
        while (next <= hi && acc[row + next] === 0) next++;
        const end = next < width ? next : width;
        let cover = sum < 0 ? -sum : sum;
        if (x < end && cover >= 1 / 512) {
          if (cover > 1) cover = 1;
          const a = cover * alpha;
          const start = y * width + x, stop = y * width + end;
          if (a >= 0.999) {
            const colour = r | (g << 8) | (b << 16);
            // A call only pays for itself on longer spans.
            if (stop - start > 16) pixels.fill(colour, start, stop);
            else for (let i = start; i < stop; i++) pixels[i] = colour;
          } else {
            for (let i = start; i < stop; i++) {
              const v = pixels[i]!;
              const pr = v & 255, pg = (v >> 8) & 255, pb = v >> 16;
              // Rounded like a Uint8Array store of the same value (truncation of x + 0.5).
              pixels[i] = ((pr + (r - pr) * a + 0.5) | 0)
                | (((pg + (g - pg) * a + 0.5) | 0) << 8)
                | (((pb + (b - pb) * a + 0.5) | 0) << 16);
            }
          }
        }
        x = next;
      }
    }
    this.yMin = this.height;
    this.yMax = -1;
  }

  /**
   * Clips an edge to 0 ≤ x ≤ width: split where it crosses a border, then clamp each piece,
   * so parts outside become vertical edges on the border, which keeps coverage right inside.
   * Written without closures or arrays: it runs once per polygon edge, glyphs included.
   */
  private edge(x0: number, y0: number, x1: number, y1: number): void {
    if (y0 === y1 || !Number.isFinite(x0 + y0 + x1 + y1)) return;
    const w = this.width;
    if (x0 >= 0 && x0 <= w && x1 >= 0 && x1 <= w) {
      this.line(x0, y0, x1, y1);
      return;
    }
    let t0 = (x0 < 0) !== (x1 < 0) ? -x0 / (x1 - x0) : 2;
    let t1 = (x0 > w) !== (x1 > w) ? (w - x0) / (x1 - x0) : 2;
    if (t1 < t0) { const t = t0; t0 = t1; t1 = t; }
    let px = x0, py = y0;
    if (t0 > 0 && t0 < 1) {
      const nx = x0 + (x1 - x0) * t0, ny = y0 + (y1 - y0) * t0;
      this.line(clampTo(px, w), py, clampTo(nx, w), ny);
      px = nx; py = ny;
    }
    if (t1 > 0 && t1 < 1) {
      const nx = x0 + (x1 - x0) * t1, ny = y0 + (y1 - y0) * t1;
      this.line(clampTo(px, w), py, clampTo(nx, w), ny);
      px = nx; py = ny;
    }
    this.line(clampTo(px, w), py, clampTo(x1, w), y1);
  }

  private line(ax: number, ay: number, bx: number, by: number): void {
    if (ay === by) return;
    let dir = 1;
    let x0 = ax, y0 = ay, x1 = bx, y1 = by;
    if (y0 > y1) { dir = -1; x0 = bx; y0 = by; x1 = ax; y1 = ay; }
    if (y1 <= 0 || y0 >= this.height) return;
    const dxdy = (x1 - x0) / (y1 - y0);
    let x = x0;
    if (y0 < 0) x -= y0 * dxdy;
    const yStart = Math.max(0, Math.floor(y0));
    const yEnd = Math.min(this.height, Math.ceil(y1));
    const { acc, stride } = this;
    const maxX = this.width;
    for (let y = yStart; y < yEnd; y++) {
      const dy = Math.min(y + 1, y1) - Math.max(y, y0);
      let xnext = x + dxdy * dy;
      // Rounding can step a hair past the clipped border; keep indices inside the row.
      if (xnext < 0) xnext = 0; else if (xnext > maxX) xnext = maxX;
      const d = dy * dir;
      const xa = x < xnext ? x : xnext;
      const xb = x < xnext ? xnext : x;
      const xaf = Math.floor(xa);
      const xai = xaf | 0;
      const xbc = Math.ceil(xb);
      const xbi = xbc | 0;
      const row = y * stride;
      if (xbi <= xai + 1) {
        const xmf = 0.5 * (x + xnext) - xaf;
        acc[row + xai] = acc[row + xai]! + d - d * xmf;
        acc[row + xai + 1] = acc[row + xai + 1]! + d * xmf;
      } else {
        const s = 1 / (xb - xa);
        const x0f = xa - xaf;
        const a0 = 0.5 * s * (1 - x0f) * (1 - x0f);
        const x1f = xb - xbc + 1;
        const am = 0.5 * s * x1f * x1f;
        acc[row + xai] = acc[row + xai]! + d * a0;
        if (xbi === xai + 2) {
          acc[row + xai + 1] = acc[row + xai + 1]! + d * (1 - a0 - am);
        } else {
          const a1 = s * (1.5 - x0f);
          acc[row + xai + 1] = acc[row + xai + 1]! + d * (a1 - a0);
          for (let xi = xai + 2; xi < xbi - 1; xi++) acc[row + xi] = acc[row + xi]! + d * s;
          const a2 = a1 + (xbi - xai - 3) * s;
          acc[row + xbi - 1] = acc[row + xbi - 1]! + d * (1 - a2 - am);
        }
        acc[row + xbi] = acc[row + xbi]! + d * am;
      }
      if (xai < this.rowMin[y]!) this.rowMin[y] = xai;
      if (xbi + 1 > this.rowMax[y]!) this.rowMax[y] = Math.min(xbi + 1, this.width + 1);
      x = xnext;
    }
    if (yStart < this.yMin) this.yMin = yStart;
    if (yEnd - 1 > this.yMax) this.yMax = yEnd - 1;
  }
}

function clampTo(x: number, w: number): number {
  return x < 0 ? 0 : x > w ? w : x;
}
