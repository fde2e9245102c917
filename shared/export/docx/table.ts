/**
 * DOCX tables with explicit geometry: LibreOffice and Google Docs ignore Word's autofit, so
 * every table gets a fixed layout, a grid in twips and the same width on each cell, all
 * summing to the page's text width. Header rows repeat on every page and never split.
 *
 * This is the one table writer. It writes the table's XML as a string (docx's object model
 * spent seconds on a 600-row table: objects per run, property and cell, then walking them
 * again to serialize); index.ts puts a placeholder where each table goes and slots.ts swaps
 * the XML in. The XML is what docx wrote for the same table, less the "off" properties.
 */
import type { FactsBlock, Inline, TableBlock, Tone } from '../../report/types';
import { INK, TONES } from '../palette';
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

type Align = 'left' | 'right' | 'center';

interface CellSpec {
  readonly content: readonly Inline[];
  readonly width: number;
  readonly fill?: string | undefined;
  readonly align?: Align | undefined;
  readonly text?: RunDefaults;
  readonly span?: number;
  readonly header?: boolean;
}

const shading = (fill: string): string => `<w:shd w:fill="${fill}" w:color="auto" w:val="clear"/>`;

function cell(t: DocxText, spec: CellSpec): string {
  return `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${spec.width}"/>`
    + (spec.span ? `<w:gridSpan w:val="${spec.span}"/>` : '')
    + (spec.header ? HEAD_RULE : '')
    + (spec.fill ? shading(spec.fill) : '')
    + `</w:tcPr><w:p><w:pPr><w:pStyle w:val="${STYLE.cell}"/><w:jc w:val="${spec.align ?? 'left'}"/></w:pPr>`
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
  const widths = distribute(block.columns.map((c) => c.width), textWidth);
  let rows = `<w:tr>${HEADER_ROW}`;
  block.columns.forEach((c, i) => {
    rows += cell(t, { content: [c.header], width: widths[i]!, fill: INK.headerFill, align: c.align, text: HEADER_TEXT, header: true });
  });
  rows += '</w:tr>';
  if (block.rows.length === 0) {
    rows += `<w:tr>${cell(t, { content: [block.emptyText ?? ''], width: textWidth, span: widths.length, text: EMPTY_TEXT })}</w:tr>`;
  }
  // Zebra stripes only help once a table is long enough to lose one's place in it.
  const zebra = block.rows.length > 3;
  block.rows.forEach((r, ri) => {
    rows += '<w:tr>';
    block.columns.forEach((c, i) => {
      rows += cell(t, {
        content: r[i]?.content ?? [],
        width: widths[i]!,
        fill: fillOf(r[i]?.fill) ?? (zebra && ri % 2 === 1 ? INK.zebra : undefined),
        align: c.align,
      });
    });
    rows += '</w:tr>';
  });
  return table(widths, rows);
}

/** Label → value pairs as a two-column table without a header; a pair never splits across pages. */
export function factsXml(t: DocxText, block: FactsBlock, textWidth: number, labelShare = 34): string {
  // Word calls a table without rows corrupt: an empty list writes nothing.
  if (block.rows.length === 0) return '';
  const widths = distribute([labelShare, 100 - labelShare], textWidth);
  let rows = '';
  for (const r of block.rows) {
    rows += `<w:tr>${UNSPLIT_ROW}${cell(t, { content: [r.label], width: widths[0]!, text: LABEL_TEXT })}${cell(t, { content: r.value, width: widths[1]! })}</w:tr>`;
  }
  return table(widths, rows);
}
