/**
 * Hand-made reports for the exporter tests: a small one that uses every block type and the
 * tricky strings (accents, Greek, Cyrillic, markup look-alikes, an unbroken 200-character
 * token), and a large one sized like a big workbook (a 600-node map, 200-row tables, 60 metrics).
 */
import { nodeFontProvider } from '../../../../electron/node/fonts';
import { templatesDir } from '../../../../electron/node/templates';
import { inThreadRasterizer } from '../../../../shared/export/figure/rasterizer';
import { Typesetter } from '../../../../shared/export/fonts/typesetter';
import { printableReport } from '../../../../shared/export/text/printable';
import type { Block, Figure, PageSize, Report, Shape, TableBlock, Tone } from '../../../../shared/report/types';

/** The fonts as the command line reads them: Noto from node_modules, DejaVu Sans from templates/fonts. */
export const FONTS = nodeFontProvider(templatesDir());

/** The fonts of `report`, chosen and cut as an export does before rendering. */
export function typesetterFor(report: Report): Promise<Typesetter> {
  return Typesetter.forReport(printableReport(report), FONTS);
}

/** The fonts for texts set upright and in bold (what a figure or a wrapping test needs). */
export function typesetterForTexts(texts: readonly string[], locale = 'en-US'): Promise<Typesetter> {
  return Typesetter.forTexts(texts.flatMap((text) => [{ text, bold: false, italic: false }, { text, bold: true, italic: false }]), locale, FONTS);
}

/** The fonts for the text shapes of figures. */
export function typesetterForFigures(...figures: Figure[]): Promise<Typesetter> {
  return typesetterForTexts([...figures.flatMap((f) => f.shapes.flatMap((s) => (s.kind === 'text' ? [s.text] : []))), '…']);
}

export const NOW = new Date('2025-03-14T09:26:53Z');

/** Strings that must come out of both documents exactly as they went in. */
export const TRICKY = {
  czech: 'Žluťoučký kůň',
  greek: 'Ελληνικά',
  cyrillic: 'Кириллица',
  markup: '<b>&amp;{{x}}',
} as const;

export const LONG_TOKEN = 'https://example.invalid/' + 'averyveryverylongunbrokenidentifier'.repeat(6);

/** A small workflow map: lanes, nodes of each kind, connectors with arrows and a dashed one. */
export function smallFigure(): Figure {
  const shapes: Shape[] = [
    { kind: 'rect', x: 0, y: 0, w: 520, h: 90, fill: '#F4F6F8', stroke: { color: '#D5DBE1', width: 1 } },
    { kind: 'rect', x: 0, y: 90, w: 520, h: 90, fill: '#EEF4FA', stroke: { color: '#D5DBE1', width: 1 } },
    { kind: 'text', x: 8, y: 6, text: 'Claims handler', size: 8, color: '#5F6B78', bold: true },
    { kind: 'text', x: 8, y: 96, text: 'AI assistant', size: 8, color: '#5F6B78', bold: true },
    { kind: 'ellipse', cx: 50, cy: 50, rx: 26, ry: 16, fill: '#DCEFE2', stroke: { color: '#3C9A5F', width: 1.2 } },
    { kind: 'text', x: 50, y: 44, text: 'Start', size: 8, color: '#1B5E34', align: 'center' },
    { kind: 'rect', x: 110, y: 30, w: 110, h: 44, radius: 6, fill: '#FFFFFF', stroke: { color: '#17324D', width: 1 } },
    { kind: 'text', x: 165, y: 36, text: `${TRICKY.czech} reviews the claim and a very long label that must be clamped`, size: 8, color: '#17324D', align: 'center', maxWidth: 100, maxLines: 2 },
    { kind: 'rect', x: 130, y: 115, w: 120, h: 44, radius: 6, fill: '#DDEAF6', stroke: { color: '#4F86C0', width: 1.2 } },
    { kind: 'text', x: 190, y: 121, text: `${TRICKY.greek} ${TRICKY.cyrillic} summarize`, size: 8, color: '#1D4F7C', bold: true, align: 'center', maxWidth: 110, maxLines: 3 },
    { kind: 'polygon', points: [[320, 30], [360, 52], [320, 74], [280, 52]], fill: '#FBEBCB', stroke: { color: '#D69A1E', width: 1 } },
    { kind: 'text', x: 320, y: 47, text: 'OK?', size: 8, color: '#7A4E00', align: 'center' },
    { kind: 'rect', x: 400, y: 30, w: 100, h: 44, radius: 6, fill: '#F8DCDC', stroke: { color: '#C94B4B', width: 1, dash: [3, 2] } },
    { kind: 'text', x: 450, y: 36, text: TRICKY.markup, size: 8, color: '#9B2226', align: 'center', maxWidth: 90 },
    { kind: 'polyline', points: [[76, 50], [110, 52]], stroke: { color: '#5F6B78', width: 1 }, arrow: true },
    { kind: 'polyline', points: [[165, 74], [165, 95], [190, 95], [190, 115]], stroke: { color: '#4F86C0', width: 1, dash: [3, 2] }, arrow: true },
    { kind: 'polyline', points: [[250, 137], [320, 137], [320, 74]], stroke: { color: '#5F6B78', width: 1 }, arrow: true },
    { kind: 'polyline', points: [[360, 52], [400, 52]], stroke: { color: '#5F6B78', width: 1 }, arrow: true },
  ];
  return { width: 520, height: 180, shapes };
}

/** A wide map of `nodes` nodes in lanes, like a large workflow (1600 points wide). */
export function bigFigure(nodes = 600): Figure {
  const shapes: Shape[] = [];
  const perRow = 30;
  const rows = Math.ceil(nodes / perRow);
  const width = 1600;
  const height = rows * 60 + 20;
  for (let r = 0; r < rows; r++) {
    shapes.push({ kind: 'rect', x: 0, y: 10 + r * 60, w: width, h: 60, fill: r % 2 ? '#F4F6F8' : '#FFFFFF' });
  }
  for (let i = 0; i < nodes; i++) {
    const r = Math.floor(i / perRow), c = i % perRow;
    const x = 8 + c * 53, y = 22 + r * 60;
    shapes.push({ kind: 'rect', x, y, w: 44, h: 30, radius: 4, fill: '#FFFFFF', stroke: { color: '#17324D', width: 0.8 } });
    shapes.push({ kind: 'text', x: x + 22, y: y + 4, text: `Step ${i + 1} ${TRICKY.greek}`, size: 6, color: '#17324D', align: 'center', maxWidth: 40, maxLines: 2 });
    if (c > 0) shapes.push({ kind: 'polyline', points: [[x - 9, y + 15], [x, y + 15]], stroke: { color: '#5F6B78', width: 0.6 }, arrow: true });
  }
  return { width, height, shapes };
}

const tones: readonly Tone[] = ['green', 'amber', 'red', 'info', 'muted', 'neutral'];

export function metricsTable(rows: number): TableBlock {
  return {
    type: 'table',
    columns: [
      { header: 'Metric', width: 3 },
      { header: 'Baseline', width: 1.3, align: 'right' },
      { header: 'Target', width: 1.3, align: 'right' },
      { header: 'Latest', width: 1.3, align: 'right' },
      { header: 'Status', width: 1.4, align: 'center' },
      { header: 'Owner', width: 2 },
    ],
    rows: Array.from({ length: rows }, (_, i) => {
      const tone = tones[i % 4]!;
      return [
        { content: [i === 0 ? `${TRICKY.czech} cycle time` : i === 1 ? LONG_TOKEN : `Metric ${i + 1}: time to first response`] },
        { content: [`${(12.5 + i).toFixed(1)} h`] },
        { content: [`${(8 + i / 10).toFixed(1)} h`] },
        { content: [`${(10 + i / 7).toFixed(1)} h`] },
        { content: [{ text: tone, bold: true, tone }], fill: tone },
        { content: [i % 3 === 0 ? TRICKY.cyrillic : 'Dana Whitfield'] },
      ];
    }),
  };
}

export function smallReport(page: PageSize = 'a4'): Report {
  const blocks: Block[] = [
    { type: 'toc', title: 'Contents' },
    { type: 'page-break' },
    { type: 'heading', level: 1, text: `Governance model ${TRICKY.czech}` },
    { type: 'paragraph', style: 'lead', content: ['The pilot moves to production once the four questions are answered.'] },
    {
      type: 'paragraph', content: [
        'Plain text, ', { text: 'bold text', bold: true }, ', ', { text: 'italic text', italic: true }, ', ',
        { text: 'a red word', tone: 'red' }, ` and ${TRICKY.greek}, ${TRICKY.cyrillic}, ${TRICKY.markup}. `,
        `A long unbroken token follows: ${LONG_TOKEN}`,
      ],
    },
    { type: 'heading', level: 2, text: `Workflow ${TRICKY.greek}` },
    { type: 'figure', figure: smallFigure(), caption: 'Figure 1. The claims workflow with the AI layer', altText: 'Workflow map: start, review, summarize, decision, reply.' },
    { type: 'list', ordered: false, items: [[`Bullet one ${TRICKY.cyrillic}`], ['Bullet two with ', { text: 'bold', bold: true }], [TRICKY.markup]] },
    { type: 'list', ordered: true, items: [['First step'], ['Second step'], ['Third step']] },
    { type: 'heading', level: 3, text: 'Risk tiers' },
    { type: 'callout', tone: 'red', title: 'Kill criterion triggered', content: ['Error rate breached its threshold: stop and redesign.'] },
    { type: 'callout', tone: 'green', title: 'Ready to scale', content: ['No blockers remain.'] },
    { type: 'callout', tone: 'amber', title: 'Warning', content: ['Two metrics have no baseline source.'] },
    { type: 'heading', level: 1, text: 'KPI scorecard' },
    { type: 'heading', level: 2, text: `Metrics ${TRICKY.cyrillic}` },
    metricsTable(12),
    { type: 'facts', rows: [
      { label: 'Workflow owner', value: ['Dana Whitfield'] },
      { label: 'Governance owner', value: [TRICKY.czech] },
      { label: 'Escalation path', value: [TRICKY.greek, ' → ', TRICKY.cyrillic] },
    ] },
    { type: 'table', columns: [{ header: 'Empty', width: 1 }, { header: 'Table', width: 1 }], rows: [], emptyText: 'No roadmap items yet.' },
    { type: 'heading', level: 1, text: 'Roadmap' },
    { type: 'paragraph', style: 'small', content: ['Small print at the end.'] },
  ];
  return {
    kind: 'report',
    runningHeader: `Claims triage pilot — ${TRICKY.czech}`,
    title: 'Sprint report',
    locale: 'en-US',
    page,
    cover: {
      title: `Claims triage pilot ${TRICKY.czech}`,
      subtitle: 'Governance model, KPI scorecard and sequenced roadmap',
      organization: 'Northwind Mutual',
      date: 'March 14, 2025',
      verdict: { text: 'Not ready to scale: 3 blockers', tone: 'red' },
      facts: [
        { label: 'Pilot', value: 'Claims triage assistant' },
        { label: 'Stage', value: 'friction' },
        { label: 'Facilitator', value: TRICKY.greek },
      ],
    },
    blocks,
    pageLabel: { before: 'Page ', middle: ' of ' },
  };
}

/** A large report: a 600-node figure, two 200-row tables, 60 metric sections. */
export function largeReport(page: PageSize = 'a4'): Report {
  const base = smallReport(page);
  const blocks: Block[] = [...base.blocks];
  blocks.push({ type: 'heading', level: 1, text: 'Workflow map' });
  blocks.push({ type: 'figure', figure: bigFigure(600), caption: 'The full workflow map', altText: 'A map of 600 steps.' });
  blocks.push({ type: 'heading', level: 1, text: 'All metrics' });
  blocks.push(metricsTable(200));
  blocks.push(metricsTable(200));
  for (let i = 0; i < 60; i++) {
    blocks.push({ type: 'heading', level: 2, text: `Metric ${i + 1}` });
    blocks.push({ type: 'facts', rows: [
      { label: 'Baseline', value: [`${i + 10} h (n = 120, from the ticket system)`] },
      { label: 'Target', value: [`${i + 5} h by 2025-06-30`] },
      { label: 'Kill criterion', value: [{ text: `above ${i + 20} h`, tone: 'red' }] },
    ] });
  }
  return { ...base, blocks };
}

/** Figure PNGs drawn in the test's own thread, as an export with no worker pool draws them. */
export const RASTERIZER = inThreadRasterizer(() => FONTS.rasterizer());
