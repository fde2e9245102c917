/**
 * Properties of the three-way merge over generated workbooks and generated edits on each side
 * (fast-check, fixed seed): an unchanged side gives the other side; the merge is symmetric up
 * to which side a conflict lists first and the order of arrays; the result always loads,
 * whatever the choices; and no edit of either side is lost without a conflict naming it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadWorkbook, serializeWorkbook } from '../../../../../shared/format';
import { resolveConflicts, type MergeResult, type Side } from '../../../../../shared/logic';
import { isObj, stableKey } from '../../../../../shared/logic/compare/values';
import type { Workbook } from '../../../../../shared/model';
import { generateWorkbook } from '../../../../fixtures/generate';
import { SMALL, applyEdits, editsArb, sidesArb } from '../edits';
import { lostEdits } from './edits-kept';
import { canonical, merge } from './support';

const SEED = 20261215;
const RUNS = 100;
const seedArb = fc.integer({ min: 1, max: 1_000_000 });
const build = ({ seed, ours, theirs }: { seed: number; ours: Parameters<typeof applyEdits>[1]; theirs: Parameters<typeof applyEdits>[1] }) => {
  const base = generateWorkbook(SMALL, seed);
  return { base, ours: applyEdits(base, ours, 'ours'), theirs: applyEdits(base, theirs, 'theirs') };
};

/** Every array sorted by content, at every depth: "equal up to the order of arrays". */
function unordered(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(unordered).sort((a, b) => (stableKey(a) < stableKey(b) ? -1 : 1));
  if (isObj(v)) return Object.fromEntries(Object.keys(v).sort().filter((k) => v[k] !== undefined).map((k) => [k, unordered(v[k])]));
  return v;
}

const allTheirs = (r: MergeResult) => resolveConflicts(r, new Map(r.conflicts.map((c) => [c.id, 'theirs' as Side])));

function loads(w: Workbook): boolean {
  const r = loadWorkbook(serializeWorkbook(w));
  return r.ok && serializeWorkbook(r.workbook) === serializeWorkbook(w);
}

describe('the merge of generated edits', () => {
  it('gives the other side when one side is unchanged', () => {
    fc.assert(fc.property(seedArb, editsArb, (seed, edits) => {
      const base = generateWorkbook(SMALL, seed);
      const edited = applyEdits(base, edits, 'ours');
      for (const r of [merge(base, edited, base), merge(base, base, edited)]) {
        expect(r.conflicts).toEqual([]);
        expect(canonical(r.workbook)).toBe(canonical(edited));
      }
    }), { seed: SEED, numRuns: RUNS });
  });

  it('is symmetric up to which side a conflict lists first and the order of arrays', () => {
    fc.assert(fc.property(sidesArb, (input) => {
      const { base, ours, theirs } = build(input);
      const one = merge(base, ours, theirs);
      const other = merge(base, theirs, ours);
      const mirrored = (r: MergeResult) => r.conflicts.map((c) => stableKey({ id: c.id, type: c.type, base: c.base, a: c.ours, b: c.theirs })).sort();
      expect(mirrored(one)).toEqual(other.conflicts.map((c) => stableKey({ id: c.id, type: c.type, base: c.base, a: c.theirs, b: c.ours })).sort());
      // Ours in one merge is theirs in the other: the same choices make the same workbook.
      expect(unordered(allTheirs(one).workbook)).toEqual(unordered(other.workbook));
      expect(unordered(one.workbook)).toEqual(unordered(allTheirs(other).workbook));
      expect(one.introducedProblems.map((p) => p.message).sort()).toEqual(allTheirs(other).introducedProblems.map((p) => p.message).sort());
    }), { seed: SEED, numRuns: RUNS });
  });

  it('always loads, canonical, whatever side each conflict takes', () => {
    fc.assert(fc.property(sidesArb, fc.array(fc.boolean(), { maxLength: 20 }), (input, picks) => {
      const { base, ours, theirs } = build(input);
      const r = merge(base, ours, theirs);
      expect(loads(r.workbook)).toBe(true);
      const chosen = resolveConflicts(r, new Map(r.conflicts.map((c, i) => [c.id, picks[i] ? 'theirs' as Side : 'ours' as Side])));
      expect(loads(chosen.workbook)).toBe(true);
      expect(chosen.conflicts.map((c) => c.id)).toEqual(r.conflicts.map((c) => c.id));
      expect(chosen.unresolved).toBe(0);
    }), { seed: SEED, numRuns: RUNS });
  });

  it('loses no edit of either side without a conflict that names it', () => {
    fc.assert(fc.property(sidesArb, (input) => {
      const { base, ours, theirs } = build(input);
      const r = merge(base, ours, theirs);
      expect(lostEdits(base, ours, r)).toEqual([]);
      expect(lostEdits(base, theirs, r)).toEqual([]);
      // With every conflict settled for theirs, it is ours' edits a conflict must account for.
      const t = allTheirs(r);
      expect(lostEdits(base, theirs, t)).toEqual([]);
      expect(lostEdits(base, ours, t)).toEqual([]);
    }), { seed: SEED, numRuns: RUNS });
  });

  it('words every conflict, naming its record and giving the side it took', () => {
    fc.assert(fc.property(sidesArb, (input) => {
      const { base, ours, theirs } = build(input);
      for (const c of merge(base, ours, theirs).conflicts) {
        expect(c.message.length).toBeGreaterThan(20);
        expect(c.choice).toBe('ours');
        if (c.record.id !== undefined && !c.message.startsWith('The id')) expect(c.message).toContain(`"${c.record.label}"`);
        if (c.type !== 'order' && c.record.id === undefined && c.record.kind !== 'raci' && c.record.kind !== 'signoff') expect(c.message).toMatch(/^The /);
      }
    }), { seed: SEED, numRuns: 40 });
  });
});
