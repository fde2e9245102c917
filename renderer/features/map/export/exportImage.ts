/**
 * "Export image" on the Map stage: the whole map as the figure the documents carry, as SVG
 * (vector) or PNG (the SVG drawn onto a canvas by the browser, at twice its size for a sharp
 * slide, smaller when that canvas would be too large), saved through the host like any export.
 */
import type { Workbook } from '../../../../shared/model';
import { workflowMapFigure } from '../../../../shared/report/figures/workflow-map';
import { safeFileName } from '../../../state/fileNames';
import { services } from '../../../db/services';
import { figureToSvg, FIGURE_FONT, MAX_IMAGE_SIDE, roughMeasure, type TextMeasure } from './figureSvg';

export type ImageFormat = 'svg' | 'png';

/** The browser's own text metrics, so that wrapped labels fit the way they will be drawn. */
function canvasMeasure(): TextMeasure {
  const ctx = typeof document !== 'undefined' ? document.createElement('canvas').getContext?.('2d') : null;
  if (!ctx) return roughMeasure;
  return (text, size, bold) => {
    ctx.font = `${bold ? 'bold ' : ''}${size}px ${FIGURE_FONT}`;
    return ctx.measureText(text).width;
  };
}

export function mapSvg(w: Workbook): string {
  return figureToSvg(workflowMapFigure(w), canvasMeasure(), 1.5, `${w.title} — workflow map`);
}

/** At most this many pixels in the PNG (64 MB of canvas), on top of MAX_IMAGE_SIDE a side. */
const MAX_PNG_PIXELS = 16_000_000;

/**
 * The canvas size for an image of `width` × `height` at `scale`, shrunk to fit the caps: a
 * canvas beyond them is refused by the browser (toBlob gives null) or costs gigabytes.
 */
export function pngSize(width: number, height: number, scale: number): { width: number; height: number } {
  const w = Math.max(1, width), h = Math.max(1, height);
  const k = Math.min(scale, MAX_IMAGE_SIDE / w, MAX_IMAGE_SIDE / h, Math.sqrt(MAX_PNG_PIXELS / (w * h)));
  return {
    width: Math.min(MAX_IMAGE_SIDE, Math.max(1, Math.round(w * k))),
    height: Math.min(MAX_IMAGE_SIDE, Math.max(1, Math.round(h * k))),
  };
}

export async function svgToPng(svg: string, scale = 2): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    const size = pngSize(img.naturalWidth, img.naturalHeight, scale);
    canvas.width = size.width;
    canvas.height = size.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw images.');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The image could not be encoded as PNG.');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves the map image; resolves to the saved file's name, null when the user cancelled. */
export async function exportMapImage(w: Workbook, format: ImageFormat): Promise<string | null> {
  const svg = mapSvg(w);
  const bytes = format === 'svg' ? new TextEncoder().encode(svg) : await svgToPng(svg);
  const name = safeFileName(`${w.title} — workflow map`, format);
  const result = await services().host.saveExport(name, format === 'svg' ? 'image/svg+xml' : 'image/png', bytes);
  if (result.ok) return result.value.name;
  if (result.error.code === 'cancelled') return null;
  throw new Error(result.error.message);
}
