/**
 * DOCX figures: the figure rasterized to a PNG by our own renderer (identical in the app, the
 * browser and the CLI), sized to the text width, with the alt text as the image description
 * and the caption below.
 */
import { Paragraph } from 'docx';
import type { FigureBlock } from '../../report/types';
import type { Typesetter } from '../fonts/typesetter';
import { fitScale } from '../figure/geometry';
import { rasterizeFigure } from '../figure/raster/index';
import type { Rasterizer } from '../figure/raster/rasterizer';
import { pictureParagraphXml } from './drawing';
import type { MediaParts } from './media';
import type { XmlSlots } from './slots';
import { STYLE } from './styles';
import type { DocxText } from './text';

/** Word sizes images in pixels at 96 per inch. */
const PX_PER_PT = 96 / 72;
/**
 * Image pixels per displayed point: 144 dpi at print size, where 6-point text stays crisp.
 * Maps too wide for the page come as strips of at most 780 points (workflow-map.ts), so no
 * figure is scaled down so far that it needs more; pixels beyond this cost time, not clarity.
 */
const PX_PER_DISPLAYED_PT = 2;

export interface FigureEnv {
  readonly fonts: Typesetter;
  readonly textWidthPt: number;
  readonly maxHeightPt: number;
  /** Reused from figure to figure (see Rasterizer.reset). */
  readonly canvas: Rasterizer;
  readonly slots: XmlSlots;
  readonly media: MediaParts;
  readonly text: DocxText;
}

/** `id` numbers the figures from 1: the drawing's id and name. */
export function figureBlock(block: FigureBlock, env: FigureEnv, id: number): Paragraph[] {
  const fig = block.figure;
  const s = fitScale(fig, env.textWidthPt, env.maxHeightPt);
  const image = rasterizeFigure(fig, env.fonts, PX_PER_DISPLAYED_PT * s, { displayScale: s, canvas: env.canvas });
  const picture = pictureParagraphXml({
    relationshipId: env.media.addPng(image.png),
    // At least a pixel: a map far taller than wide is scaled to a sliver, and Word refuses an empty extent.
    widthPx: Math.max(1, Math.round(fig.width * s * PX_PER_PT)),
    heightPx: Math.max(1, Math.round(fig.height * s * PX_PER_PT)),
    id,
    name: `Figure ${id}`,
    title: block.caption,
    description: block.altText,
  });
  return [env.slots.slot(picture), new Paragraph({ style: STYLE.caption, children: env.text.runs([block.caption]) })];
}
