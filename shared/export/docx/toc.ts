/**
 * The DOCX contents: a list of the parts and sections (Heading 1–2), each a link to a bookmark
 * on its heading followed by a PAGEREF field to the same bookmark, right-aligned.
 *
 * Why not Word's TOC field: LibreOffice neither updates fields on load nor lets a PAGEREF inside
 * a TOC field's result live, so it shows the field's cached entries, whose page numbers docx
 * cannot know (it showed dot leaders running to nothing). Precomputed numbers would come from
 * our PDF layout, which LibreOffice's pagination does not match (the sprint report is 23 pages
 * in the PDF, 27 in LibreOffice). A PAGEREF outside a TOC field is a live field in LibreOffice,
 * laid out with the document, so LibreOffice shows each heading's real page; Word updates the
 * fields when it opens the document (`w:updateFields` in settings, each field also marked dirty).
 * Where nothing updates fields (Word when asked not to, Google Docs) the result is blank, so the
 * entries have no dot leaders: a clean list of links, never leaders running to nothing.
 */
import { Paragraph } from 'docx';
import type { Block, TocBlock } from '../../report/types';
import type { XmlSlots } from './slots';
import { STYLE } from './styles';
import type { DocxText } from './text';

export interface ContentsEntry { readonly level: 1 | 2; readonly text: string }

/** The headings the contents lists, in order: parts and sections. */
export function contentsEntries(blocks: readonly Block[]): ContentsEntry[] {
  const out: ContentsEntry[] = [];
  for (const b of blocks) if (b.type === 'heading' && b.level <= 2) out.push({ level: b.level as 1 | 2, text: b.text });
  return out;
}

/** The bookmark on the n-th heading the contents lists (0-based); hidden in Word's bookmark list (leading "_"). */
export const headingBookmark = (n: number): string => `_Contents${n + 1}`;

/**
 * One entry; `alone` for a part with no section under it, which must not keep with the next
 * paragraph as its style does (a part keeps with its first section): the contents' last entry
 * kept with the page-breaking heading after the contents, and went to that heading's page.
 */
function entryXml(t: DocxText, entry: ContentsEntry, n: number, textWidth: number, alone: boolean): string {
  const name = headingBookmark(n);
  const style = entry.level === 1 ? STYLE.contents1 : STYLE.contents2;
  return `<w:p><w:pPr><w:pStyle w:val="${style}"/>${alone ? '<w:keepNext w:val="0"/>' : ''}<w:tabs><w:tab w:val="right" w:pos="${textWidth}"/></w:tabs></w:pPr>`
    + `<w:hyperlink w:anchor="${name}" w:history="1">${t.runsXml([entry.text], { bold: entry.level === 1 })}</w:hyperlink>`
    + '<w:r><w:tab/></w:r>'
    + '<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>'
    + `<w:r><w:instrText xml:space="preserve"> PAGEREF ${name} \\h </w:instrText></w:r>`
    + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    + '</w:p>';
}

/** The contents title and its entries; `textWidth` in twips, where the page numbers align. */
export function tocBlock(
  t: DocxText, block: TocBlock, entries: readonly ContentsEntry[], textWidth: number, slots: XmlSlots, pageBreakBefore = false,
): Paragraph[] {
  return [
    // Not a heading style: the contents must not list itself.
    new Paragraph({ style: STYLE.tocTitle, pageBreakBefore, children: t.runs([block.title]) }),
    slots.slot(entries.map((e, n) => entryXml(t, e, n, textWidth, e.level === 1 && entries[n + 1]?.level !== 2)).join('')),
  ];
}
