/**
 * How much of what follows a heading must fit on its page, so a heading never sits alone at
 * the foot of a page: the next paragraph's first lines, a table's header and first row (all
 * of a short one), a whole figure, or the next heading and whatever that one keeps. A short
 * paragraph that introduces a table, list or figure keeps its start with it in the same way.
 */
import type { Block, ParagraphBlock } from '../../report/types';
import { blockScale } from '../figure/geometry';
import { introducingParagraphs } from '../introductions';
import { contentHeight, type PdfContext } from './context';
import { SPACE, TYPE } from './style';
import { tableStartHeight } from './table';
import { wrapInline } from './text';

export function headingHeight(ctx: PdfContext, level: 1 | 2 | 3, text: string): number {
  const t = level === 1 ? TYPE.h1 : level === 2 ? TYPE.h2 : TYPE.h3;
  const lines = wrapInline(ctx, [text], ctx.page.textWidth, t.size, { bold: true }).length;
  return t.before + lines * t.leading + t.after + (level === 1 ? 4 : 0);
}

function startHeight(ctx: PdfContext, block: Block | undefined): number {
  if (!block) return 0;
  switch (block.type) {
    case 'paragraph': return 2 * TYPE.body.leading;
    case 'list': return 2 * TYPE.body.leading;
    case 'callout': return SPACE.calloutPad * 2 + 3 * TYPE.body.leading;
    case 'table':
    case 'facts': return tableStartHeight(ctx, block);
    case 'figure': {
      const s = blockScale(block, ctx.page.textWidth, contentHeight(ctx) - 30);
      return block.figure.height * s + 30;
    }
    default: return 0;
  }
}

/** Lines of body text a paragraph may have and still go with the table, list or figure it introduces. */
const INTRO_LINES = 3;

function paragraphStyle(block: ParagraphBlock): { size: number; leading: number } {
  return block.style === 'lead' ? TYPE.lead : block.style === 'small' ? TYPE.small : TYPE.body;
}

/**
 * The paragraphs that introduce what follows them (../introductions.ts), short meaning at most
 * INTRO_LINES lines, each with its height.
 */
function introHeights(ctx: PdfContext, blocks: readonly Block[]): Map<Block, number> {
  const heights = new Map<Block, number>();
  introducingParagraphs(blocks, (b) => {
    const t = paragraphStyle(b);
    const lines = wrapInline(ctx, b.content, ctx.page.textWidth, t.size).length;
    if (lines > INTRO_LINES) return false;
    heights.set(b, lines * t.leading + SPACE.block);
    return true;
  });
  return heights;
}

/**
 * For each block index, the room the block needs below itself on its page: for a heading, the
 * start of what follows (through a short introducing paragraph); for such a paragraph, the
 * start of the block it introduces; 0 for other blocks.
 */
export function keepHeights(ctx: PdfContext, blocks: readonly Block[]): number[] {
  const keep = new Array<number>(blocks.length).fill(0);
  const intros = introHeights(ctx, blocks);
  const introHeight = (i: number): number | null => {
    const b = blocks[i];
    return b === undefined ? null : intros.get(b) ?? null;
  };
  // Backwards, so a run of headings adds up: H2, H3, then the table they introduce.
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i]!;
    if (b.type === 'paragraph') {
      const next = blocks[i + 1];
      if (introHeight(i) !== null) {
        keep[i] = next?.type === 'heading' ? headingHeight(ctx, next.level, next.text) + keep[i + 1]!
          : next?.type === 'paragraph' ? introHeight(i + 1)! + keep[i + 1]!
            : startHeight(ctx, next);
      }
      continue;
    }
    if (b.type !== 'heading') continue;
    const next = blocks[i + 1];
    const intro = introHeight(i + 1);
    const after = next?.type === 'heading' ? headingHeight(ctx, next.level, next.text) + keep[i + 1]!
      : intro !== null ? intro + keep[i + 1]!
        : startHeight(ctx, next);
    keep[i] = Math.max(SPACE.keepWithNext, after);
  }
  return keep;
}
