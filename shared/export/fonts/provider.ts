/**
 * How fonts reach the exporters: the host gives a provider, and the exporter asks it only for
 * the faces a document needs (a document in English never loads the 10 MB Chinese face). The
 * command line reads the files from node_modules and templates/; the app fetches them as
 * assets of its build. The subsetter (harfbuzz-subset.wasm, shipped with harfbuzzjs) and the
 * figures' rasterizer (resvg's index_bg.wasm, which draws the DOCX's PNG of each figure and is
 * given the cut faces as its fonts) come the same way, since only the host can read files.
 */
import type { FaceId } from './faces';

export interface FontProvider {
  /** The bytes of one face of the chain (see faces.ts). The same array for the same face, so results can be cached by it. */
  face(id: FaceId): Promise<Uint8Array>;
  /** The bytes of harfbuzzjs's `harfbuzz-subset.wasm`. */
  subsetter(): Promise<Uint8Array>;
  /** The bytes of `@resvg/resvg-wasm/index_bg.wasm`, asked for only by a DOCX with figures. */
  rasterizer(): Promise<Uint8Array>;
}

/**
 * A provider that asks `load` once per file and keeps the answer; a failed load is not kept,
 * so the next export tries again.
 */
export function cachingProvider(load: FontProvider): FontProvider {
  const faces = new Map<FaceId, Promise<Uint8Array>>();
  let wasm: Promise<Uint8Array> | null = null;
  let raster: Promise<Uint8Array> | null = null;
  return {
    face(id) {
      let p = faces.get(id);
      if (!p) {
        p = load.face(id);
        faces.set(id, p);
        p.catch(() => faces.delete(id));
      }
      return p;
    },
    subsetter() {
      if (!wasm) {
        const p = load.subsetter();
        wasm = p;
        p.catch(() => { wasm = null; });
      }
      return wasm;
    },
    rasterizer() {
      if (!raster) {
        const p = load.rasterizer();
        raster = p;
        p.catch(() => { raster = null; });
      }
      return raster;
    },
  };
}
