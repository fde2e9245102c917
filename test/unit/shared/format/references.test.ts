import { describe, expect, it } from 'vitest';
import { expectOpened, load, minimalRaw } from './helpers';

function withRecords(patch: Record<string, unknown>) {
  return { ...minimalRaw(), people: [{ id: 'p-1', name: 'Ada' }], ...patch };
}

describe('opening a workbook with dangling references', () => {
  it('opens it and lists an edge to a missing node under the workflow question', () => {
    const { problems } = expectOpened(load(withRecords({
      workflow: { nodes: [{ id: 'n-1', kind: 'step', label: 'A', x: 0, y: 0 }], edges: [{ id: 'e-1', from: 'n-1', to: 'n-9', kind: 'flow' }] },
    })));
    expect(problems).toEqual([{
      message: 'Connector "e-1" refers to node "n-9", which does not exist.', path: '/workflow/edges/0/to', subjectId: 'e-1', question: 'workflow',
    }]);
  });

  it('files a missing lane and a decision node under workflow', () => {
    const { problems } = expectOpened(load(withRecords({
      workflow: { nodes: [{ id: 'n-1', kind: 'step', label: 'A', laneId: 'l-x', x: 0, y: 0 }] },
      decisions: [{ id: 'd-1', nodeId: 'n-x', title: 'D', action: 'draft', factors: { reversible: true, customerFacing: false, financialExposure: 0, affectsRights: false, personalData: false } }],
    })));
    expect(problems.map((p) => [p.path, p.question])).toEqual([['/workflow/nodes/0/laneId', 'workflow'], ['/decisions/0/nodeId', 'workflow']]);
  });

  it("files a decision's unknown people under tiers", () => {
    const { problems } = expectOpened(load(withRecords({
      decisions: [{ id: 'd-1', title: 'D', action: 'draft', outputOwnerId: 'p-1', overrideById: 'p-2', escalateToId: 'p-3',
        factors: { reversible: true, customerFacing: false, financialExposure: 0, affectsRights: false, personalData: false } }],
    })));
    expect(problems.map((p) => [p.path, p.question])).toEqual([['/decisions/0/overrideById', 'tiers'], ['/decisions/0/escalateToId', 'tiers']]);
  });

  it("files a metric's unknown decisions under baselines and its unknown owner under owners", () => {
    const { problems } = expectOpened(load(withRecords({
      metrics: [{ id: 'm-1', name: 'M', kind: 'custom', unit: 'u', direction: 'increase', ownerId: 'p-9', decisionIds: ['d-9'] }],
    })));
    expect(problems.map((p) => [p.path, p.question])).toEqual([['/metrics/0/decisionIds/0', 'baselines'], ['/metrics/0/ownerId', 'owners']]);
  });

  it('files ownership, RACI and roadmap references under owners', () => {
    const { problems } = expectOpened(load(withRecords({
      sprint: { facilitatorId: 'p-0' },
      ownership: { workflowOwnerId: 'p-x', escalationPath: ['p-1', 'p-y'] },
      raci: [{ subjectId: 'd-none', personId: 'p-1', role: 'A' }],
      roadmap: [{ id: 'r-1', title: 'R', phase: 'scale', weeks: 1, dependsOn: ['r-none'], ownerId: 'p-z', metricIds: ['m-none'], gate: { metricIds: ['m-gone'] } }],
    })));
    expect(problems.map((p) => p.path)).toEqual([
      '/sprint/facilitatorId', '/ownership/workflowOwnerId', '/ownership/escalationPath/1', '/raci/0/subjectId',
      '/roadmap/0/dependsOn/0', '/roadmap/0/ownerId', '/roadmap/0/metricIds/0', '/roadmap/0/gate/metricIds/0',
    ]);
    expect(new Set(problems.map((p) => p.question))).toEqual(new Set(['owners']));
  });

  it('names the items of a dependency cycle', () => {
    const item = (id: string, deps: string[]) => ({ id, title: `Item ${id}`, phase: 'foundation', weeks: 1, dependsOn: deps });
    const { problems } = expectOpened(load(withRecords({ roadmap: [item('a', ['c']), item('b', ['a']), item('c', ['b']), item('d', ['d'])] })));
    expect(problems).toEqual([
      { message: 'Roadmap items "Item a" (a), "Item b" (b), "Item c" (c) depend on each other in a cycle.', path: '/roadmap/0/dependsOn', subjectId: 'a', question: 'owners' },
      { message: 'Roadmap item "Item d" (d) depends on itself.', path: '/roadmap/3/dependsOn', subjectId: 'd', question: 'owners' },
    ]);
  });

  it('does not check the audit trail, which may name records deleted since', () => {
    const { problems } = expectOpened(load(withRecords({ audit: [{ at: '2026-10-05T08:30:00Z', actorId: 'p-gone', action: 'deleted', subjectId: 'd-gone' }] })));
    expect(problems).toEqual([]);
  });
});
