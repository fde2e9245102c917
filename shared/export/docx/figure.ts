/**
 * DOCX figures: the figure's SVG (figure/svg.ts, the drawing the app's map export saves and
 * the PDF draws as vectors) embedded with docx's SVG image, and a PNG of that same SVG drawn
 * by resvg (figure/png.ts), its text as the glyph outlines of the document's cut faces
 * (figure/svgOutlines.ts), as the fallback docx requires for readers without SVG (LibreOffice
 * and Google Docs show the PNG). Sized to the text width of its page, with the alt text as the image's
 * description and the caption below.
 */
import { AlignmentType, HeadingLevel, ImageRun, Paragraph } from 'docx';
import type { FigureBlock } from '../../report/types';
import { blockScale } from '../figure/geometry';
import { rasterRequest } from '../figure/png';
import type { Rasterizer } from '../figure/rasterizer';
import { figureToSvg, type SvgText } from '../figure/svg';
import { svgOutlinedText } from '../figure/svgOutlines';
import { svgShapedText } from '../figure/svgText';
import { cachedTextLayout } from '../figure/textLayout';
import type { Typesetter } from '../fonts/typesetter';
import { STYLE } from './styles';
import type { DocxText } from './text';
import { pngPlaceholder, svgPlaceholder } from './figurePlaceholders';

/** Word sizes images in pixels at 96 per inch. */
const PX_PER_PT = 96 / 72;
/** PNG pixels per displayed point: 144 dpi at print size, where 7-point text stays crisp. */
const PX_PER_DISPLAYED_PT = 2;

export interface FigureEnv {
  /** The figure text as the SVG sets it (svgShapedText of the document's fonts). */
  readonly shaped: SvgText;
  /** The figure text as outlines, for the PNG (svgOutlinedText, one per document so each glyph is outlined once). */
  readonly outlines: SvgText;
}

/** The room a figure has: the text width and height of its page, in points. */
export interface FigureRoom {
  readonly width: number;
  readonly height: number;
}

/** The figure text of a document, as the SVG sets it and as the PNG's outlines, each label laid out once. */
export function figureText(fonts: Typesetter): { shaped: SvgText; outlines: SvgText } {
  const place = cachedTextLayout(fonts);
  return { shaped: svgShapedText(fonts, place), outlines: svgOutlinedText(fonts, place) };
}

/** A figure's PNG as the DOCX embeds it, being drawn, and how far the figure is scaled down to fit its page. */
export interface FigurePng {
  readonly png: Promise<Uint8Array>;
  readonly scale: number;
}

/**
 * The figure's PNG, asked of `rasterizer` (drawn while the rest of the document is written).
 * Asked for before anything else of the figure is made, its SVG included: the PNGs are an
 * export's longest stretch, and every millisecond before they start is added to its time.
 */
export function figurePng(block: FigureBlock, env: FigureEnv, room: FigureRoom, rasterizer: Rasterizer): FigurePng {
  const fig = block.figure;
  const s = blockScale(block, room.width, room.height);
  const outlined = figureToSvg(fig, env.outlines, { title: block.caption, crisp: true });
  // A figure grown to fill its landscape page keeps the pixels it has at its drawn size: its
  // 7-point labels are 14 pixels high either way, and the PNGs are most of an export's time.
  const png = rasterizer.png(rasterRequest(outlined, fig, PX_PER_DISPLAYED_PT * Math.min(1, s)));
  // Awaited only once the rest is written: a figure that fails meanwhile must not count as an
  // unhandled rejection (which ends a Node process); the await still throws its error.
  png.catch(() => undefined);
  return { png, scale: s };
}

/** The figure's SVG as the DOCX embeds it: its text set in the document's faces, not as outlines. */
export function figureSvg(block: FigureBlock, env: FigureEnv): string {
  return figureToSvg(block.figure, env.shaped, { title: block.caption });
}

/**
 * The figure's paragraphs, scaled by `scale` to fit its page; `id` numbers the figures from 1:
 * the drawing's name. The image carries stand-ins (figurePlaceholders.ts), which repackage
 * replaces with the figure's SVG and drawn PNG.
 */
export function figureBlock(block: FigureBlock, scale: number, id: number, text: DocxText): Paragraph[] {
  const fig = block.figure;
  const paragraphs: Paragraph[] = [];
  if (block.title) {
    paragraphs.push(new Paragraph({ heading: HeadingLevel.HEADING_3, keepNext: true, children: text.runs([block.title]) }));
  }
  paragraphs.push(new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: block.title ? 60 : 120, after: 0 },
    children: [new ImageRun({
      type: 'svg',
      data: svgPlaceholder(id),
      fallback: { type: 'png', data: pngPlaceholder(id) },
      // At least a pixel: a map far taller than wide is scaled to a sliver, and Word refuses an empty extent.
      transformation: {
        width: Math.max(1, Math.round(fig.width * scale * PX_PER_PT)),
        height: Math.max(1, Math.round(fig.height * scale * PX_PER_PT)),
      },
      altText: { id: String(id), name: `Figure ${id}`, title: block.title ?? block.caption, description: block.altText },
    })],
  }));
  paragraphs.push(new Paragraph({ style: STYLE.caption, children: text.runs([block.caption]) }));
  return paragraphs;
}
