/**
 * Figures read on paper: every map and chart of the example workbooks, of a generated 40-step
 * and 1,000-step workflow and of the 1,000-node bench workbook, measured as the documents set
 * them. No text under 7 pt once the figure is fitted to its page (A4 and US Letter, portrait or
 * landscape); no line of text over another text or over a node; lane names broken only between
 * words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { blockScale } from '../../../../shared/export/figure/geometry';
import { layoutTextShape } from '../../../../shared/export/figure/textLayout';
import type { Typesetter } from '../../../../shared/export/fonts/typesetter';
import { pageGeometry } from '../../../../shared/export/page';
import { loadWorkbook } from '../../../../shared/format';
import type { Workbook } from '../../../../shared/model';
import { buildReport, type FigureBlock } from '../../../../shared/report';
import { LANE_NAME_SIZE } from '../../../../shared/report/figures/map/panel';
import { BENCH_SIZE, generateWorkbook } from '../../../fixtures/generate';
import { INVOICE_EXAMPLE, INVOICE_EXAMPLE_11 } from '../../../fixtures/examples';
import { flowWorkbook } from '../report/mapWorkbooks';
import { typesetterForTexts } from './fixtures';
import { nodeBoxes, overlaps, smallTexts, textLineBoxes } from './figureBoxes';

function open(path: string): Workbook {
  const loaded = loadWorkbook(readFileSync(path, 'utf8'));
  if (!loaded.ok) throw new Error(loaded.refusal.reason);
  return loaded.workbook;
}

const WORKBOOKS: [string, () => Workbook][] = [
  ['the invoice-approval example (1.1)', () => open(INVOICE_EXAMPLE_11)],
  ['the invoice-approval example (1.0)', () => open(INVOICE_EXAMPLE)],
  ['the support-triage starter', () => open(join(__dirname, '../../../../templates/starters/support-triage.sprintbook'))],
  ['a generated 40-step workflow', () => flowWorkbook(40, 5)],
  ['a generated 1,000-step workflow', () => flowWorkbook(1000, 10)],
  ['the 1,000-node bench workbook', () => generateWorkbook(BENCH_SIZE)],
];

/** Every figure of the four documents' figures that differ: the governance model's maps, the scorecard's and roadmap's charts. */
function figuresOf(w: Workbook): FigureBlock[] {
  return (['governance', 'scorecard', 'roadmap'] as const).flatMap((doc) =>
    buildReport(w, [], { doc, today: '2026-03-01' }).blocks.filter((b): b is FigureBlock => b.type === 'figure'));
}

const cases = WORKBOOKS.map(([name, make]) => {
  const figures = figuresOf(make());
  // The scorecard of a big workbook has a hundred charts alike: a dozen of them say as much.
  return { name, figures: figures.length > 40 ? figures.filter((f, i) => !f.caption.includes('trend of') || i % 10 === 0) : figures };
});

let fonts: Typesetter;
beforeAll(async () => {
  const texts = new Set<string>();
  for (const c of cases) for (const f of c.figures) for (const s of f.figure.shapes) if (s.kind === 'text') texts.add(s.text);
  fonts = await typesetterForTexts([...texts, '…']);
}, 120_000);

/** How far a renderer scales the figure on its page, for A4 and Letter: the smaller. */
function printScale(block: FigureBlock): number {
  return Math.min(...(['a4', 'letter'] as const).map((size) => {
    const page = pageGeometry(size);
    const [w, h] = block.orientation === 'landscape' ? [page.height, page.width] : [page.width, page.height];
    const captionAndTitle = 30 + (block.title ? 20 : 0);
    return blockScale(block, w - page.marginLeft - page.marginRight, h - page.marginTop - page.marginBottom - captionAndTitle);
  }));
}

describe.each(cases)('the figures of $name', ({ figures }) => {
  it('has figures to measure', () => {
    expect(figures.length).toBeGreaterThan(0);
  });

  it('sets no text under 7 pt at print size', () => {
    for (const f of figures) expect(smallTexts(f.figure, printScale(f)), f.title ?? f.caption).toEqual([]);
  });

  it('puts no label over another label or a node, and none outside the figure', () => {
    for (const f of figures) expect(overlaps(f.figure, fonts), f.title ?? f.caption).toEqual([]);
  });

  it('breaks lane names only between words', () => {
    for (const f of figures) {
      for (const s of f.figure.shapes) {
        if (s.kind !== 'text' || !s.bold || s.size !== LANE_NAME_SIZE || !s.boxHeight) continue;
        const lines = layoutTextShape(s, fonts).map((l) => l.text.trim());
        const words = s.text.trim().split(/\s+/);
        if (lines.some((l) => l.endsWith('…'))) continue; // an overview's name cut short to one line
        expect(lines.join(' ').split(/\s+/), s.text).toEqual(words);
      }
    }
  });
});

describe('the measure itself', () => {
  const map = cases[0]!.figures.find((f) => f.caption.startsWith('The workflow map'))!.figure;

  it('finds the example map’s nodes and every line of its labels', () => {
    // The 13 steps, and the legend's swatches drawn in node colours.
    expect(nodeBoxes(map).length).toBeGreaterThanOrEqual(13);
    expect(textLineBoxes(map, fonts).length).toBeGreaterThan(30);
  });

  it('catches a label moved onto another label, and a connector label moved onto a node', () => {
    const first = map.shapes.findIndex((s) => s.kind === 'text' && s.text.includes('Extract invoice fields'));
    const target = map.shapes.find((s) => s.kind === 'text' && s.text.includes('Match to purchase order'))!;
    const moved = { ...map, shapes: map.shapes.map((s, i) => (i === first && target.kind === 'text' ? { ...s, x: target.x, y: target.y } : s)) };
    expect(overlaps(moved, fonts).some((o) => o.includes('overlaps "AI'))).toBe(true);
    const node = nodeBoxes(map)[0]!;
    const label = { kind: 'text' as const, x: node.x - 10, y: node.y + 2, text: 'a connector label', size: 7, color: '#000000' };
    expect(overlaps({ ...map, shapes: [...map.shapes, label] }, fonts).some((o) => o.includes('overlaps a node'))).toBe(true);
  });

  it('catches text under 7 pt, and a figure shrunk onto its page', () => {
    expect(smallTexts({ width: 10, height: 10, shapes: [{ kind: 'text', x: 0, y: 0, text: 'tiny', size: 6.5, color: '#000000' }] }, 1)).toHaveLength(1);
    expect(smallTexts(map, 0.9).length).toBeGreaterThan(0);
  });
});
