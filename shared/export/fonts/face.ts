/**
 * One face as a document uses it: the font cut to the document's characters, loaded into
 * HarfBuzz, with what the renderers ask of it (advances for the PDF's width array, outlines
 * for figures drawn as pixels, the names and metrics a PDF font descriptor states). The same
 * cut bytes are shaped, measured and embedded, so layout and embedding cannot disagree.
 * Everything comes from HarfBuzz but two fixed fields harfbuzzjs does not expose, read from
 * their tables: the bounding box ('head') and the italic angle ('post') of the descriptor.
 */
import type { Font } from 'harfbuzzjs';
import { FAMILY, type FaceId, type FamilyId, type FamilyInfo } from './faces';
import type { harfbuzz } from './harfbuzz';

type HarfBuzz = Awaited<ReturnType<typeof harfbuzz>>;

/**
 * A closed contour, flat for speed: `[startX, startY, ...segments]`, each segment `0, x, y` (a
 * line) or `1, cx, cy, x, y` (a quadratic curve); font units, y up.
 */
export type Contour = readonly number[];

export interface FontMetrics {
  readonly unitsPerEm: number;
  /** Font units; descender negative. */
  readonly ascender: number;
  readonly descender: number;
  readonly capHeight: number;
  readonly italicAngle: number;
  readonly bbox: readonly [number, number, number, number];
  readonly postScriptName: string;
}

export class UsedFace {
  readonly family: FamilyInfo;
  readonly metrics: FontMetrics;
  /** The characters the cut font has. */
  readonly coverage: ReadonlySet<number>;
  private readonly advances = new Map<number, number>();
  private readonly outlines = new Map<number, readonly Contour[]>();

  constructor(
    readonly id: FaceId,
    /** The cut font file, embedded as is. */
    readonly bytes: Uint8Array,
    readonly font: Font,
    hb: HarfBuzz,
  ) {
    this.family = FAMILY[id.slice(0, id.indexOf('-')) as FamilyId];
    const face = font.face;
    this.coverage = new Set(face.collectUnicodes());
    const extents = font.hExtents();
    const head = face.referenceTable('head');
    const post = face.referenceTable('post');
    const int16 = (t: Uint8Array | undefined, at: number): number => (t && t.length >= at + 2 ? new DataView(t.buffer, t.byteOffset).getInt16(at) : 0);
    this.metrics = {
      unitsPerEm: face.upem,
      ascender: extents.ascender,
      descender: extents.descender,
      capHeight: font.getMetricPositionWithFallback(hb.MetricsTag.CAP_HEIGHT),
      // post.italicAngle is a 16.16 fixed-point number.
      italicAngle: post && post.length >= 8 ? new DataView(post.buffer, post.byteOffset).getInt32(4) / 65536 : 0,
      bbox: [int16(head, 36), int16(head, 38), int16(head, 40), int16(head, 42)],
      postScriptName: (face.getName(6, 'en') || this.family.name).replace(/[^\x21-\x7E]|[()<>[\]{}/%#]/g, ''),
    };
  }

  /** Advance width in font units, as the font's metrics state it (before kerning). */
  advance(gid: number): number {
    let a = this.advances.get(gid);
    if (a === undefined) { a = this.font.glyphHAdvance(gid); this.advances.set(gid, a); }
    return a;
  }

  /** The glyph's outline as contours in font units; cubic curves are split into quadratic ones. */
  outline(gid: number): readonly Contour[] {
    let o = this.outlines.get(gid);
    if (!o) { o = toContours(this.font.glyphToJson(gid)); this.outlines.set(gid, o); }
    return o;
  }
}

function toContours(commands: readonly { type: string; values: number[] }[]): Contour[] {
  const out: Contour[] = [];
  let c: number[] | null = null;
  let x = 0, y = 0;
  for (const { type, values: v } of commands) {
    switch (type) {
      case 'M':
        if (c && c.length > 2) out.push(c);
        c = [v[0]!, v[1]!]; x = v[0]!; y = v[1]!;
        break;
      case 'L': c?.push(0, v[0]!, v[1]!); x = v[0]!; y = v[1]!; break;
      case 'Q': c?.push(1, v[0]!, v[1]!, v[2]!, v[3]!); x = v[2]!; y = v[3]!; break;
      case 'C': {
        // The fonts of the chain are TrueType (quadratic); should a cubic come, its two halves
        // (de Casteljau at t = ½) each become the quadratic that best matches their ends.
        const [c1x, c1y, c2x, c2y, ex, ey] = v as [number, number, number, number, number, number];
        const half = (p0: number, p1: number, p2: number, p3: number): [number, number, number, number, number] => {
          const a1 = (p0 + p1) / 2, a2 = (p0 + 2 * p1 + p2) / 4, m = (p0 + 3 * p1 + 3 * p2 + p3) / 8;
          const b1 = (p1 + 2 * p2 + p3) / 4, b2 = (p2 + p3) / 2;
          return [(3 * (a1 + a2) - p0 - m) / 4, m, (3 * (b1 + b2) - m - p3) / 4, p3, 0];
        };
        const [qx1, mx, qx2] = half(x, c1x, c2x, ex);
        const [qy1, my, qy2] = half(y, c1y, c2y, ey);
        c?.push(1, qx1, qy1, mx, my, 1, qx2, qy2, ex, ey);
        x = ex; y = ey;
        break;
      }
      case 'Z':
        if (c && c.length > 2) out.push(c);
        c = null;
        break;
    }
  }
  if (c && c.length > 2) out.push(c);
  return out;
}
