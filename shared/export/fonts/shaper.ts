/**
 * Shaping one run of text (one face, one direction) with HarfBuzz: Arabic joins, Devanagari
 * reorders and forms conjuncts, Thai marks sit on their letters, kerning and ligatures apply.
 * Results are kept per face, direction and text, since a document sets the same words (column
 * headers, names, statuses) many times over.
 */
import type { UsedFace } from './face';
import type { harfbuzz } from './harfbuzz';

type HarfBuzz = Awaited<ReturnType<typeof harfbuzz>>;

/** Per glyph in `ShapedItem.glyphs`: glyph id, cluster, x advance, x offset, y offset. */
export const GLYPH_STRIDE = 5;

export interface ShapedItem {
  readonly face: UsedFace;
  readonly rtl: boolean;
  /** Glyphs in visual order (left to right, also for right-to-left text); font units. */
  readonly glyphs: Int32Array;
  /** Advance of each UTF-16 unit of the text in em: a cluster's whole advance on its first unit. */
  readonly advances: Float64Array;
  /** 1 where a cluster (the smallest piece a line may be cut at) starts. */
  readonly clusterStart: Uint8Array;
  /** Sum of the advances, in em. */
  readonly width: number;
}

export class Shaper {
  private readonly cache = new Map<string, ShapedItem>();
  private readonly buffer: InstanceType<HarfBuzz['Buffer']>;

  constructor(private readonly hb: HarfBuzz, private readonly language: string) {
    this.buffer = new hb.Buffer();
  }

  shape(face: UsedFace, text: string, rtl: boolean): ShapedItem {
    const key = `${face.id}|${rtl ? 'r' : 'l'}|${text}`;
    let item = this.cache.get(key);
    if (!item) { item = this.run(face, text, rtl); this.cache.set(key, item); }
    return item;
  }

  private run(face: UsedFace, text: string, rtl: boolean): ShapedItem {
    const { hb, buffer } = this;
    buffer.clearContents();
    // A tab is laid out as a space: fonts have no glyph for it.
    buffer.addText(text.replace(/\t/g, ' '));
    buffer.setDirection(rtl ? hb.Direction.RTL : hb.Direction.LTR);
    buffer.setLanguage(this.language);
    buffer.guessSegmentProperties();
    hb.shape(face.font, buffer);
    const infos = buffer.getGlyphInfos();
    const positions = buffer.getGlyphPositions();
    const glyphs = new Int32Array(infos.length * GLYPH_STRIDE);
    const advances = new Float64Array(text.length);
    const clusterStart = new Uint8Array(text.length + 1);
    const em = face.metrics.unitsPerEm;
    let width = 0;
    infos.forEach((info, i) => {
      const p = positions[i]!;
      const at = i * GLYPH_STRIDE;
      glyphs[at] = info.codepoint;
      glyphs[at + 1] = info.cluster;
      glyphs[at + 2] = p.xAdvance;
      glyphs[at + 3] = p.xOffset;
      glyphs[at + 4] = p.yOffset;
      advances[info.cluster] = advances[info.cluster]! + p.xAdvance / em;
      clusterStart[info.cluster] = 1;
      width += p.xAdvance / em;
    });
    clusterStart[text.length] = 1;
    return { face, rtl, glyphs, advances, clusterStart, width };
  }
}
