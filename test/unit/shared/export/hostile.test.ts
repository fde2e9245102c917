/**
 * Workbooks that open but were made to break the exporter: the ends of the doubles in every
 * number, a map filling the ±1,000,000 square, and control characters in the texts. Each
 * gives a valid DOCX (every XML part parses strictly) and a valid PDF (no operand that is not
 * a PDF number), with every number and every text shown truthfully.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocument, type ExportFormat } from '../../../../shared/export';
import type { Workbook } from '../../../../shared/model';
import { FONTS, NOW } from './fixtures';
import {
  HAS_PDFTOTEXT, PDFTOTEXT_MISSING, badPdfNumbers, docxText, malformedDocxParts, pdfContentStreams, pdfText,
  pngSize, svgSize, unzipDocx,
} from './helpers';
import { UNPRINTABLE_SHOWN, controlCharacterWorkbook, cornerWorkbook, extremeNumbersWorkbook } from './hostile';

const fonts = FONTS;

async function exportReport(w: Workbook, format: ExportFormat): Promise<Uint8Array> {
  return (await exportDocument(w, [], { doc: 'report', format, now: NOW, fonts })).bytes;
}

/** Wrapped lines put spaces and breaks inside long strings; compare without whitespace. */
const bare = (s: string) => s.replace(/\s+/g, '');

function expectValidPdf(pdf: Uint8Array): void {
  const raw = Buffer.from(pdf).toString('latin1');
  expect(raw.startsWith('%PDF-')).toBe(true);
  expect(raw.trimEnd().endsWith('%%EOF')).toBe(true);
  const streams = pdfContentStreams(pdf);
  expect(streams.length).toBeGreaterThan(1);
  expect(streams.flatMap(badPdfNumbers)).toEqual([]);
}

describe('a workbook with the largest, smallest and negative-zero numbers everywhere', () => {
  const w = extremeNumbersWorkbook();
  /** The numbers as the report prints them (en-US, USD): readable, and none shown as 0 unless it is 0. */
  const printed = [
    '1.8 × 10³⁰⁸ h', // baseline: the largest double
    '-1.8 × 10³⁰⁸ h', // target
    '5 × 10⁻³²⁴ h', // kill threshold: the smallest positive double
    'over 1 × 10³⁰⁸ cases', // sample size
    '1 × 10³⁰⁸ h', // an observation with a note
    '1.8 × 10³⁰⁸%', // an observation in percent
    '-5 × 10⁻³²⁴%', // a negative baseline in percent
    '1 × 10⁻³⁰⁵', // a target without a unit
    'exposure $1.8 × 10³⁰⁸ per decision', 'exposure $5 × 10⁻³²⁴ per decision', 'exposure $0 per decision',
    'financial exposure of $5 × 10⁻³²⁴ or more', '$1 × 10³⁰⁸ or more makes it high',
  ];
  let docx: Uint8Array, pdf: Uint8Array;
  beforeAll(async () => {
    docx = await exportReport(w, 'docx');
    pdf = await exportReport(w, 'pdf');
  });

  it('gives a DOCX whose every part is well-formed XML and which prints each number readably', () => {
    expect(malformedDocxParts(docx)).toEqual([]);
    const text = bare(docxText(docx));
    expect(printed.filter((s) => !text.includes(bare(s)))).toEqual([]);
    expect(text).not.toMatch(/NaN|Infinity|undefined|-0(?![\d.,])/);
  });

  it('gives a PDF with nothing but plain decimals in its drawing operators', () => {
    expectValidPdf(pdf);
  });

  it.skipIf(!HAS_PDFTOTEXT)(`gives a PDF whose text prints each number readably${HAS_PDFTOTEXT ? '' : PDFTOTEXT_MISSING}`, () => {
    const text = bare(pdfText(pdf));
    expect(printed.filter((s) => !text.includes(bare(s)))).toEqual([]);
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
  });
});

describe('a map whose nodes sit in the corners of the ±1,000,000 square', () => {
  const w = cornerWorkbook();
  let docx: Uint8Array, pdf: Uint8Array;
  beforeAll(async () => {
    docx = await exportReport(w, 'docx');
    pdf = await exportReport(w, 'pdf');
  }, 120_000);

  it('gives a DOCX whose figures are bounded images with a visible size', () => {
    expect(malformedDocxParts(docx)).toEqual([]);
    const media = Object.entries(unzipDocx(docx)).filter(([name]) => name.startsWith('word/media/'));
    expect(media.length).toBeGreaterThan(0);
    const pngs = media.filter(([name]) => name.endsWith('.png'));
    const svgs = media.filter(([name]) => name.endsWith('.svg'));
    expect(pngs.length).toBeGreaterThan(0);
    expect(svgs.length + pngs.length).toBe(media.length);
    for (const [name, png] of pngs) {
      const { width, height } = pngSize(png);
      expect(Math.max(width, height), name).toBeLessThanOrEqual(16_384);
      expect(width * height, name).toBeLessThanOrEqual(16_100_000);
    }
    for (const [name, bytes] of svgs) {
      const { width, height, viewBox } = svgSize(bytes);
      expect(width, name).toBeGreaterThan(0);
      expect(height, name).toBeGreaterThan(0);
      // The drawn size is print size in points: never wider or taller than a large page.
      expect(Math.max(width, height), name).toBeLessThanOrEqual(16_384);
      expect(viewBox, name).toHaveLength(4);
      expect(viewBox.every(Number.isFinite), name).toBe(true);
      expect(Math.min(viewBox[2]!, viewBox[3]!), name).toBeGreaterThan(0);
    }
    const document = new TextDecoder().decode(unzipDocx(docx)['word/document.xml']);
    for (const m of document.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)) {
      expect(Number(m[1])).toBeGreaterThan(0);
      expect(Number(m[2])).toBeGreaterThan(0);
    }
  });

  it('gives a valid PDF, and both list every step in words', () => {
    expectValidPdf(pdf);
    const text = bare(docxText(docx));
    for (const n of w.workflow.nodes) expect(text).toContain(bare(n.label));
  });
});

describe('control characters, U+FFFE/U+FFFF and lone surrogates in the texts', () => {
  const w = controlCharacterWorkbook();
  const shown = ['Title', 'Pilot', 'Lane', 'Node', 'Edge', 'Metric', 'Decision', 'Roadmap', 'Person']
    .map((s) => `${s} <${UNPRINTABLE_SHOWN}> end`);
  let docx: Uint8Array, pdf: Uint8Array;
  beforeAll(async () => {
    docx = await exportReport(w, 'docx');
    pdf = await exportReport(w, 'pdf');
  });

  it('gives a DOCX whose every part is well-formed XML, each such character shown as U+FFFD', () => {
    expect(malformedDocxParts(docx)).toEqual([]);
    const text = bare(docxText(docx));
    expect(shown.filter((s) => !text.includes(bare(s)))).toEqual([]);
    expect(text).toContain('Second\tnode'.replace(/\s/g, ''));
    const core = new TextDecoder().decode(unzipDocx(docx)['docProps/core.xml']);
    expect(core).toContain(`Title &lt;${UNPRINTABLE_SHOWN}&gt; end`);
  });

  it('gives a valid PDF', () => {
    expectValidPdf(pdf);
  });

  it.skipIf(!HAS_PDFTOTEXT)(`gives a PDF whose text shows each such character as U+FFFD${HAS_PDFTOTEXT ? '' : PDFTOTEXT_MISSING}`, () => {
    const text = bare(pdfText(pdf));
    expect(shown.filter((s) => !text.includes(bare(s)))).toEqual([]);
    // Nothing unprintable reached the page.
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/);
  });
});
