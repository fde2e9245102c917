/**
 * Landscape pages for wide figures: a figure that asks for a turned page (a wide workflow map)
 * starts one, the landscape figures right after it share such pages, and the next block turns
 * back to portrait on a new page, as the DOCX's sections do (docx/sections.ts).
 */
import type { Block } from '../../report/types';
import type { PageGeometry } from '../page';
import { atPageTop, newPage, type PdfContext } from './context';

/** The same sheet turned: width and height swapped, the margins kept where they are. */
export function turned(page: PageGeometry): PageGeometry {
  const width = page.height, height = page.width;
  return { ...page, width, height, textWidth: width - page.marginLeft - page.marginRight };
}

/** Turns the page for `block` if it needs the other orientation; `portrait` is the document's own page. */
export function turnFor(ctx: PdfContext, block: Block, portrait: PageGeometry): void {
  if (block.type === 'page-break') return;
  const landscape = block.type === 'figure' && block.orientation === 'landscape';
  const want = landscape ? turned(portrait) : portrait;
  if (want.width === ctx.page.width) return;
  ctx.page = want;
  // A page left empty (the foot of a section that ended exactly there) is replaced, not kept blank.
  if (atPageTop(ctx) && ctx.pageNumber > 1) {
    ctx.doc.deletePage(ctx.pageNumber);
    ctx.landscapePages.delete(ctx.pageNumber);
    ctx.pageNumber -= 1;
  }
  newPage(ctx);
}

/** The geometry page `n` was drawn with. */
export function pageGeometryOf(ctx: PdfContext, n: number): PageGeometry {
  const portrait = ctx.page.width > ctx.page.height ? turned(ctx.page) : ctx.page;
  return ctx.landscapePages.has(n) ? turned(portrait) : portrait;
}
