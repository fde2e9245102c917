/**
 * A figure's SVG (svg.ts) drawn as a PNG by resvg (@resvg/resvg-wasm), for DOCX readers that
 * show no SVG: the same picture, drawn from the same shapes, its text already glyph outlines of
 * the document's own cut faces (svgOutlines.ts). resvg is given no fonts: every script a label
 * is written in renders, nothing depends on the fonts of the machine that exports, and no
 * figure pays for parsing fonts. resvg is WebAssembly; its bytes come from the host, like the
 * font subsetter's (fonts/provider.ts), and it is loaded once per process or worker.
 */
import { initWasm, Resvg, type ResvgRenderOptions } from '@resvg/resvg-wasm';

let loaded: Promise<void> | null = null;

/** Loads resvg once; a failed load is forgotten, so the next export tries again. */
export function loadRasterizer(wasm: () => Promise<Uint8Array>): Promise<void> {
  if (!loaded) {
    const p = wasm().then((bytes) => initWasm(bytes as Uint8Array<ArrayBuffer>));
    loaded = p;
    p.catch(() => { loaded = null; });
  }
  return loaded;
}

/** Bounds on the image, so a huge figure cannot exhaust memory; it is still crisp at print size. */
const MAX_PIXELS = 16_000_000;
const MAX_SIDE = 16_384;

export interface RasterImage {
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/** The pixel size of a `width` × `height` point figure at `pxPerPoint`, within the bounds. */
export function rasterSize(width: number, height: number, pxPerPoint: number): { width: number; height: number } {
  const w = width > 0 && Number.isFinite(width) ? width : 1, h = height > 0 && Number.isFinite(height) ? height : 1;
  const k = Math.min(pxPerPoint > 0 ? pxPerPoint : 1, Math.sqrt(MAX_PIXELS / (w * h)), MAX_SIDE / w, MAX_SIDE / h);
  return { width: Math.min(MAX_SIDE, Math.max(1, Math.round(w * k))), height: Math.min(MAX_SIDE, Math.max(1, Math.round(h * k))) };
}

/** What resvg is asked to draw: the SVG sized to its pixels, and its options. Plain data, so a worker can be sent it. */
export interface RasterRequest {
  readonly svg: string;
  readonly options: ResvgRenderOptions;
  /** How many pixels the PNG has: what a pool weighs a figure by, with the SVG's length. */
  readonly pixels: number;
}

/**
 * The request for `svg`, the drawing of a `width` × `height` point figure with its text as
 * outlines, as a PNG of `pxPerPoint` pixels per point (fewer for a figure beyond the bounds).
 * `<text>` elements are not drawn: there are no fonts.
 */
export function rasterRequest(svg: string, figure: { width: number; height: number }, pxPerPoint: number): RasterRequest {
  const size = rasterSize(figure.width, figure.height, pxPerPoint);
  // Shown at exactly the pixel size, stretched if need be: a figure clamped to one pixel across
  // would otherwise round to zero pixels, which resvg refuses.
  const sized = svg.replace(/<svg\b([^>]*?) width="[^"]*" height="[^"]*"/, `<svg$1 width="${size.width}" height="${size.height}" preserveAspectRatio="none"`);
  return {
    svg: sized,
    pixels: size.width * size.height,
    options: {
      fitTo: { mode: 'original' },
      background: '#ffffff',
      // No fonts, not even the machine's: the text comes as outlines, the same on every machine.
      font: { loadSystemFonts: false },
      shapeRendering: 2,
      textRendering: 1,
    },
  };
}

/** Draws `request` in this thread. Call loadRasterizer first. */
export function renderPng(request: RasterRequest): RasterImage {
  if (!loaded) throw new Error('The figure rasterizer (resvg) is not loaded: call loadRasterizer first.');
  const resvg = new Resvg(request.svg, request.options);
  try {
    const image = resvg.render();
    try {
      return { png: image.asPng(), width: image.width, height: image.height };
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}

/** `svg` drawn in this thread as rasterRequest says. Call loadRasterizer first. */
export function svgToPng(svg: string, figure: { width: number; height: number }, pxPerPoint: number): RasterImage {
  return renderPng(rasterRequest(svg, figure, pxPerPoint));
}
