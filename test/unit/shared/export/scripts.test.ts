/**
 * Every script, the same words in DOCX and PDF: a workbook written in Latin, Greek, Cyrillic,
 * Arabic, Hebrew, Chinese, Japanese, Korean, Thai, Devanagari and emoji exports as all four
 * documents in both formats, and every user string is found in each (pdftotext for the PDF,
 * the XML's text for the DOCX). A character no font has is drawn as a box and reported, never
 * dropped; fonts are loaded only when a document needs them; documents stay small.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocument, type ExportedDocument, type ExportFormat, type FaceId, type FontProvider } from '../../../../shared/export';
import { Typesetter } from '../../../../shared/export/fonts/typesetter';
import { renderDocx } from '../../../../shared/export/docx/index';
import { renderPdf } from '../../../../shared/export/pdf/index';
import { printableReport } from '../../../../shared/export/text/printable';
import { collectTexts } from '../../../../shared/export/fonts/collect';
import { UsedFace } from '../../../../shared/export/fonts/face';
import { harfbuzz } from '../../../../shared/export/fonts/harfbuzz';
import { Shaper } from '../../../../shared/export/fonts/shaper';
import { loadWorkbook, serializeWorkbook } from '../../../../shared/format';
import type { Workbook } from '../../../../shared/model';
import { buildReport, DOC_KINDS, type DocKind } from '../../../../shared/report';
import { ALL_SCRIPTS_STRINGS, SCRIPT_SAMPLES, allScriptsWorkbook } from '../../../fixtures/all-scripts-workbook';
import { EXAMPLES_DIR } from '../../../fixtures/examples';
import { FONTS, NOW, RASTERIZER } from './fixtures';
import { HAS_PDFTOTEXT, PDFTOTEXT_MISSING, docxText, pdfText } from './helpers';

function open(w: Workbook): { workbook: Workbook; problems: readonly never[] } {
  const opened = loadWorkbook(serializeWorkbook(w));
  if (!opened.ok) throw new Error('the fixture must open');
  return { workbook: opened.workbook, problems: [] };
}

const ALL_SCRIPTS = open(allScriptsWorkbook());
const exported = new Map<string, ExportedDocument>();

async function exportOf(doc: DocKind, format: ExportFormat, w = ALL_SCRIPTS.workbook, fonts: FontProvider = FONTS): Promise<ExportedDocument> {
  return exportDocument(w, [], { doc, format, now: NOW, fonts });
}

beforeAll(async () => {
  for (const doc of DOC_KINDS) for (const format of ['docx', 'pdf'] as const) exported.set(`${doc}.${format}`, await exportOf(doc, format));
}, 240_000);

/** Whitespace as one space: wrapping and table cells break strings across lines. */
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
/**
 * A string with right-to-left words is found word by word: pdftotext puts right-to-left text
 * back in reading order run by run, and a number between two runs (or a neutral character at
 * the edge of one) lands where its own heuristics say, as it does for any PDF.
 */
const RTL = /[\u0590-\u08FF]/;

/**
 * An identifier longer than a narrow table cell is cut, at a hyphen when it can be, and
 * pdftotext joins "eu-⏎west" back as "euwest": one hyphen may be missing from a word.
 */
function foundCut(bare: string, word: string): boolean {
  if (bare.includes(word)) return true;
  return [...word].some((ch, i) => ch === '-' && bare.includes(word.slice(0, i) + word.slice(i + 1)));
}

function missingFrom(text: string, strings: readonly string[]): string[] {
  const flat = squash(text);
  const bare = text.replace(/\s+/g, '');
  return strings.filter((s) => {
    if (flat.includes(squash(s)) || bare.includes(s.replace(/\s+/g, ''))) return false;
    if (RTL.test(s)) return !(s.match(/[\p{L}\p{M}]+|\p{N}+/gu) ?? []).every((word) => bare.includes(word));
    return !s.split(/\s+/).every((word) => foundCut(bare, word));
  });
}

describe.each(DOC_KINDS)('the %s document of a workbook in every script', (doc) => {
  it('carries every user string in its DOCX', () => {
    const text = docxText(exported.get(`${doc}.docx`)!.bytes);
    expect(missingFrom(text, ALL_SCRIPTS_STRINGS[doc])).toEqual([]);
  });

  it.skipIf(!HAS_PDFTOTEXT)(`carries every user string in its PDF${HAS_PDFTOTEXT ? '' : PDFTOTEXT_MISSING}`, () => {
    const text = pdfText(exported.get(`${doc}.pdf`)!.bytes);
    expect(missingFrom(text, ALL_SCRIPTS_STRINGS[doc])).toEqual([]);
  });

  it('reports no missing glyph: the chain has every character of the workbook', () => {
    expect(exported.get(`${doc}.pdf`)!.missingGlyphs).toEqual([]);
    expect(exported.get(`${doc}.docx`)!.missingGlyphs).toEqual([]);
  });

  it('stays under 1.5 MB in each format', () => {
    expect(exported.get(`${doc}.pdf`)!.bytes.length).toBeLessThan(1.5 * 1024 * 1024);
    expect(exported.get(`${doc}.docx`)!.bytes.length).toBeLessThan(1.5 * 1024 * 1024);
  });
});

describe.skipIf(!HAS_PDFTOTEXT)(`right-to-left text in the PDF${HAS_PDFTOTEXT ? '' : PDFTOTEXT_MISSING}`, () => {
  it('comes out of pdftotext in reading order, Hebrew and Arabic alike', () => {
    const text = squash(pdfText(exported.get('governance.pdf')!.bytes));
    for (const s of ['מיון תביעות', 'הקצאת עדיפות גבוהה', 'נועה כהן', 'ليلى حداد', 'طلب جديد', 'العملاء']) expect(text).toContain(s);
    // Drawn right to left, the reversed text must be nowhere.
    expect(text).not.toContain([...'הקצאת עדיפות גבוהה'].reverse().join(''));
  });
});

describe('a character no font has', () => {
  const PRIVATE = '\uE000';
  const w = allScriptsWorkbook();
  const odd: Workbook = { ...w, people: [{ ...w.people[0]!, name: `Zoë ${PRIVATE} Ångström` }, ...w.people.slice(1)] };

  it.each(['pdf', 'docx'] as const)('completes the %s export, shows a box and names the text it is in', async (format) => {
    const out = await exportOf('governance', format, open(odd).workbook);
    expect(out.bytes.length).toBeGreaterThan(10_000);
    expect(out.missingGlyphs.some((m) => m.characters.includes(PRIVATE) && m.text.includes(`Zoë ${PRIVATE} Ångström`))).toBe(true);
    if (format === 'pdf' && HAS_PDFTOTEXT) expect(pdfText(out.bytes)).toContain(`Zoë ${PRIVATE} Ångström`);
    if (format === 'docx') expect(docxText(out.bytes)).toContain(`Zoë ${PRIVATE} Ångström`);
  }, 60_000);
});

describe('the fonts a document asks for', () => {
  function counting(): { provider: FontProvider; asked: Set<FaceId> } {
    const asked = new Set<FaceId>();
    return { asked, provider: { face: (id) => { asked.add(id); return FONTS.face(id); }, subsetter: () => FONTS.subsetter(), rasterizer: () => FONTS.rasterizer() } };
  }

  it('are only those its text needs: an English document loads no Chinese, Japanese or Korean face', async () => {
    const example = readdirSync(EXAMPLES_DIR).find((f) => f.endsWith('.sprintbook'))!;
    const loaded = loadWorkbook(readFileSync(join(EXAMPLES_DIR, example), 'utf8'));
    if (!loaded.ok) throw new Error('the example must open');
    const { provider, asked } = counting();
    await exportOf('report', 'pdf', loaded.workbook, provider);
    expect([...asked].filter((id) => /^(sc|jp|kr)-/.test(id))).toEqual([]);
    expect(asked).toContain('sans-regular');
  });

  it('put the workbook language first for Han: Japanese forms in a ja workbook, Chinese in others', async () => {
    const families = async (text: string, locale: string) =>
      (await Typesetter.forTexts([{ text, bold: false, italic: false }], locale, FONTS)).itemize(text).items.map((i) => i.family);
    expect(await families(SCRIPT_SAMPLES.japanese, 'ja-JP')).toEqual(['jp']);
    expect(await families(SCRIPT_SAMPLES.japanese, 'en-US')).toEqual(['sc']);
    expect(await families('自動 분류', 'ko-KR')).toEqual(['kr']);
    // Hangul is set in Noto Sans KR whatever the language, and Han the Korean face lacks falls back to the next.
    expect(await families(SCRIPT_SAMPLES.korean, 'ja-JP')).toEqual(['kr']);
    expect(await families('赔', 'ko-KR')).toEqual(['sc']);
  });
});

describe('cutting the fonts to the document', () => {
  it('keeps every glyph shaping needs: each text shapes the same with the cut face as with the whole font', async () => {
    const report = printableReport(buildReport(ALL_SCRIPTS.workbook, [], { doc: 'report', today: '2026-11-24' }));
    const ts = await Typesetter.forReport(report, FONTS);
    const hb = await harfbuzz();
    const shaper = new Shaper(hb, ts.locale);
    const whole = new Map<FaceId, UsedFace>();
    for (const t of collectTexts(report)) {
      for (const item of ts.itemize(t.text).items) {
        const piece = t.text.slice(item.start, item.end).replace(/[\r\n]/g, ' ');
        const choice = ts.choose(item.family, t.bold, t.italic, piece);
        let full = whole.get(choice.face.id);
        if (!full) {
          const bytes = await FONTS.face(choice.face.id);
          full = new UsedFace(choice.face.id, bytes, new hb.Font(new hb.Face(new hb.Blob(bytes))), hb);
          whole.set(choice.face.id, full);
        }
        const cut = ts.shaper.shape(choice.face, piece, false);
        // The whole font, uncut, as HarfBuzz sees it: advances per cluster must agree.
        const reference = shaper.shape(full, piece, false);
        expect(Array.from(cut.advances).map((a) => a.toFixed(4)), `${choice.face.id}: ${piece}`)
          .toEqual(Array.from(reference.advances).map((a) => a.toFixed(4)));
        expect(cut.glyphs.filter((_, i) => i % 5 === 0).includes(0), `${choice.face.id}: ${piece} has a .notdef`).toBe(false);
      }
    }
  }, 120_000);

  it('announces every text the renderers set, so no styled face lacks a glyph it needs', async () => {
    for (const doc of DOC_KINDS) {
      const report = printableReport(buildReport(ALL_SCRIPTS.workbook, [], { doc, today: '2026-11-24' }));
      const ts = await Typesetter.forReport(report, FONTS);
      renderPdf(report, { now: NOW, typesetter: ts });
      await renderDocx(report, { now: NOW, typesetter: ts , rasterizer: RASTERIZER });
      expect([...ts.unannounced], doc).toEqual([]);
    }
  }, 120_000);
});

describe('the example workbooks', () => {
  it.each(readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.sprintbook')))('%s exports every document under 1.5 MB in each format', async (file) => {
    const loaded = loadWorkbook(readFileSync(join(EXAMPLES_DIR, file), 'utf8'));
    if (!loaded.ok) throw new Error('the example must open');
    for (const doc of DOC_KINDS) {
      for (const format of ['pdf', 'docx'] as const) {
        const out = await exportOf(doc, format, loaded.workbook);
        expect(out.bytes.length, `${doc}.${format}`).toBeLessThan(1.5 * 1024 * 1024);
        expect(out.missingGlyphs, `${doc}.${format}`).toEqual([]);
      }
    }
  }, 120_000);
});
