/**
 * Test workbooks built in code: a minimal valid workbook with overrides, record factories
 * with sensible defaults, and a workbook that is ready to scale (no gap at all), so that a
 * test can break exactly one thing and see exactly one gap.
 */
import type {
  Decision, DecisionFactors, Edge, EdgeKind, Metric, NodeKind, Person, RoadmapItem, Workbook, WorkflowNode,
} from '../../../../shared/model';

export function workbook(overrides: Partial<Workbook> = {}): Workbook {
  return {
    format: 'sprintbook',
    schemaVersion: 1,
    id: 'wb-test',
    title: 'Test workbook',
    createdAt: '2026-01-05T09:00:00Z',
    updatedAt: '2026-01-05T09:00:00Z',
    pilot: { name: 'Test pilot', stakeholders: [] },
    sprint: { days: [] },
    people: [],
    workflow: { lanes: [], nodes: [], edges: [] },
    decisions: [],
    metrics: [],
    ownership: { escalationPath: [] },
    raci: [],
    roadmap: [],
    parkingLot: [],
    signoffs: [],
    audit: [],
    ...overrides,
  };
}

export function person(id: string, overrides: Partial<Person> = {}): Person {
  return { id, name: `Person ${id}`, ...overrides };
}

export function node(id: string, kind: NodeKind, overrides: Partial<WorkflowNode> = {}): WorkflowNode {
  return { id, kind, label: `Node ${id}`, x: 0, y: 0, ...overrides };
}

export function edge(id: string, from: string, to: string, kind: EdgeKind = 'flow'): Edge {
  return { id, from, to, kind };
}

/** Reversible, internal, no money, no rights, no personal data: nothing raises the base tier. */
export function factors(overrides: Partial<DecisionFactors> = {}): DecisionFactors {
  return { reversible: true, customerFacing: false, financialExposure: 0, affectsRights: false, personalData: false, ...overrides };
}

export function decision(id: string, overrides: Partial<Decision> = {}): Decision {
  return { id, title: `Decision ${id}`, action: 'summarize', factors: factors(), controls: [], logging: [], ...overrides };
}

export function metric(id: string, overrides: Partial<Metric> = {}): Metric {
  return { id, name: `Metric ${id}`, kind: 'custom', unit: 'minutes', direction: 'decrease', decisionIds: [], observations: [], ...overrides };
}

export function item(id: string, overrides: Partial<RoadmapItem> = {}): RoadmapItem {
  return { id, title: `Item ${id}`, phase: 'foundation', weeks: 1, dependsOn: [], decisionIds: [], metricIds: [], ...overrides };
}

/** A complete metric: baseline with period and source, target, kill criterion and owner. */
export function completeMetric(id: string, overrides: Partial<Metric> = {}): Metric {
  return metric(id, {
    baseline: { value: 10, from: '2026-01-01', to: '2026-03-31', source: 'ERP timestamps' },
    target: { value: 5 },
    kill: { threshold: 12 },
    ownerId: 'p-owner',
    ...overrides,
  });
}

/**
 * A workbook with no readiness gap: one AI step that is triggered, reads and hands off, a
 * recorded decision point, a classified and controlled decision with a sound RACI, the four
 * expected kinds of metric, and full ownership.
 */
export function readyWorkbook(overrides: Partial<Workbook> = {}): Workbook {
  return workbook({
    people: [person('p-owner'), person('p-clerk')],
    workflow: {
      lanes: [],
      nodes: [
        node('n-start', 'start', { label: 'Request arrives' }),
        node('n-inbox', 'system', { label: 'Inbox' }),
        node('n-ai', 'ai-step', { label: 'Summarize request' }),
        node('n-check', 'decision', { label: 'Summary good enough?' }),
        node('n-end', 'end', { label: 'Done' }),
      ],
      edges: [
        edge('e-1', 'n-start', 'n-inbox', 'flow'),
        edge('e-2', 'n-inbox', 'n-ai', 'triggers'),
        edge('e-3', 'n-ai', 'n-inbox', 'reads'),
        edge('e-4', 'n-ai', 'n-check', 'handoff'),
        edge('e-5', 'n-check', 'n-end', 'flow'),
      ],
    },
    decisions: [
      decision('d-summary', {
        nodeId: 'n-check', title: 'Summarize the request', action: 'summarize', tier: 'low',
        controls: ['audit-log', 'sampling-review'], outputOwnerId: 'p-owner', overrideById: 'p-clerk', escalateToId: 'p-owner',
      }),
    ],
    metrics: [
      completeMetric('m-cycle', { name: 'Cycle time', kind: 'cycle-time' }),
      completeMetric('m-error', { name: 'Error rate', kind: 'error-rate', unit: '%' }),
      completeMetric('m-rework', { name: 'Rework rate', kind: 'rework-rate', unit: '%' }),
      completeMetric('m-cost', { name: 'Cost per request', kind: 'cost-per-unit', unit: 'USD' }),
    ],
    ownership: { workflowOwnerId: 'p-owner', governanceOwnerId: 'p-owner', measurementCadence: 'weekly', escalationPath: ['p-owner'] },
    raci: [
      { subjectId: 'd-summary', personId: 'p-owner', role: 'A' },
      { subjectId: 'd-summary', personId: 'p-clerk', role: 'R' },
    ],
    roadmap: [item('r-logging', { title: 'Decision logging', ownerId: 'p-owner' })],
    ...overrides,
  });
}
