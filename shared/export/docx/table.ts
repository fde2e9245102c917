/**
 * DOCX tables with explicit geometry: LibreOffice and Google Docs ignore Word's autofit, so
 * every table gets a fixed layout, a grid in twips and the same width on each cell, all
 * summing to the page's text width. Header rows repeat on every page; no row splits across
 * pages (but one too tall for half a page, which Word would otherwise cut off at the page's
 * foot), and a short table or fact list is kept on one page (keep-with-next on every row but
 * the last), as the PDF does.
 *
 * This is the one table writer. It writes the table's XML as a string (docx's object model
 * spent seconds on a 600-row table: objects per run, property and cell, then walking them
 * again to serialize); index.ts puts a placeholder where each table goes and slots.ts swaps
 * the XML in. The XML is what docx wrote for the same table, less the "off" properties.
 */
import type { FactsBlock, Inline, TableBlock, Tone } from '../../report/types';
import { columnWidths } from '../columns';
import { INK, TONES } from '../palette';
import { measureText } from '../text/paragraph';
import { distribute } from '../page';
import { STYLE } from './styles';
import type { DocxText, RunDefaults } from './text';

/** Margins and the rules between rows are set once on the table; a cell carries only what is its own. */
const TABLE_PROPERTIES = '<w:tblBorders>'
  + '<w:top w:val="none" w:color="auto" w:sz="0"/>'
  + '<w:left w:val="none" w:color="auto" w:sz="0"/>'
  + `<w:bottom w:val="single" w:color="${INK.rule}" w:sz="4"/>`
  + '<w:right w:val="none" w:color="auto" w:sz="0"/>'
  + `<w:insideH w:val="single" w:color="${INK.rule}" w:sz="4"/>`
  + '<w:insideV w:val="none" w:color="auto" w:sz="0"/>'
  + '</w:tblBorders>'
  + '<w:tblLayout w:type="fixed"/>'
  + '<w:tblCellMar><w:top w:type="dxa" w:w="70"/><w:left w:type="dxa" w:w="100"/><w:bottom w:type="dxa" w:w="70"/><w:right w:type="dxa" w:w="100"/></w:tblCellMar>';

/** The header's heavier rule under each of its cells. */
const HEAD_RULE = `<w:tcBorders><w:bottom w:val="single" w:color="${INK.heading}" w:sz="8"/></w:tcBorders>`;

const HEADER_ROW = '<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>';
const UNSPLIT_ROW = '<w:trPr><w:cantSplit/></w:trPr>';

/**
 * A table of at most this many rows, estimated at most a third of a page tall, stays on one
 * page, and a fact list (one record's card) up to 60% of a page, as in the PDF: moving a taller
 * table whole would leave most of a page empty, where splitting it costs only its header again.
 */
const SHORT_ROWS = 16;
const SHORT_TABLE_HEIGHT = 220;
const SHORT_FACTS_HEIGHT = 420;
/** Half the text height of an A4 or Letter page, in points: a row taller than this may split. */
const HALF_PAGE = 330;
/** Table text: 9 pt on lines of 1.05, cell margins of 3.5 pt above and below; Noto Sans averages 0.55 em a character. */
const LINE = 9 * 1.05 * 1.2;
const ROW_PAD = 7;
const EM_PER_CHAR = 0.55;

const charCount = (content: readonly Inline[]): number => content.reduce((n, c) => n + (typeof c === 'string' ? c.length : c.text.length), 0);

/** A row's height estimated from its longest cell: enough to tell a row of a few lines from one of a page. */
function rowHeight(cells: readonly (readonly Inline[])[], widths: readonly number[]): number {
  let lines = 1;
  cells.forEach((c, i) => {
    const room = Math.max(10, widths[i]! / 20 - 10);
    lines = Math.max(lines, Math.ceil((charCount(c) * EM_PER_CHAR * 9) / room));
  });
  return lines * LINE + ROW_PAD;
}

/** Row properties: never split unless too tall to move whole. */
const rowProperties = (height: number): string => (height <= HALF_PAGE ? UNSPLIT_ROW : '');

type Align = 'left' | 'right' | 'center';

interface CellSpec {
  readonly content: readonly Inline[];
  /** Keeps the row with the next one (every row of a short table but its last). */
  readonly keep?: boolean;
  readonly width: number;
  readonly fill?: string | undefined;
  readonly align?: Align | undefined;
  readonly text?: RunDefaults;
  readonly span?: number;
  readonly header?: boolean;
}

const shading = (fill: string): string => `<w:shd w:fill="${fill}" w:color="auto" w:val="clear"/>`;

/** A cell's paragraph is left-to-right, so left is where it starts anyway: only centre and right are written. */
const justification = (align: Align | undefined): string => (align && align !== 'left' ? `<w:jc w:val="${align}"/>` : '');

function cell(t: DocxText, spec: CellSpec): string {
  return `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${spec.width}"/>`
    + (spec.span ? `<w:gridSpan w:val="${spec.span}"/>` : '')
    + (spec.header ? HEAD_RULE : '')
    + (spec.fill ? shading(spec.fill) : '')
    + `</w:tcPr><w:p><w:pPr><w:pStyle w:val="${STYLE.cell}"/>${spec.keep ? '<w:keepNext/>' : ''}${justification(spec.align)}</w:pPr>`
    + `${t.runsXml(spec.content, spec.text)}</w:p></w:tc>`;
}

/** `rows` are the rows' XML, already joined. */
function table(widths: readonly number[], rows: string): string {
  const total = widths.reduce((a, b) => a + b, 0);
  return `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${total}"/>${TABLE_PROPERTIES}</w:tblPr>`
    + `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows}</w:tbl>`;
}

const fillOf = (tone: Tone | undefined): string | undefined => (tone ? TONES[tone].fill : undefined);

const HEADER_TEXT: RunDefaults = { bold: true, color: INK.heading };
const EMPTY_TEXT: RunDefaults = { italics: true, color: INK.muted };
const LABEL_TEXT: RunDefaults = { bold: true, color: INK.muted };

/** A table block as `<w:tbl>` XML; `textWidth` in twips (the page width less its margins). */
export function tableXml(t: DocxText, block: TableBlock, textWidth: number): string {
  // Twips: a word at the table's 9 pt, with a tenth to spare (LibreOffice sets words a little
  // wider than HarfBuzz measures them), the cells' margins of 100 twips on each side.
  const measure = (word: string, bold: boolean): number => measureText(t.fonts, word, { bold, italic: false }, 9) * 22;
  const widths = distribute(columnWidths(block, textWidth, 240, measure), textWidth);
  const heights = block.rows.map((r) => rowHeight(block.columns.map((_, i) => r[i]?.content ?? []), widths));
  const short = block.rows.length <= SHORT_ROWS && heights.reduce((a, b) => a + b, 0) <= SHORT_TABLE_HEIGHT;
  let rows = `<w:tr>${HEADER_ROW}`;
  block.columns.forEach((c, i) => {
    rows += cell(t, {
      content: [c.header], width: widths[i]!, fill: INK.headerFill, align: c.align, text: HEADER_TEXT, header: true, keep: true,
    });
  });
  rows += '</w:tr>';
  if (block.rows.length === 0) {
    rows += `<w:tr>${UNSPLIT_ROW}${cell(t, { content: [block.emptyText ?? ''], width: textWidth, span: widths.length, text: EMPTY_TEXT })}</w:tr>`;
  }
  // Zebra stripes only help once a table is long enough to lose one's place in it.
  const zebra = block.rows.length > 3;
  block.rows.forEach((r, ri) => {
    const keep = short && ri < block.rows.length - 1;
    rows += `<w:tr>${rowProperties(heights[ri]!)}`;
    block.columns.forEach((c, i) => {
      rows += cell(t, {
        content: r[i]?.content ?? [],
        width: widths[i]!,
        fill: fillOf(r[i]?.fill) ?? (zebra && ri % 2 === 1 ? INK.zebra : undefined),
        align: c.align,
        keep,
      });
    });
    rows += '</w:tr>';
  });
  return table(widths, rows);
}

/** Label → value pairs as a two-column table without a header; a pair never splits across pages, a short list never. */
export function factsXml(t: DocxText, block: FactsBlock, textWidth: number, labelShare = 34): string {
  // Word calls a table without rows corrupt: an empty list writes nothing.
  if (block.rows.length === 0) return '';
  const widths = distribute([labelShare, 100 - labelShare], textWidth);
  const heights = block.rows.map((r) => rowHeight([[r.label], r.value], widths));
  const short = block.rows.length <= SHORT_ROWS && heights.reduce((a, b) => a + b, 0) <= SHORT_FACTS_HEIGHT;
  let rows = '';
  block.rows.forEach((r, ri) => {
    const keep = short && ri < block.rows.length - 1;
    rows += `<w:tr>${rowProperties(heights[ri]!)}${cell(t, { content: [r.label], width: widths[0]!, text: LABEL_TEXT, keep })}`
      + `${cell(t, { content: r.value, width: widths[1]!, keep })}</w:tr>`;
  });
  return table(widths, rows);
}
