import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadWorkbook, serializeWorkbook, type LoadResult } from '../../../../shared/format';
import { generateWorkbook } from '../../../fixtures/generate';

const SEED = 20261124;
const valid = serializeWorkbook(generateWorkbook({ nodes: 12, edges: 15, lanes: 3, decisions: 5, metrics: 4, observations: 3, roadmap: 6, people: 4 }));
const validDoc = JSON.parse(valid);

function isWellFormed(r: LoadResult): boolean {
  return r.ok ? Array.isArray(r.problems) : typeof r.refusal.reason === 'string' && r.refusal.reason.length > 0;
}

/** Replaces the value at a random path of a JSON document with another value. */
function mutate(doc: unknown, picks: number[], replacement: unknown): unknown {
  const copy = structuredClone(doc);
  let node: any = copy;
  for (const p of picks) {
    const keys = node !== null && typeof node === 'object' ? Object.keys(node) : [];
    if (keys.length === 0) break;
    const key = keys[p % keys.length]!;
    const child = node[key];
    if (child === null || typeof child !== 'object' || p % 3 === 0) {
      node[key] = replacement;
      return copy;
    }
    node = child;
  }
  return copy;
}

describe('loading never crashes', () => {
  it('answers arbitrary JSON with a refusal, never an exception', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      const r = loadWorkbook(JSON.stringify(value));
      expect(isWellFormed(r)).toBe(true);
    }), { seed: SEED, numRuns: 300 });
  });

  it('answers arbitrary text with a refusal, never an exception', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      expect(isWellFormed(loadWorkbook(text))).toBe(true);
    }), { seed: SEED, numRuns: 300 });
  });

  it('answers mutated valid workbooks with an opened workbook or a refusal', () => {
    fc.assert(fc.property(
      fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
      fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.constantFrom('__proto__', -1, 1e308, '', 'x'.repeat(300))),
      (picks, replacement) => {
        const text = JSON.stringify(mutate(validDoc, picks, replacement));
        expect(isWellFormed(loadWorkbook(text))).toBe(true);
      }), { seed: SEED, numRuns: 400 });
  });

  it('round-trips every workbook it opens to the same canonical text', () => {
    fc.assert(fc.property(
      fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.jsonValue(),
      (picks, replacement) => {
        const r = loadWorkbook(JSON.stringify(mutate(validDoc, picks, replacement)));
        if (!r.ok) return;
        const once = serializeWorkbook(r.workbook);
        const again = loadWorkbook(once);
        expect(again.ok).toBe(true);
        if (again.ok) expect(serializeWorkbook(again.workbook)).toBe(once);
      }), { seed: SEED, numRuns: 300 });
  });

  it('round-trips generated valid workbooks of any seed', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
      const text = serializeWorkbook(generateWorkbook({ nodes: 8, edges: 10, lanes: 2, decisions: 4, metrics: 3, observations: 2, roadmap: 5, people: 3 }, seed));
      const r = loadWorkbook(text);
      expect(r.ok).toBe(true);
      if (r.ok) expect(serializeWorkbook(r.workbook)).toBe(text);
    }), { seed: SEED, numRuns: 50 });
  });
});
