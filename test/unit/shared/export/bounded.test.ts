/**
 * Export in bounded memory and time whatever the map's extent: a dashed connector across a
 * map millions of points tall once cost 4 GB in the DOCX's hand-written rasterizer (millions of invisible
 * dashes), and a figure's image could grow past any canvas. Measured in a process of its own.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocument } from '../../../../shared/export';
import type { Typesetter } from '../../../../shared/export/fonts/typesetter';
import { visibleDash } from '../../../../shared/export/figure/geometry';
import { loadRasterizer, svgToPng } from '../../../../shared/export/figure/png';
import { figureToSvg } from '../../../../shared/export/figure/svg';
import { svgOutlinedText } from '../../../../shared/export/figure/svgOutlines';
import type { Workbook } from '../../../../shared/model';
import type { Figure } from '../../../../shared/report/types';
import { FONTS, NOW, typesetterForFigures } from './fixtures';
import { strFromU8 } from 'fflate';
import { badPdfNumbers, malformedDocxParts, pdfContentStreams, pngSize, unzipDocx, xmlError } from './helpers';
import { baseDocument } from './hostile';

const fonts = FONTS;
let typesetter: Typesetter;
beforeAll(async () => {
  typesetter = await typesetterForFigures(towerFigure(1));
  await loadRasterizer(() => fonts.rasterizer());
});

/** The figure's PNG as the DOCX makes it: its SVG, text as outlines, drawn by resvg. */
function png(fig: Figure, pxPerPoint: number): Uint8Array {
  const svg = figureToSvg(fig, svgOutlinedText(typesetter), { title: 'Figure' });
  return svgToPng(svg, fig, pxPerPoint).png;
}

/** A lane two hundred million points tall with a dashed connector and a label along it. */
function towerFigure(height: number): Figure {
  return {
    width: 650, height,
    shapes: [
      { kind: 'rect', x: 0, y: 0, w: 650, h: height, fill: '#FFFFFF', stroke: { color: '#D5DBE1', width: 0.8, dash: [3, 2] } },
      { kind: 'polyline', points: [[300, 10], [300, height - 10]], stroke: { color: '#4F86C0', width: 1, dash: [3, 2] }, arrow: true },
      { kind: 'ellipse', cx: 300, cy: height / 2, rx: 40, ry: 20, stroke: { color: '#17324D', width: 1, dash: [1, 1] } },
      { kind: 'text', x: 320, y: height / 2, text: 'A label far down the map', size: 7.5, color: '#17324D', maxWidth: 120, maxLines: 2 },
    ],
  };
}

describe('dash patterns at a scale', () => {
  it('keep their proportions, stretched until the shortest part is visible', () => {
    expect(visibleDash([3, 2], 2, 1)).toEqual([6, 4]);
    expect(visibleDash([3, 2], 1e-5, 1)).toEqual([1.5, 1]);
  });

  it('are solid when there is nothing to draw or the pattern is not a pattern', () => {
    for (const dash of [undefined, [], [0, 0], [3, -2], [3, NaN]]) expect(visibleDash(dash, 1, 1)).toBeUndefined();
    expect(visibleDash([3, 2], 0, 1)).toBeUndefined();
  });
});

describe('drawing a huge figure as a PNG', () => {
  it('draws a map two hundred million points tall, scaled to a page, in a moment', () => {
    const fig = towerFigure(2e8);
    const s = 700 / fig.height;
    const started = performance.now();
    const out = png(fig, 2 * s);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(pngSize(out)).toEqual({ width: 1, height: 1400 });
  });

  it('never makes an image larger than 16,384 pixels a side or 16 million pixels', () => {
    for (const [w, h] of [[1e6, 1e6], [2e6, 100], [100, 2e6], [1e12, 1]] as const) {
      const { width, height } = pngSize(png({ width: w, height: h, shapes: [] }, 4));
      expect(Math.max(width, height), `${w} × ${h}`).toBeLessThanOrEqual(16_384);
      expect(width * height, `${w} × ${h}`).toBeLessThanOrEqual(16_100_000);
    }
  });

  it('draws a figure without a usable size as one point square', () => {
    for (const size of [0, -5, NaN, Infinity]) {
      expect(pngSize(png({ width: size, height: size, shapes: [] }, 2)), String(size)).toEqual({ width: 2, height: 2 });
    }
  });
});

describe('a map beyond the loader’s ±1,000,000 (y = 10⁸), handed to the exporter directly', () => {
  const doc = baseDocument();
  doc.workflow.nodes[0].y = 1e8;
  doc.workflow.nodes[1].x = -1e8;
  doc.workflow.edges = [{ id: 'e-far', from: 'n-0', to: 'n-1', kind: 'reads' }];
  const w = doc as Workbook;

  it('still exports as a DOCX with bounded images, and as a valid PDF', async () => {
    const docx = (await exportDocument(w, [], { doc: 'governance', format: 'docx', now: NOW, fonts })).bytes;
    expect(malformedDocxParts(docx)).toEqual([]);
    const media = Object.entries(unzipDocx(docx)).filter(([n]) => n.startsWith('word/media/'));
    expect(media.filter(([n]) => n.endsWith('.svg'))).not.toHaveLength(0);
    for (const [name, bytes] of media) {
      if (name.endsWith('.svg')) {
        expect(xmlError(strFromU8(bytes)), name).toBeNull();
        continue;
      }
      const { width, height } = pngSize(bytes);
      expect(width * height, name).toBeLessThanOrEqual(16_100_000);
    }
    const pdf = (await exportDocument(w, [], { doc: 'governance', format: 'pdf', now: NOW, fonts })).bytes;
    expect(pdfContentStreams(pdf).flatMap(badPdfNumbers)).toEqual([]);
  }, 60_000);
});

describe('exporting every document of a map in the ±1,000,000 corners, in a process of its own', () => {
  it('takes well under a gigabyte and a minute', () => {
    const script = fileURLToPath(new URL('./measure-corner-export.ts', import.meta.url));
    const run = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8', timeout: 180_000 });
    expect(run.status, run.stderr).toBe(0);
    const figures = JSON.parse(run.stdout.trim().split('\n').pop()!) as {
      ms: number; peakRssBytes: number; documents: { doc: string; format: string; bytes: number }[];
    };
    expect(figures.documents).toHaveLength(8);
    for (const d of figures.documents) expect(d.bytes, `${d.doc}.${d.format}`).toBeGreaterThan(10_000);
    expect(figures.peakRssBytes).toBeLessThan(1024 ** 3);
    expect(figures.ms).toBeLessThan(60_000);
  }, 200_000);
});
