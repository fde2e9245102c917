/**
 * DOCX tables with explicit geometry: LibreOffice and Google Docs ignore Word's autofit, so
 * every table gets a fixed layout, a grid (`columnWidths`) in twips and the same width on
 * each cell, all summing to the page's text width. Header rows repeat on every page.
 */
import {
  BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType,
  AlignmentType, type IBorderOptions,
} from 'docx';
import type { FactsBlock, Inline, TableBlock, Tone } from '../../report/types';
import { INK, TONES } from '../palette';
import { distribute } from '../page';
import { runs, type RunDefaults } from './inline';
import { STYLE } from './styles';

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: INK.rule };
const HEAD_RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 8, color: INK.heading };
const MARGINS = { top: 70, bottom: 70, left: 100, right: 100 };

const ALIGN = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;

interface CellSpec {
  readonly content: readonly Inline[];
  readonly width: number;
  readonly fill?: string;
  readonly align?: 'left' | 'right' | 'center';
  readonly text?: RunDefaults;
  readonly span?: number;
}

/**
 * Margins and the rules between rows are set once on the table; a cell carries only what is
 * its own (width, fill, the header's heavier rule), which keeps big tables quick to write.
 */
function cell(spec: CellSpec, header: boolean): TableCell {
  return new TableCell({
    width: { size: spec.width, type: WidthType.DXA },
    columnSpan: spec.span,
    shading: spec.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: spec.fill } : undefined,
    borders: header ? { bottom: HEAD_RULE } : undefined,
    children: [new Paragraph({
      style: STYLE.cell,
      alignment: ALIGN[spec.align ?? 'left'],
      children: runs(spec.content, spec.text),
    })],
  });
}

function table(widths: readonly number[], rows: TableRow[]): Table {
  const total = widths.reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    margins: MARGINS,
    borders: { top: NONE, bottom: RULE, left: NONE, right: NONE, insideHorizontal: RULE, insideVertical: NONE },
    rows,
  });
}

const fillOf = (tone: Tone | undefined): string | undefined => (tone ? TONES[tone].fill : undefined);

/** `textWidth` in twips: the page width less its margins. */
export function tableBlock(block: TableBlock, textWidth: number): Table {
  const widths = distribute(block.columns.map((c) => c.width), textWidth);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((c, i) => cell({
      content: [c.header], width: widths[i]!, fill: INK.headerFill, align: c.align, text: { bold: true, color: INK.heading },
    }, true)),
  });
  const zebra = block.rows.length > 3;
  const body = block.rows.length > 0
    ? block.rows.map((r, ri) => new TableRow({
      children: block.columns.map((c, i) => cell({
        content: r[i]?.content ?? [],
        width: widths[i]!,
        fill: fillOf(r[i]?.fill) ?? (zebra && ri % 2 === 1 ? INK.zebra : undefined),
        align: c.align,
      }, false)),
    }))
    : [new TableRow({
      children: [cell({
        content: [block.emptyText ?? ''], width: textWidth, span: widths.length, text: { italics: true, color: INK.muted },
      }, false)],
    })];
  return table(widths, [header, ...body]);
}

/** Label → value pairs as a two-column table without a header. */
export function factsBlock(block: FactsBlock, textWidth: number, labelShare = 34): Table {
  const widths = distribute([labelShare, 100 - labelShare], textWidth);
  return table(widths, block.rows.map((r) => new TableRow({
    cantSplit: true,
    children: [
      cell({ content: [r.label], width: widths[0]!, text: { bold: true, color: INK.muted } }, false),
      cell({ content: r.value, width: widths[1]! }, false),
    ],
  })));
}
