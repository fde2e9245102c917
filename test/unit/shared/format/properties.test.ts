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

  it('answers arbitrary text with a refusal, never an exception, and text that is not JSON as not JSON', () => {
    // Random characters, and random strings of JSON's own punctuation, which reach deeper.
    const jsonish = fc.string({ unit: fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', 'a', '1', ' '), maxLength: 40 });
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary' }), jsonish), (text) => {
      const r = loadWorkbook(text);
      expect(isWellFormed(r)).toBe(true);
      let json = true;
      try { JSON.parse(text); } catch { json = false; }
      if (!json && text.trim() !== '') expect(r.ok ? 'opened' : r.refusal.kind).toBe('not-json');
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

/** Names every object inherits: a writer that asks `key in object` loses keys of these names. */
const PROTOTYPE_NAMES = ['toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable',
  'toLocaleString', '__lookupGetter__', '__lookupSetter__', '__defineGetter__', '__defineSetter__'] as const;

/** Finite numbers at the edges of what a double holds. */
const extremeNumber = fc.oneof(
  fc.constantFrom(Number.MAX_VALUE, -Number.MAX_VALUE, 1.7e308, -1.7e308, Number.MIN_VALUE, -Number.MIN_VALUE, 1e21, 1e-7, 0),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** The object reached by following `picks` through a document (objects and lists alike). */
function objectAt(doc: unknown, picks: readonly number[]): Record<string, unknown> | null {
  let node = doc;
  let found: Record<string, unknown> | null = null;
  for (const p of picks) {
    if (node !== null && typeof node === 'object' && !Array.isArray(node)) found = node as Record<string, unknown>;
    const children = node !== null && typeof node === 'object' ? Object.values(node) : [];
    const objects = children.filter((c) => c !== null && typeof c === 'object');
    if (objects.length === 0) break;
    node = objects[p % objects.length];
  }
  if (node !== null && typeof node === 'object' && !Array.isArray(node)) found = node as Record<string, unknown>;
  return found;
}

/** Replaces the `n`th number of the document (counting in key order), if it has that many. */
function replaceNumber(doc: unknown, n: number, value: number): void {
  let count = 0;
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (typeof v === 'number' && count++ === n) (node as Record<string, unknown>)[k] = value;
      else visit(v);
    }
  };
  visit(doc);
}

const occurrences = (text: string, key: string) => text.split(`"${key}":`).length - 1;

describe('saving keeps every value of a workbook that opens', () => {
  it('round-trips prototype-named unknown keys and extreme finite numbers byte for byte, losing no key', () => {
    let opened = 0;
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 1_000_000 }),
      fc.array(fc.record({ picks: fc.array(fc.nat(), { maxLength: 5 }), key: fc.constantFrom(...PROTOTYPE_NAMES), value: fc.jsonValue({ maxDepth: 2 }) }), { maxLength: 6 }),
      fc.array(fc.tuple(fc.nat({ max: 400 }), extremeNumber), { maxLength: 8 }),
      (seed, keys, numbers) => {
        const doc = JSON.parse(serializeWorkbook(generateWorkbook({ nodes: 6, edges: 6, lanes: 2, decisions: 3, metrics: 3, observations: 4, roadmap: 4, people: 3 }, seed)));
        for (const { picks, key, value } of keys) {
          const target = objectAt(doc, picks);
          if (target) target[key] = value;
        }
        for (const [n, value] of numbers) replaceNumber(doc, n, value);
        const text = JSON.stringify(doc);
        const r = loadWorkbook(text);
        if (!r.ok) return;
        opened++;
        const once = serializeWorkbook(r.workbook);
        for (const key of PROTOTYPE_NAMES) expect(occurrences(once, key)).toBe(occurrences(text, key));
        const again = loadWorkbook(once);
        expect(again.ok).toBe(true);
        if (again.ok) expect(serializeWorkbook(again.workbook)).toBe(once);
      }), { seed: SEED, numRuns: 200 });
    // Most generated documents must open, or the property says little.
    expect(opened).toBeGreaterThan(100);
  });
});
