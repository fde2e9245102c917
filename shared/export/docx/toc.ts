/**
 * The DOCX contents: a real TOC field over Heading 1–2 (Word fills in page numbers when it
 * updates fields on opening). docx writes the field's cached entries from our headings, so
 * LibreOffice and Google Docs, which may not update fields, still show the headings.
 */
import { Paragraph, TableOfContents } from 'docx';
import type { TocBlock } from '../../report/types';
import { STYLE } from './styles';
import type { DocxText } from './text';

export function tocBlock(t: DocxText, block: TocBlock, pageBreakBefore = false): (Paragraph | TableOfContents)[] {
  return [
    // Not a heading style: the contents must not list itself.
    new Paragraph({ style: STYLE.tocTitle, pageBreakBefore, children: t.runs([block.title]) }),
    new TableOfContents(block.title, { hyperlink: true, headingStyleRange: '1-2' }),
  ];
}
