/**
 * The whole pipeline on a workbook typed in many scripts: every user string reaches every
 * document that shows its part, in DOCX (its XML) and in PDF (its extracted text), and the
 * same workbook and clock give the same bytes.
 */
import { describe, expect, it } from 'vitest';
import { exportDocument, type ExportFormat } from '../../../../shared/export';
import { loadWorkbook, serializeWorkbook } from '../../../../shared/format';
import type { DocKind } from '../../../../shared/report';
import { unicodeWorkbook, USER_STRINGS } from '../../../fixtures/unicode-workbook';
import { FONTS as fonts } from './fixtures';
import { HAS_PDFTOTEXT, PDFTOTEXT_MISSING, part, pdfText, visibleText } from './helpers';

const now = new Date('2026-11-24T09:30:00Z');
const opened = loadWorkbook(serializeWorkbook(unicodeWorkbook()));
if (!opened.ok) throw new Error('the fixture must open');

const expected: Record<DocKind, string[]> = {
  governance: [...USER_STRINGS.everywhere, ...USER_STRINGS.governance],
  scorecard: [...USER_STRINGS.everywhere, ...USER_STRINGS.scorecard],
  roadmap: [...USER_STRINGS.everywhere, ...USER_STRINGS.roadmap],
  report: [...USER_STRINGS.everywhere, ...USER_STRINGS.governance, ...USER_STRINGS.steps, ...USER_STRINGS.scorecard, ...USER_STRINGS.roadmap],
};

/** Wrapped lines put spaces or line breaks inside long strings; compare without any whitespace. */
const bare = (s: string) => s.replace(/[\s\u00ad]+/g, '');

async function render(doc: DocKind, format: ExportFormat) {
  return (await exportDocument(opened.ok ? opened.workbook : (null as never), [], { doc, format, now, fonts })).bytes;
}

function docxText(bytes: Uint8Array): string {
  return ['word/document.xml', 'word/header1.xml', 'word/footer1.xml']
    .map((name) => { try { return visibleText(part(bytes, name)); } catch { return ''; } }).join('\n');
}

describe.each(['governance', 'scorecard', 'roadmap', 'report'] as const)('the %s document', (doc) => {
  it('carries every user string literally in its DOCX', async () => {
    const text = bare(docxText(await render(doc, 'docx')));
    const missing = expected[doc].filter((s) => !text.includes(bare(s)));
    expect(missing).toEqual([]);
  });

  it.skipIf(!HAS_PDFTOTEXT)(`carries every user string literally in its PDF${HAS_PDFTOTEXT ? '' : PDFTOTEXT_MISSING}`, async () => {
    const text = bare(pdfText(await render(doc, 'pdf')));
    const missing = expected[doc].filter((s) => !text.includes(bare(s)));
    expect(missing).toEqual([]);
  });

  it('gives the same bytes for the same workbook and clock', async () => {
    expect(Buffer.from(await render(doc, 'docx')).equals(Buffer.from(await render(doc, 'docx')))).toBe(true);
    expect(Buffer.from(await render(doc, 'pdf')).equals(Buffer.from(await render(doc, 'pdf')))).toBe(true);
  });
});

describe('statuses and headings in the exported files', () => {
  it.skipIf(!HAS_PDFTOTEXT)('states the triggered kill criterion and its status in the scorecard PDF', async () => {
    const text = pdfText(await render('scorecard', 'pdf')).replace(/\s+/g, ' ');
    expect(text).toContain('Stop and redesign: Время первого ответа');
    expect(text).toContain('Red: stop and redesign');
    expect(text).toMatch(/Page 1 of \d+/);
  });

  it('uses Word heading styles so the navigation pane shows the sections', async () => {
    const xml = part(await render('governance', 'docx'), 'word/document.xml');
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    expect(visibleText(xml)).toContain('Decision register');
  });

  it('marks the blocked roadmap item in the roadmap', async () => {
    const text = docxText(await render('roadmap', 'docx'));
    expect(text).toContain('Blocked: Déploiement contrôlé — équipe Nord');
  });
});
