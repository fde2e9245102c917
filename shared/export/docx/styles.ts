/**
 * DOCX styles: the document defaults (Noto Sans in all four font slots, the same face the PDF
 * sets, embedded; the workbook's language; body size, ink), real Heading 1–3 styles with
 * outline levels (Word's navigation pane and the table of contents read them), and the few
 * paragraph styles of our own. Sizes are in half-points, spacing in twips.
 */
import { AlignmentType, LevelFormat, LineRuleType, type INumberingOptions, type IStylesOptions } from 'docx';
import { cjkOrder, FAMILY } from '../fonts/faces';
import { INK } from '../palette';

export const BODY_FONT = FAMILY.sans.name;
const FONT_SLOTS = { ascii: BODY_FONT, hAnsi: BODY_FONT, eastAsia: BODY_FONT, cs: BODY_FONT };

export const SIZE = {
  body: 21,
  lead: 25,
  small: 17,
  table: 18,
  caption: 17,
  chrome: 16,
} as const;

export const STYLE = {
  lead: 'Lead',
  small: 'Small',
  caption: 'FigureCaption',
  cell: 'TableText',
  tocTitle: 'ContentsTitle',
  contents1: 'ContentsEntry1',
  contents2: 'ContentsEntry2',
} as const;

const heading = (size: number, colour: string, before: number, after: number, level: number) => ({
  run: { font: FONT_SLOTS, size, bold: true, color: colour },
  paragraph: { spacing: { before, after }, keepNext: true, keepLines: true, outlineLevel: level },
});

const EAST_ASIAN: Readonly<Record<string, string>> = { sc: 'zh-CN', jp: 'ja-JP', kr: 'ko-KR' };
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'fa', 'ur', 'yi']);

/**
 * The document's languages from the workbook's locale: its own slot, and for the East Asian
 * and complex-script slots the locale where it is of that kind, else the usual default.
 */
export function languages(locale: string): { value: string; eastAsia: string; bidirectional: string } {
  const language = locale.toLowerCase().split(/[-_]/)[0]!;
  const eastAsian = ['zh', 'ja', 'ko'].includes(language) ? locale : EAST_ASIAN[cjkOrder(locale)[0]!]!;
  return { value: locale, eastAsia: eastAsian, bidirectional: RIGHT_TO_LEFT.has(language) ? locale : 'ar-SA' };
}

export const styles = (locale: string): IStylesOptions => ({
  default: {
    document: {
      run: { font: FONT_SLOTS, size: SIZE.body, color: INK.text, language: languages(locale) },
      // lineRule is spelled out: LibreOffice reads a bare w:line as an exact height and clips images.
      paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
    },
    heading1: heading(36, INK.heading, 360, 160, 0),
    heading2: heading(28, INK.heading, 280, 100, 1),
    heading3: heading(23, INK.text, 220, 80, 2),
    listParagraph: { paragraph: { spacing: { after: 60 } } },
  },
  paragraphStyles: [
    { id: STYLE.lead, name: 'Lead', basedOn: 'Normal', next: 'Normal', run: { size: SIZE.lead }, paragraph: { spacing: { after: 160 } } },
    { id: STYLE.small, name: 'Small', basedOn: 'Normal', next: 'Normal', run: { size: SIZE.small, color: INK.muted } },
    {
      id: STYLE.caption, name: 'Figure Caption', basedOn: 'Normal', next: 'Normal',
      run: { size: SIZE.caption, color: INK.muted }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 80, after: 240 }, keepLines: true },
    },
    { id: STYLE.cell, name: 'Table Text', basedOn: 'Normal', run: { size: SIZE.table }, paragraph: { spacing: { after: 0, line: 252, lineRule: LineRuleType.AUTO } } },
    {
      id: STYLE.tocTitle, name: 'Contents Title', basedOn: 'Normal', next: 'Normal',
      run: { size: 36, bold: true, color: INK.heading }, paragraph: { spacing: { before: 360, after: 200 } },
    },
    // The contents' entries: a part with room above it, its sections indented under it.
    {
      id: STYLE.contents1, name: 'Contents Entry 1', basedOn: 'Normal', next: 'Normal',
      run: { color: INK.heading }, paragraph: { spacing: { before: 120, after: 40 }, keepNext: true },
    },
    { id: STYLE.contents2, name: 'Contents Entry 2', basedOn: 'Normal', next: 'Normal', paragraph: { spacing: { after: 30 }, indent: { left: 320 } } },
  ],
});

export const ORDERED = 'sprintbook-ordered';
export const BULLETS = 'sprintbook-bullets';

/** Our own list definitions, so indents and markers look the same in Word and LibreOffice. */
export const numbering: INumberingOptions = {
  config: [
    {
      reference: ORDERED,
      levels: [{
        level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START,
        style: { paragraph: { indent: { left: 360, hanging: 300 } } },
      }],
    },
    {
      reference: BULLETS,
      levels: [{
        level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.START,
        style: { paragraph: { indent: { left: 360, hanging: 260 } }, run: { color: INK.accent } },
      }],
    },
  ],
};
