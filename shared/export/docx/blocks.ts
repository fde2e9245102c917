/**
 * DOCX text blocks: headings in Word's heading styles, paragraphs, real numbered and bulleted
 * lists, and callouts as bordered, shaded paragraphs (Word and LibreOffice merge adjacent
 * paragraphs with the same border into one box).
 */
import { BorderStyle, HeadingLevel, Paragraph, ShadingType, type IBorderOptions } from 'docx';
import type { CalloutBlock, HeadingBlock, ListBlock, ParagraphBlock } from '../../report/types';
import { TONES } from '../palette';
import { BULLETS, ORDERED, STYLE } from './styles';
import type { DocxText } from './text';

const LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** `pageBreakBefore` carries a page-break block (see index.ts). */
export function heading(t: DocxText, block: HeadingBlock, pageBreakBefore = false): Paragraph {
  return new Paragraph({ heading: LEVELS[block.level], pageBreakBefore, children: t.runs([block.text]) });
}

export function paragraph(t: DocxText, block: ParagraphBlock, pageBreakBefore = false): Paragraph {
  const style = block.style === 'lead' ? STYLE.lead : block.style === 'small' ? STYLE.small : undefined;
  return new Paragraph({ style, pageBreakBefore, children: t.runs(block.content) });
}

/** `instance` numbers each ordered list, so every list starts again at 1. */
export function list(t: DocxText, block: ListBlock, instance: number): Paragraph[] {
  return block.items.map((item, i) => new Paragraph({
    numbering: { reference: block.ordered ? ORDERED : BULLETS, level: 0, instance: block.ordered ? instance : 0 },
    spacing: { after: i === block.items.length - 1 ? 160 : 60 },
    children: t.runs(item),
  }));
}

export function callout(t: DocxText, block: CalloutBlock): Paragraph[] {
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
    new Paragraph({ border, shading, indent, spacing: { after: 200 }, children: t.runs(block.content) }),
  ];
}
