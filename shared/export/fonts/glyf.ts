/**
 * TrueType glyph outlines (the `glyf` table): simple glyphs and composites (accented letters
 * are usually a base glyph plus a mark), turned into closed contours of lines and quadratic
 * curves in font units, y up.
 */

/**
 * A closed contour, flat for speed: `[startX, startY, ...segments]`, where each segment is
 * `0, x, y` (a line to x,y) or `1, cx, cy, x, y` (a quadratic curve through control cx,cy).
 */
export type Contour = readonly number[];
export interface GlyphOutline { readonly contours: readonly Contour[] }

const ON_CURVE = 0x01;
const X_SHORT = 0x02;
const Y_SHORT = 0x04;
const REPEAT = 0x08;
const X_SAME = 0x10;
const Y_SAME = 0x20;

const ARG_WORDS = 0x0001;
const ARGS_XY = 0x0002;
const HAS_SCALE = 0x0008;
const MORE = 0x0020;
const XY_SCALE = 0x0040;
const TWO_BY_TWO = 0x0080;

/** Composite glyphs can nest; a bound stops a malformed font from recursing forever. */
const MAX_DEPTH = 8;

export function readGlyphOutline(
  view: DataView, glyf: number, glyphStart: (g: number) => number, glyph: number, depth = 0,
): GlyphOutline {
  const start = glyphStart(glyph);
  if (glyphStart(glyph + 1) <= start || depth > MAX_DEPTH) return { contours: [] };
  const at = glyf + start;
  const contourCount = view.getInt16(at);
  if (contourCount >= 0) return readSimple(view, at, contourCount);
  return readComposite(view, at + 10, glyf, glyphStart, depth);
}

function readSimple(view: DataView, at: number, contourCount: number): GlyphOutline {
  const ends: number[] = [];
  let p = at + 10;
  for (let i = 0; i < contourCount; i++, p += 2) ends.push(view.getUint16(p));
  const pointCount = contourCount === 0 ? 0 : (ends[contourCount - 1] ?? -1) + 1;
  p += 2 + view.getUint16(p); // skip the hinting instructions
  const flags = new Uint8Array(pointCount);
  for (let i = 0; i < pointCount;) {
    const f = view.getUint8(p++);
    flags[i++] = f;
    if (f & REPEAT) {
      let n = view.getUint8(p++);
      while (n-- > 0 && i < pointCount) flags[i++] = f;
    }
  }
  const xs = new Int32Array(pointCount);
  const ys = new Int32Array(pointCount);
  let v = 0;
  for (let i = 0; i < pointCount; i++) {
    const f = flags[i]!;
    if (f & X_SHORT) { const d = view.getUint8(p++); v += f & X_SAME ? d : -d; }
    else if (!(f & X_SAME)) { v += view.getInt16(p); p += 2; }
    xs[i] = v;
  }
  v = 0;
  for (let i = 0; i < pointCount; i++) {
    const f = flags[i]!;
    if (f & Y_SHORT) { const d = view.getUint8(p++); v += f & Y_SAME ? d : -d; }
    else if (!(f & Y_SAME)) { v += view.getInt16(p); p += 2; }
    ys[i] = v;
  }
  const contours: Contour[] = [];
  let first = 0;
  for (const last of ends) {
    if (last >= first) contours.push(toContour(xs, ys, flags, first, last));
    first = last + 1;
  }
  return { contours };
}

/**
 * TrueType stores quadratic splines as on/off-curve points; two off-curve points in a row
 * imply an on-curve point halfway between them.
 */
function toContour(xs: Int32Array, ys: Int32Array, flags: Uint8Array, first: number, last: number): Contour {
  const n = last - first + 1;
  const on = (i: number): boolean => (flags[first + (i % n)]! & ON_CURVE) !== 0;
  const x = (i: number): number => xs[first + (i % n)]!;
  const y = (i: number): number => ys[first + (i % n)]!;
  // Start on an on-curve point, or at the midpoint of two off-curve ones.
  let s = 0;
  while (s < n && !on(s)) s++;
  let sx: number, sy: number;
  if (s === n) { s = 0; sx = (x(0) + x(1)) / 2; sy = (y(0) + y(1)) / 2; }
  else { sx = x(s); sy = y(s); }
  const out: number[] = [sx, sy];
  let cx = 0, cy = 0, pending = false;
  for (let k = 1; k <= n; k++) {
    const i = s + k;
    const px = x(i), py = y(i);
    if (on(i)) {
      if (pending) out.push(1, cx, cy, px, py); else out.push(0, px, py);
      pending = false;
    } else if (pending) {
      const mx = (cx + px) / 2, my = (cy + py) / 2;
      out.push(1, cx, cy, mx, my);
      cx = px; cy = py;
    } else { cx = px; cy = py; pending = true; }
  }
  if (pending) out.push(1, cx, cy, sx, sy);
  return out;
}

function readComposite(
  view: DataView, at: number, glyf: number, glyphStart: (g: number) => number, depth: number,
): GlyphOutline {
  const contours: Contour[] = [];
  let p = at;
  for (;;) {
    const flags = view.getUint16(p);
    const component = view.getUint16(p + 2);
    p += 4;
    let dx = 0, dy = 0;
    if (flags & ARG_WORDS) { dx = view.getInt16(p); dy = view.getInt16(p + 2); p += 4; }
    else { dx = view.getInt8(p); dy = view.getInt8(p + 1); p += 2; }
    // Point-matched placement (args are point indices) is rare in practice; treat as no offset.
    if (!(flags & ARGS_XY)) { dx = 0; dy = 0; }
    let a = 1, b = 0, c = 0, d = 1;
    const f2dot14 = (o: number): number => view.getInt16(o) / 16384;
    if (flags & HAS_SCALE) { a = d = f2dot14(p); p += 2; }
    else if (flags & XY_SCALE) { a = f2dot14(p); d = f2dot14(p + 2); p += 4; }
    else if (flags & TWO_BY_TWO) { a = f2dot14(p); b = f2dot14(p + 2); c = f2dot14(p + 4); d = f2dot14(p + 6); p += 8; }
    const part = readGlyphOutline(view, glyf, glyphStart, component, depth + 1);
    for (const contour of part.contours) contours.push(transform(contour, a, b, c, d, dx, dy));
    if (!(flags & MORE)) break;
  }
  return { contours };
}

function transform(contour: Contour, a: number, b: number, c: number, d: number, dx: number, dy: number): Contour {
  const out = contour.slice();
  const map = (i: number): void => {
    const x = out[i]!, y = out[i + 1]!;
    out[i] = a * x + c * y + dx;
    out[i + 1] = b * x + d * y + dy;
  };
  map(0);
  for (let i = 2; i < out.length;) {
    if (out[i] === 0) { map(i + 1); i += 3; } else { map(i + 1); map(i + 3); i += 5; }
  }
  return out;
}
