/**
 * The floors the export bench measures our documents against: the same report's tables (and
 * fact lists, two-column tables) and the same number of figure images, with the same PNG bytes,
 * written with one library and nothing else. The DOCX floor uses `docx` (Table, ImageRun); the
 * PDF floor uses `jspdf` alone: its standard Helvetica and text API (no shaping, no embedded
 * fonts), its own line splitting, header rows repeated on each page, addImage for the figures.
 * No headings, paragraphs, cover, contents, running header or footer: what is left is the work
 * any writer of these documents must do, so "2× the floor" is a fair aim.
 */
import { Document, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { jsPDF } from 'jspdf';
import { unzipSync } from 'fflate';
import type { Block, Inline } from '../../shared/report';
import { pageGeometry } from '../../shared/export/page';

interface Grid {
  readonly weights: readonly number[];
  readonly header: readonly string[] | null;
  readonly rows: readonly (readonly string[])[];
}

interface Image {
  readonly png: Uint8Array;
  /** Size in points, as the report's figure. */
  readonly width: number;
  readonly height: number;
}

const text = (xs: readonly Inline[]): string => xs.map((x) => (typeof x === 'string' ? x : x.text)).join('');

/** The report's tables and fact lists, as plain text grids, in order. */
export function gridsOf(blocks: readonly Block[]): Grid[] {
  return blocks.flatMap((b): Grid[] => {
    if (b.type === 'table') {
      return [{ weights: b.columns.map((c) => c.width), header: b.columns.map((c) => c.header), rows: b.rows.map((r) => b.columns.map((_, i) => text(r[i]?.content ?? []))) }];
    }
    if (b.type === 'facts') return [{ weights: [34, 66], header: null, rows: b.rows.map((r) => [r.label, text(r.value)]) }];
    return [];
  });
}

/**
 * The figure images our DOCX embeds (its PNGs, in the order of the figure blocks), paired with
 * the report's figures for their sizes. A figure the DOCX embeds as SVG with a PNG fallback
 * still counts once: its PNG.
 */
export function imagesOf(blocks: readonly Block[], docx: Uint8Array): Image[] {
  const files = unzipSync(docx);
  const pngs = Object.keys(files).filter((n) => n.startsWith('word/media/') && n.endsWith('.png'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).map((n) => files[n]!);
  const figures = blocks.flatMap((b) => (b.type === 'figure' ? [b.figure] : []));
  return figures.map((f, i) => ({ png: pngs[i % Math.max(1, pngs.length)] ?? new Uint8Array(), width: f.width, height: f.height }))
    .filter((im) => im.png.length > 0);
}

export async function floorDocx(grids: readonly Grid[], images: readonly Image[], textWidthPt: number): Promise<Uint8Array> {
  const children: (Table | Paragraph)[] = grids.map((g) => new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [...(g.header ? [g.header] : []), ...g.rows].map((cells, r) => new TableRow({
      tableHeader: g.header !== null && r === 0,
      children: cells.map((t) => new TableCell({ children: [new Paragraph(t)] })),
    })),
  }));
  for (const im of images) {
    const s = Math.min(1, textWidthPt / im.width);
    children.push(new Paragraph({
      children: [new ImageRun({ type: 'png', data: im.png, transformation: { width: Math.round(im.width * s * 4 / 3), height: Math.round(im.height * s * 4 / 3) } })],
    }));
  }
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

const SIZE = 8.25;
const LEADING = 11;
const PAD = 4;

export function floorPdf(grids: readonly Grid[], images: readonly Image[], page: 'a4' | 'letter' = 'a4'): Uint8Array {
  const g = pageGeometry(page);
  const doc = new jsPDF({ unit: 'pt', format: [g.width, g.height], compress: true });
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(SIZE);
  const bottom = g.height - g.marginBottom;
  let y = g.marginTop;
  const newPage = (): void => { doc.addPage([g.width, g.height], 'portrait'); y = g.marginTop; };
  for (const grid of grids) {
    const sum = grid.weights.reduce((a, b) => a + b, 0);
    const widths = grid.weights.map((w) => (w / sum) * g.textWidth);
    const layout = (cells: readonly string[]) => {
      const lines = cells.map((t, i) => doc.splitTextToSize(t, Math.max(4, widths[i]! - 2 * PAD)) as string[]);
      return { lines, height: Math.max(1, ...lines.map((l) => l.length)) * LEADING + 2 * PAD };
    };
    const header = grid.header ? layout(grid.header) : null;
    const draw = (row: { lines: string[][]; height: number }, bold: boolean): void => {
      doc.setFont('helvetica', bold ? 'bold' : 'normal');
      let x = g.marginLeft;
      row.lines.forEach((lines, i) => {
        if (lines.length > 0) doc.text(lines, x + PAD, y + PAD + SIZE, { lineHeightFactor: LEADING / SIZE });
        x += widths[i]!;
      });
      y += row.height;
      doc.line(g.marginLeft, y, g.marginLeft + g.textWidth, y);
    };
    if (header) { if (y + header.height > bottom) newPage(); draw(header, true); }
    for (const cells of grid.rows) {
      const row = layout(cells);
      if (y + row.height > bottom && y > g.marginTop) { newPage(); if (header) draw(header, true); }
      draw(row, false);
    }
    y += 9;
  }
  for (const im of images) {
    const s = Math.min(1, g.textWidth / im.width, (bottom - g.marginTop) / im.height);
    if (y + im.height * s > bottom) newPage();
    doc.addImage(im.png, 'PNG', g.marginLeft, y, im.width * s, im.height * s);
    y += im.height * s + 9;
  }
  return new Uint8Array(doc.output('arraybuffer'));
}
