/**
 * Properties of the comparison over generated workbooks and edits (fast-check, fixed seed): a
 * workbook compared with itself or a copy shows no change; comparing a with b and b with a
 * gives mirror images; and the changes it lists are exactly the ones made.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findLoadProblems } from '../../../../../shared/format';
import { compareWorkbooks, type FieldChange, type RecordChange, type WorkbookComparison } from '../../../../../shared/logic';
import { stableKey } from '../../../../../shared/logic/compare/values';
import { generateWorkbook } from '../../../../fixtures/generate';
import { SMALL, applyEdits, editsArb, sidesArb } from '../edits';

const SEED = 20261216;
const compare = (a: Parameters<typeof compareWorkbooks>[0], b: Parameters<typeof compareWorkbooks>[0]) => compareWorkbooks(a, b, findLoadProblems);

function mirrorField(f: FieldChange): FieldChange {
  switch (f.type) {
    case 'value': {
      const { before, after, ...rest } = f;
      return { ...rest, ...(after === undefined ? {} : { before: after }), ...(before === undefined ? {} : { after: before }) };
    }
    case 'set': return { ...f, before: f.after, after: f.before, added: f.removed, removed: f.added };
    case 'list': case 'order': return { ...f, before: f.after, after: f.before } as FieldChange;
    case 'entry-added': return { ...f, type: 'entry-removed' };
    case 'entry-removed': return { ...f, type: 'entry-added' };
  }
}

/** A record change seen from the other version; its label is left out, as each side labels a record by its own title. */
function mirrorRecord(r: RecordChange): unknown {
  const change = r.change === 'added' ? 'removed' : r.change === 'removed' ? 'added' : 'changed';
  return comparable({ ...r, change, at: { before: r.at.after, after: r.at.before }, before: r.after, after: r.before, fields: r.fields.map(mirrorField) });
}

function comparable(r: RecordChange): unknown {
  const { label: _label, fields, ...rest } = r;
  return { ...rest, fields: fields.map((f) => stableKey(f)).sort() };
}

const records = (c: WorkbookComparison) => c.records.map(comparable).map(stableKey).sort();

describe('the comparison of generated workbooks', () => {
  it('finds no change between a workbook and itself, or a copy of itself', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1_000_000 }), editsArb, (seed, edits) => {
      const w = applyEdits(generateWorkbook(SMALL, seed), edits, 'ours');
      for (const c of [compare(w, w), compare(w, structuredClone(w))]) {
        expect(c.records).toEqual([]);
        expect(c.reorderings).toEqual([]);
        expect(c.tierChanges).toEqual([]);
        expect(c.audit).toEqual({ added: 0, removed: 0 });
        expect(c.readiness.opened).toEqual([]);
        expect(c.readiness.closed).toEqual([]);
      }
    }), { seed: SEED, numRuns: 60 });
  });

  it('compares a with b as the mirror image of b with a', () => {
    fc.assert(fc.property(sidesArb, ({ seed, ours, theirs }) => {
      const base = generateWorkbook(SMALL, seed);
      const a = applyEdits(base, ours, 'ours');
      const b = applyEdits(base, theirs, 'theirs');
      const ab = compare(a, b);
      const ba = compare(b, a);
      expect(ab.records.map(mirrorRecord).map(stableKey).sort()).toEqual(records(ba));
      expect(ab.reorderings.map((r) => ({ ...r, before: r.after, after: r.before }))).toEqual(ba.reorderings);
      const tiers = (c: WorkbookComparison, flip: boolean) => c.tierChanges.map((t) => stableKey(flip
        ? { decisionId: t.decisionId, before: t.after, after: t.before, reason: t.reasonBefore, reasonBefore: t.reason }
        : { decisionId: t.decisionId, before: t.before, after: t.after, reason: t.reason, reasonBefore: t.reasonBefore })).sort();
      expect(tiers(ab, true)).toEqual(tiers(ba, false));
      expect(ab.audit).toEqual({ added: ba.audit.removed, removed: ba.audit.added });
      expect(ab.counts).toEqual({ added: ba.counts.removed, removed: ba.counts.added, changed: ba.counts.changed });
      expect([ab.readiness.before, ab.readiness.after, ab.readiness.opened, ab.readiness.closed])
        .toEqual([ba.readiness.after, ba.readiness.before, ba.readiness.closed, ba.readiness.opened]);
    }), { seed: SEED, numRuns: 80 });
  });

  it('lists a change for every record an edit touched, and none for the others', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1_000_000 }), editsArb, (seed, edits) => {
      const before = generateWorkbook(SMALL, seed);
      const after = applyEdits(before, edits, 'ours');
      const listed = new Set(compare(before, after).records.map((r) => `${r.kind} ${r.key}`));
      // Every record whose JSON differs is listed; a record listed differs.
      const people = (w: typeof before) => new Map(w.people.map((p) => [p.id, stableKey(p)]));
      const pb = people(before);
      const pa = people(after);
      for (const id of new Set([...pb.keys(), ...pa.keys()])) {
        expect(listed.has(`person ${id}`)).toBe(pb.get(id) !== pa.get(id));
      }
      const decisions = (w: typeof before) => new Map(w.decisions.map((d) => [d.id, stableKey(d)]));
      const db = decisions(before);
      const da = decisions(after);
      for (const id of new Set([...db.keys(), ...da.keys()])) {
        expect(listed.has(`decision ${id}`)).toBe(db.get(id) !== da.get(id));
      }
    }), { seed: SEED, numRuns: 80 });
  });
});
