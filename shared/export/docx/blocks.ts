/**
 * DOCX text blocks: headings in Word's heading styles, paragraphs, real numbered and bulleted
 * lists, and callouts as bordered, shaded paragraphs (Word and LibreOffice merge adjacent
 * paragraphs with the same border into one box).
 */
import { Bookmark, BorderStyle, HeadingLevel, Paragraph, ShadingType, type IBorderOptions } from 'docx';
import type { Block, CalloutBlock, HeadingBlock, ListBlock, ParagraphBlock } from '../../report/types';
import { TONES } from '../palette';
import { introducingParagraphs } from '../introductions';
import { BULLETS, ORDERED, STYLE } from './styles';
import type { XmlSlots } from './slots';
import type { DocxText } from './text';

const LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/**
 * `pageBreakBefore` carries a page-break block (see index.ts); `bookmark` names the heading for
 * the contents' link and page number (toc.ts).
 */
export function heading(t: DocxText, block: HeadingBlock, pageBreakBefore = false, bookmark?: string): Paragraph {
  const runs = t.runs([block.text]);
  return new Paragraph({
    heading: LEVELS[block.level], pageBreakBefore, children: bookmark ? [new Bookmark({ id: bookmark, children: runs })] : runs,
  });
}

/** `keepNext` keeps a short paragraph with the table, list or figure it introduces (introductions). */
export function paragraph(t: DocxText, block: ParagraphBlock, pageBreakBefore = false, keepNext = false): Paragraph {
  const style = block.style === 'lead' ? STYLE.lead : block.style === 'small' ? STYLE.small : undefined;
  return new Paragraph({ style, pageBreakBefore, ...(keepNext ? { keepNext, keepLines: true } : {}), children: t.runs(block.content) });
}

/** A paragraph this short (in characters) that comes right before a table, list or figure introduces it. */
const INTRO_CHARS = 300;

/** The paragraphs that introduce what follows them (../introductions.ts), short meaning at most INTRO_CHARS characters. */
export function introductions(blocks: readonly Block[]): Set<Block> {
  return introducingParagraphs(blocks, (b) => b.content.reduce((n, c) => n + (typeof c === 'string' ? c.length : c.text.length), 0) <= INTRO_CHARS);
}

/** `instance` numbers each ordered list, so every list starts again at 1. */
export function list(t: DocxText, block: ListBlock, instance: number): Paragraph[] {
  return block.items.map((item, i) => new Paragraph({
    numbering: { reference: block.ordered ? ORDERED : BULLETS, level: 0, instance: block.ordered ? instance : 0 },
    spacing: { after: i === block.items.length - 1 ? 160 : 60 },
    children: t.runs(item),
  }));
}

/**
 * A callout is kept on one page (its title keeps with its text, whose lines keep together). One
 * too long for that, which must split, is a one-cell table whose title row repeats on every
 * page it continues on (calloutTableXml).
 */
export function callout(t: DocxText, block: CalloutBlock, slots: XmlSlots, textWidth: number): Paragraph[] {
  if (calloutHeight(block, textWidth) > HALF_PAGE) return [slots.slot(calloutTableXml(t, block, textWidth))];
  const tone = TONES[block.tone];
  const thin: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: tone.fill, space: 6 };
  const border = {
    top: thin, bottom: thin, right: thin,
    left: { style: BorderStyle.SINGLE, size: 24, color: tone.border, space: 8 },
  };
  const shading = { type: ShadingType.CLEAR, color: 'auto', fill: tone.fill };
  const indent = { left: 200, right: 140 };
  return [
    new Paragraph({
      border, shading, indent, keepNext: true, spacing: { before: 120, after: 0 },
      children: t.runs([block.title], { bold: true, color: tone.text }),
    }),
    new Paragraph({ border, shading, indent, keepLines: true, spacing: { after: 200 }, children: t.runs(block.content) }),
  ];
}

/** Half a page's text height, in points. */
const HALF_PAGE = 330;

/** The callout's height estimated from its length (body text, 10.5 pt on lines of 15 pt; 0.55 em a character). */
function calloutHeight(block: CalloutBlock, textWidth: number): number {
  const chars = block.content.reduce((n, c) => n + (typeof c === 'string' ? c.length : c.text.length), 0);
  return Math.ceil((chars * 0.55 * 10.5) / (textWidth / 20 - 30)) * 15 + 40;
}

/** A long callout as a table: the title in a header row that Word and LibreOffice repeat where it continues. */
function calloutTableXml(t: DocxText, block: CalloutBlock, textWidth: number): string {
  const tone = TONES[block.tone];
  const cellProperties = `<w:tcW w:type="dxa" w:w="${textWidth}"/>`
    + `<w:tcBorders><w:left w:val="single" w:sz="24" w:color="${tone.border}"/></w:tcBorders>`
    + `<w:shd w:val="clear" w:color="auto" w:fill="${tone.fill}"/>`;
  const row = (trPr: string, content: string): string => `<w:tr>${trPr}<w:tc><w:tcPr>${cellProperties}</w:tcPr><w:p>${content}</w:p></w:tc></w:tr>`;
  return `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${textWidth}"/><w:tblLayout w:type="fixed"/>`
    + '<w:tblCellMar><w:top w:type="dxa" w:w="100"/><w:left w:type="dxa" w:w="200"/><w:bottom w:type="dxa" w:w="100"/><w:right w:type="dxa" w:w="140"/></w:tblCellMar>'
    + `</w:tblPr><w:tblGrid><w:gridCol w:w="${textWidth}"/></w:tblGrid>`
    + row('<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>', `<w:pPr><w:keepNext/><w:spacing w:after="0"/></w:pPr>${t.runsXml([block.title], { bold: true, color: tone.text })}`)
    + row('', t.runsXml(block.content))
    + '</w:tbl><w:p><w:pPr><w:spacing w:after="120"/></w:pPr></w:p>';
}
