/**
 * HarfBuzz, the kept library for everything a font does: harfbuzzjs shapes (joining, reordering,
 * conjuncts, marks, kerning), reads coverage, metrics and outlines; its hb-subset build cuts each
 * font to what one document uses. Both are WebAssembly, loaded on first use: harfbuzzjs fetches
 * its own harfbuzz.wasm beside its module, the subsetter's bytes come from the host (provider.ts).
 */
type HarfBuzz = typeof import('harfbuzzjs');

let module: Promise<HarfBuzz> | null = null;

/** The shaping library, loaded once per process or worker. */
export function harfbuzz(): Promise<HarfBuzz> {
  if (!module) {
    const p = import('harfbuzzjs');
    module = p;
    p.catch(() => { module = null; });
  }
  return module;
}

/** hb_subset_flags_t values (hb-subset.h). */
const NO_HINTING = 0x1;
const NOTDEF_OUTLINE = 0x40;

interface SubsetExports {
  readonly memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(n: number): number;
  free(p: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
}

/** hb-subset over one WebAssembly instance. */
export class Subsetter {
  private constructor(private readonly x: SubsetExports) {}

  static async load(wasm: Uint8Array): Promise<Subsetter> {
    const { instance } = await WebAssembly.instantiate(wasm as Uint8Array<ArrayBuffer>, {});
    const x = instance.exports as unknown as SubsetExports;
    x._initialize();
    return new Subsetter(x);
  }

  /**
   * The font cut to the glyphs of `codePoints` and every glyph shaping can reach from them
   * (ligatures, conjuncts, contextual forms), keeping the layout tables, with no hinting and
   * with the .notdef box kept so a character no font has still shows as a box.
   */
  subset(font: Uint8Array, codePoints: Iterable<number>): Uint8Array {
    const x = this.x;
    const data = x.malloc(font.length);
    let face = 0, input = 0, result = 0, blob = 0;
    try {
      new Uint8Array(x.memory.buffer, data, font.length).set(font);
      const source = x.hb_blob_create(data, font.length, 1 /* HB_MEMORY_MODE_READONLY */, 0, 0);
      face = x.hb_face_create(source, 0);
      x.hb_blob_destroy(source);
      input = x.hb_subset_input_create_or_fail();
      if (!input) throw new Error('hb-subset could not start (out of memory?).');
      const set = x.hb_subset_input_unicode_set(input);
      for (const cp of codePoints) x.hb_set_add(set, cp);
      x.hb_subset_input_set_flags(input, NO_HINTING | NOTDEF_OUTLINE);
      result = x.hb_subset_or_fail(face, input);
      if (!result) throw new Error('hb-subset failed to cut a font to the document\'s characters.');
      blob = x.hb_face_reference_blob(result);
      const at = x.hb_blob_get_data(blob, 0);
      const length = x.hb_blob_get_length(blob);
      return new Uint8Array(x.memory.buffer, at, length).slice();
    } finally {
      if (blob) x.hb_blob_destroy(blob);
      if (result) x.hb_face_destroy(result);
      if (input) x.hb_subset_input_destroy(input);
      if (face) x.hb_face_destroy(face);
      x.free(data);
    }
  }
}

const subsetters = new WeakMap<Uint8Array, Promise<Subsetter>>();

/** One subsetter per wasm file (the provider hands out the same bytes each time). */
export function subsetterFor(wasm: Uint8Array): Promise<Subsetter> {
  let s = subsetters.get(wasm);
  if (!s) { s = Subsetter.load(wasm); subsetters.set(wasm, s); }
  return s;
}

const coverages = new WeakMap<Uint8Array, Promise<ReadonlySet<number>>>();

/** The code points a font file maps to glyphs (its cmap), read once per file. */
export function coverageOf(font: Uint8Array): Promise<ReadonlySet<number>> {
  let c = coverages.get(font);
  if (!c) {
    c = harfbuzz().then((hb) => new Set(new hb.Face(new hb.Blob(font)).collectUnicodes()));
    coverages.set(font, c);
  }
  return c;
}
