/**
 * The DOCX's sections: one per run of blocks of one orientation. A figure that asks for a
 * landscape page (a wide workflow map) is set, with the landscape figures right after it, in a
 * section whose pages are turned, with the running header and footer across the wider page;
 * the next block starts a portrait section again. Word and LibreOffice start each section on
 * a new page, as the PDF does.
 */
import { PageOrientation, type ISectionOptions, type Paragraph, type TableOfContents } from 'docx';
import type { Block, Report } from '../../report/types';
import { twips, type PageGeometry } from '../page';
import { emptyHeader, pageFooter, runningHeader } from './chrome';
import type { DocxText } from './text';

export type Orientation = 'portrait' | 'landscape';

/** Room left for a figure below its title and above its caption, in points. */
const FIGURE_CHROME = 60;

/** The orientation `block` is set in; a page break keeps the current one. */
export function orientationOf(block: Block, current: Orientation): Orientation {
  if (block.type === 'page-break') return current;
  return block.type === 'figure' && block.orientation === 'landscape' ? 'landscape' : 'portrait';
}

/** The text width and height a figure may take on a page of `orientation`, in points. */
export function figureRoom(page: PageGeometry, orientation: Orientation): { width: number; height: number } {
  const [w, h] = orientation === 'landscape' ? [page.height, page.width] : [page.width, page.height];
  return { width: w - page.marginLeft - page.marginRight, height: h - page.marginTop - page.marginBottom - FIGURE_CHROME };
}

export function sectionOptions(
  t: DocxText, report: Report, page: PageGeometry, orientation: Orientation, first: boolean,
  children: (Paragraph | TableOfContents)[],
): ISectionOptions {
  const landscape = orientation === 'landscape';
  // docx swaps width and height itself for a landscape page: it is given the portrait sheet.
  const textWidth = twips(landscape ? page.height : page.width) - twips(page.marginLeft) - twips(page.marginRight);
  return {
    properties: {
      ...(first ? { titlePage: true } : {}),
      page: {
        size: { width: twips(page.width), height: twips(page.height), orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: {
          top: twips(page.marginTop), bottom: twips(page.marginBottom),
          left: twips(page.marginLeft), right: twips(page.marginRight),
          header: twips(page.headerDistance), footer: twips(page.footerDistance),
        },
      },
    },
    headers: first ? { default: runningHeader(t, report, textWidth), first: emptyHeader() } : { default: runningHeader(t, report, textWidth) },
    footers: first
      ? { default: pageFooter(t, report, textWidth), first: pageFooter(t, report, textWidth) }
      : { default: pageFooter(t, report, textWidth) },
    children,
  };
}
