/**
 * PDF bookmarks (the outline panel) from the headings, nested by level. jsPDF writes outline
 * titles as byte strings, so non-Latin titles are handed over already in UTF-16BE with a
 * byte-order mark, which is how PDF text strings carry Unicode.
 */
import type { PdfContext } from './context';

interface OutlineNode { readonly children: unknown[] }
interface Outline {
  add(parent: OutlineNode | null, title: string, options: { pageNumber: number }): OutlineNode;
}

export function utf16be(text: string): string {
  let out = '\u00fe\u00ff';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += String.fromCharCode(c >> 8, c & 0xff);
  }
  return out;
}

export function addOutline(ctx: PdfContext): void {
  const outline = (ctx.doc as unknown as { outline?: Outline }).outline;
  if (!outline) return;
  // stack[k] is the latest node of level k + 1.
  const stack: (OutlineNode | null)[] = [];
  for (const h of ctx.headings) {
    let parent: OutlineNode | null = null;
    for (let l = h.level - 2; l >= 0; l--) { if (stack[l]) { parent = stack[l]!; break; } }
    const node = outline.add(parent, utf16be(h.text), { pageNumber: h.page });
    stack[h.level - 1] = node;
    stack.length = h.level;
  }
}
