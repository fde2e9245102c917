/**
 * The table of references (shared/model/references.ts) is what the loader checks: a workbook
 * with one dangling value in every field the table lists opens with one problem per field, at
 * that field's path, under the table's question.
 */
import { describe, expect, it } from 'vitest';
import { REFERENCES, RECORD_PLACES, referenceAt, type Reference } from '../../../../shared/model';
import { expectOpened, load, minimalRaw } from './helpers';

const FACTORS = { reversible: true, customerFacing: false, financialExposure: 0, affectsRights: false, personalData: false };

/** A workbook whose every reference names something that is not there. */
function danglingEverywhere() {
  return {
    ...minimalRaw(),
    people: [{ id: 'p-1', name: 'Ada' }],
    sprint: { facilitatorId: 'p-x1' },
    workflow: {
      lanes: [],
      nodes: [{ id: 'n-1', kind: 'step', label: 'A', laneId: 'l-x', x: 0, y: 0 }],
      edges: [{ id: 'e-1', from: 'n-x1', to: 'n-x2', kind: 'flow' }],
    },
    decisions: [{ id: 'd-1', title: 'D', action: 'draft', nodeId: 'n-x3', outputOwnerId: 'p-x2', overrideById: 'p-x3', escalateToId: 'p-x4', factors: FACTORS }],
    metrics: [{ id: 'm-1', name: 'M', kind: 'custom', unit: 'u', direction: 'increase', ownerId: 'p-x5', decisionIds: ['d-x1'] }],
    ownership: { workflowOwnerId: 'p-x6', governanceOwnerId: 'p-x7', escalationPath: ['p-x8'] },
    raci: [{ subjectId: 'd-x2', personId: 'p-x9', role: 'A' }],
    roadmap: [{ id: 'r-1', title: 'R', phase: 'scale', weeks: 1, dependsOn: ['r-x'], ownerId: 'p-x10', decisionIds: ['d-x3'], metricIds: ['m-x1'], gate: { metricIds: ['m-x2'] } }],
    parkingLot: [{ id: 'q-1', text: 'Later', raisedAt: '2026-01-05T09:00:00Z', status: 'converted', convertedTo: 'x-gone' }],
    signoffs: [{ personId: 'p-x11', role: 'Sponsor', date: '2026-01-09', decision: 'accept' }],
  };
}

const fieldOf = (r: Reference) => `${r.owner}.${r.field.join('.')}`;

describe('the table of references', () => {
  it('is what the loader checks: one problem per reference in the table, at its field, under its question', () => {
    const { problems } = expectOpened(load(danglingEverywhere()));
    const found = problems.map((p) => referenceAt(p.path)).map((r) => (r ? fieldOf(r) : 'none'));
    expect(found).toEqual(REFERENCES.map(fieldOf));
    problems.forEach((p) => expect(p.question).toBe(referenceAt(p.path)!.question));
  });

  it('says where each reference lives as a JSON path the format has', () => {
    for (const r of REFERENCES) {
      const place = RECORD_PLACES[r.owner];
      const path = `/${[...place.path, ...(place.list ? ['0'] : []), ...r.field, ...(r.many ? ['0'] : [])].join('/')}`;
      expect(referenceAt(path), path).toBe(r);
    }
    expect(referenceAt('/decisions/0/title')).toBeUndefined();
    expect(referenceAt('/metrics/0/decisionIds/0/extra')).toBeUndefined();
  });
});
