/**
 * DOCX figures: the figure rasterized to a PNG by our own renderer (identical in the app, the
 * browser and the CLI), sized to the text width, with the alt text as the image description
 * and the caption below.
 */
import { AlignmentType, ImageRun, Paragraph } from 'docx';
import type { FigureBlock } from '../../report/types';
import type { FontSet } from '../fonts/fontSet';
import { fitScale } from '../figure/geometry';
import { rasterizeFigure } from '../figure/raster/index';
import { runs } from './inline';
import { STYLE } from './styles';

/** Word sizes images in pixels at 96 per inch. */
const PX_PER_PT = 96 / 72;
/** Pixels across a wide map, so its small labels survive zooming in. */
const WIDE_PIXELS = 1600;

export function figureBlock(block: FigureBlock, fonts: FontSet, textWidthPt: number, maxHeightPt: number, id: number): Paragraph[] {
  const fig = block.figure;
  const s = fitScale(fig, textWidthPt, maxHeightPt);
  // Twice the displayed resolution, more for maps scaled far down (capped at 2 px per point).
  const k = Math.min(2, Math.max(2 * s, WIDE_PIXELS / Math.max(1, fig.width)));
  const image = rasterizeFigure(fig, fonts, k);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 120, after: 0 },
      children: [new ImageRun({
        type: 'png',
        data: image.png,
        transformation: {
          width: Math.round(fig.width * s * PX_PER_PT),
          height: Math.round(fig.height * s * PX_PER_PT),
        },
        altText: { id: String(id), name: `Figure ${id}`, title: block.caption, description: block.altText },
      })],
    }),
    new Paragraph({ style: STYLE.caption, children: runs([block.caption]) }),
  ];
}
