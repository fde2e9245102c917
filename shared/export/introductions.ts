/**
 * Which paragraphs introduce what follows them, as both formats keep them on its page (the
 * PDF's keep rules, the DOCX's keepNext): a short paragraph right before a table, fact list,
 * list or figure ("6 decisions: …" above the register); and, right after a heading, a short
 * paragraph that leads into the subheading or the introduction that follows. Without the
 * second, a section's heading and its lead-in sat at the foot of a page with all they announce
 * on the next. What "short" is depends on the format: `short` measures it, and is asked only
 * of the paragraphs that stand in such a place.
 */
import type { Block, ParagraphBlock } from '../report/types';

export function introducingParagraphs(blocks: readonly Block[], short: (paragraph: ParagraphBlock) => boolean): Set<Block> {
  const out = new Set<Block>();
  // Backwards, so a lead-in sees whether the paragraph after it introduces what follows.
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i]!;
    const next = blocks[i + 1];
    const leadIn = blocks[i - 1]?.type === 'heading' && (next?.type === 'heading' || (next !== undefined && out.has(next)));
    if (b.type !== 'paragraph' || !(next?.type === 'table' || next?.type === 'facts' || next?.type === 'figure' || next?.type === 'list' || leadIn)) continue;
    if (short(b)) out.add(b);
  }
  return out;
}
