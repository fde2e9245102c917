/**
 * Any workbook that opens exports: generated workbooks with extreme finite numbers in every
 * numeric field (a baseline series long enough for natural process limits included), nodes anywhere in the ±1,000,000 square, unknown keys and ids named like
 * Object.prototype members, and control characters in every text, exported as all four
 * documents in both formats. Each DOCX parses strictly as XML, each PDF starts with %PDF, ends
 * with %%EOF and draws with plain decimals only, and pdftotext reads the PDFs of the first runs.
 *
 * Budget: about a minute on a loaded two-core machine. Each run exports eight documents of a
 * small workbook (four steps, two metrics, three roadmap items), so the runs are few (12) but
 * each one covers every document, every figure kind and every number field at once.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportDocument } from '../../../../shared/export';
import { loadWorkbook } from '../../../../shared/format';
import { DOC_KINDS } from '../../../../shared/report';
import { generateWorkbook } from '../../../fixtures/generate';
import { FONTS, NOW } from './fixtures';
import { HAS_PDFTOTEXT, badPdfNumbers, docxText, malformedDocxParts, pdfContentStreams, pdfText } from './helpers';
import { MAX, TINY } from './hostile';

const SEED = 42;
const RUNS = 12;
/** Runs whose PDFs also go through pdftotext (a process per PDF: the slow part). */
const READ_RUNS = 3;
const fonts = FONTS;

const number = fc.oneof(
  fc.constantFrom(MAX, -MAX, 1e308, -1e308, TINY, -TINY, -0, 0, 2.2250738585072014e-308, 1e15, -0.004),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const coordinate = fc.oneof(
  fc.constantFrom(-1e6, 1e6, 0, -0, TINY),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
);
const character = fc.constantFrom(
  '\u0000', '\u0001', '\u0007', '\u001B', '\u001F', '\u007F', '\u0085', '\uD800', '\uDFFF', '\uFFFE', '\uFFFF',
  '\t', '\n', '\r', ' ', 'a', 'é', 'Ω', 'Ж', '😀', '<', '&', '"', '\u200F',
);
const text = fc.array(character, { maxLength: 14 }).map((cs) => cs.join(''));
const PROTOTYPE_NAMES = ['toString', 'valueOf', 'hasOwnProperty', '__lookupGetter__', '__defineSetter__', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString'] as const;
const unknownKeys = fc.dictionary(fc.constantFrom(...PROTOTYPE_NAMES), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 });
/** Ids a loader may not refuse and code keyed by plain objects would trip over. */
const prototypeIds = fc.shuffledSubarray(['toString', 'valueOf', 'constructor', '__proto__', 'hasOwnProperty', 'prototype'], { minLength: 6, maxLength: 6 });

const base = generateWorkbook({ nodes: 4, edges: 4, lanes: 2, decisions: 2, metrics: 2, observations: 3, roadmap: 3, people: 2 });

const hostile = fc.record({
  numbers: fc.array(number, { minLength: 24, maxLength: 24 }),
  coordinates: fc.array(coordinate, { minLength: 8, maxLength: 8 }),
  texts: fc.array(text, { minLength: 30, maxLength: 30 }),
  unknown: fc.array(unknownKeys, { minLength: 5, maxLength: 5 }),
  ids: prototypeIds,
});

type Hostile = typeof hostile extends fc.Arbitrary<infer T> ? T : never;

/** The generated workbook made hostile, as the text of a file. */
function hostileFile(h: Hostile): string {
  const d = structuredClone(base) as any;
  let ni = 0, ti = 0;
  const num = () => h.numbers[ni++ % h.numbers.length]!;
  const txt = () => h.texts[ti++ % h.texts.length]!;
  d.title = `T${txt()}`;
  d.pilot.name = txt();
  d.policy = { mediumExposure: num(), highExposure: num() };
  d.workflow.lanes.forEach((l: any) => { l.name = txt(); });
  d.workflow.nodes.forEach((node: any, i: number) => {
    node.label = txt();
    node.x = h.coordinates[2 * i]!;
    node.y = h.coordinates[2 * i + 1]!;
  });
  d.workflow.edges.forEach((e: any, i: number) => { e.kind = i % 2 ? 'reads' : 'writes'; e.label = txt(); });
  d.decisions.forEach((dec: any) => { dec.title = txt(); dec.factors.financialExposure = num(); });
  d.metrics.forEach((m: any) => {
    m.name = txt();
    m.unit = ['', '%', 'h', txt()][Math.abs(Math.round(num() % 4)) || 0] ?? '';
    m.baseline = { ...m.baseline, value: num(), sampleSize: num() };
    m.target = { value: num(), by: '2026-06-30' };
    m.kill = { threshold: num(), evaluateOn: '2026-05-01' };
    m.observations.forEach((o: any) => { o.value = num(); o.note = txt(); });
  });
  // A baseline series long enough for natural process limits (seven points in the baseline period) and one after it.
  d.metrics[0].observations = Array.from({ length: 8 }, (_, k) => ({ date: `2026-0${k < 7 ? 2 : 4}-0${k + 1}`, value: num() }));
  d.roadmap.forEach((r: any) => { r.title = txt(); });
  d.people.forEach((p: any) => { p.name = txt(); });
  [d, d.pilot, d.workflow.nodes[0], d.metrics[0], d.decisions[0]].forEach((o, i) => Object.assign(o, h.unknown[i]));
  // Ids named like Object.prototype members, one kind each; ids only ever appear as whole string values.
  let json = JSON.stringify(d);
  ['p-0', 'n-0', 'm-0', 'd-0', 'r-0', 'l-0'].forEach((id, i) => { json = json.replaceAll(`"${id}"`, `"${h.ids[i]}"`); });
  return json;
}

describe('every workbook that opens exports as every document in both formats', () => {
  it('with extreme numbers, far-flung nodes, prototype-named keys and ids, and control characters', async () => {
    let run = 0;
    await fc.assert(fc.asyncProperty(hostile, async (h) => {
      const opened = loadWorkbook(hostileFile(h));
      if (!opened.ok) throw new Error(`a generated workbook must open: ${JSON.stringify(opened.refusal).slice(0, 500)}`);
      const w = opened.workbook;
      const read = HAS_PDFTOTEXT && run++ < READ_RUNS;
      for (const doc of DOC_KINDS) {
        const docx = (await exportDocument(w, [], { doc, format: 'docx', now: NOW, fonts })).bytes;
        expect(malformedDocxParts(docx), `${doc}.docx`).toEqual([]);
        expect(docxText(docx), `${doc}.docx`).not.toMatch(/NaN|Infinity|undefined/);
        const pdf = (await exportDocument(w, [], { doc, format: 'pdf', now: NOW, fonts })).bytes;
        const raw = Buffer.from(pdf).toString('latin1');
        expect(raw.startsWith('%PDF-'), `${doc}.pdf`).toBe(true);
        expect(raw.trimEnd().endsWith('%%EOF'), `${doc}.pdf`).toBe(true);
        expect(pdfContentStreams(pdf).flatMap(badPdfNumbers), `${doc}.pdf`).toEqual([]);
        if (read) expect(pdfText(pdf), `${doc}.pdf`).toMatch(/Page 1 of \d+/);
      }
    }), { seed: SEED, numRuns: RUNS });
  }, 180_000);
});
