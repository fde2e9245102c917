import { describe, expect, it } from 'vitest';
import {
  decisionGaps, decisionName, filterRows, isFiltered, NO_FILTER, policyErrors, registerRows, sortRows, tierChoiceError, tierOverview,
} from '../../../../shared/logic/decision-register';
import { decision, factors, node, person, readyWorkbook, workbook } from './fixtures';

/** Three decisions: one complete, one unclassified and off the map, one high with a departure and no reason. */
function register() {
  return readyWorkbook({
    people: [person('p-owner', { name: 'Olu Owner' }), person('p-clerk')],
    decisions: [
      ...readyWorkbook().decisions,
      decision('d-route', { title: 'Route the request', action: 'route' }),
      decision('d-refund', {
        title: 'Refund the fee', action: 'approve-spend', nodeId: 'n-ai', tier: 'medium',
        factors: factors({ financialExposure: 400, personalData: true }),
        controls: ['audit-log', 'human-confirmation'], overrideById: 'p-owner', escalateToId: 'p-gone',
      }),
    ],
  });
}

const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id);

describe('the register’s rows', () => {
  it('show each decision’s suggested and adopted tier, mode, controls, people and node', () => {
    const [done, route, refund] = registerRows(register());
    expect(done).toMatchObject({
      id: 'd-summary', index: 0, suggested: 'low', adopted: 'low', mode: 'auto-execute', departs: false,
      outputOwner: 'Olu Owner', overrideBy: 'Person p-clerk', nodeLabel: 'Summary good enough?', attention: [],
    });
    expect(route).toMatchObject({ adopted: null, mode: null, suggested: 'medium', nodeId: null, nodeLabel: null });
    expect(refund).toMatchObject({
      suggested: 'high', adopted: 'medium', departs: true, reasonMissing: true,
      missingControls: ['access-control'], escalateTo: 'unknown person "p-gone"',
    });
  });

  it('say what readiness still asks of a decision, in the order of its fields', () => {
    const refund = registerRows(register())[2]!;
    expect(refund.attention).toEqual([
      'Decision "Refund the fee" is classified medium, but the suggested tier is high, and no reason is recorded.',
      'Decision "Refund the fee" lacks required controls: access-control.',
      'Decision "Refund the fee" refers to person "p-gone", which does not exist.',
    ]);
  });

  it('group the gaps by decision under their JSON pointers', () => {
    const gaps = decisionGaps(register());
    expect(gaps.has(0)).toBe(false);
    expect(gaps.get(1)!.map((g) => g.path)).toEqual(['/decisions/1/tier', '/decisions/1/overrideById', '/decisions/1/escalateToId']);
  });

  it('name a decision with a blank title by its id', () => {
    expect(decisionName({ title: '  ', id: 'd-7' })).toBe('Untitled decision (d-7)');
  });
});

describe('filtering the register', () => {
  const rows = registerRows(register());

  it('keeps everything without a filter', () => {
    expect(isFiltered(NO_FILTER)).toBe(false);
    expect(filterRows(rows, NO_FILTER)).toHaveLength(3);
  });

  it('matches every typed word in the title, action or map node, in any case', () => {
    expect(ids(filterRows(rows, { ...NO_FILTER, text: 'REFUND fee' }))).toEqual(['d-refund']);
    expect(ids(filterRows(rows, { ...NO_FILTER, text: 'approve spend' }))).toEqual(['d-refund']);
    expect(ids(filterRows(rows, { ...NO_FILTER, text: 'good enough' }))).toEqual(['d-summary']);
    expect(filterRows(rows, { ...NO_FILTER, text: 'refund route' })).toEqual([]);
  });

  it('filters by adopted tier, unclassified included', () => {
    expect(ids(filterRows(rows, { ...NO_FILTER, tier: 'medium' }))).toEqual(['d-refund']);
    expect(ids(filterRows(rows, { ...NO_FILTER, tier: 'unclassified' }))).toEqual(['d-route']);
  });

  it('filters to the decisions that need attention', () => {
    expect(ids(filterRows(rows, { ...NO_FILTER, attention: true }))).toEqual(['d-route', 'd-refund']);
  });

  it('filters by workflow node, or to the decisions not on the map', () => {
    expect(ids(filterRows(rows, { ...NO_FILTER, node: 'n-ai' }))).toEqual(['d-refund']);
    expect(ids(filterRows(rows, { ...NO_FILTER, node: 'none' }))).toEqual(['d-route']);
  });
});

describe('sorting the register', () => {
  const rows = registerRows(register());

  it('sorts by title, action and tier, both ways', () => {
    expect(ids(sortRows(rows, 'title', 'asc'))).toEqual(['d-refund', 'd-route', 'd-summary']);
    expect(ids(sortRows(rows, 'action', 'asc'))).toEqual(['d-summary', 'd-route', 'd-refund']);
    expect(ids(sortRows(rows, 'suggested', 'desc'))).toEqual(['d-refund', 'd-route', 'd-summary']);
  });

  it('puts unclassified decisions before low when sorting by adopted tier', () => {
    expect(ids(sortRows(rows, 'adopted', 'asc'))).toEqual(['d-route', 'd-summary', 'd-refund']);
  });

  it('puts the most gaps first by status, ties in file order', () => {
    expect(ids(sortRows(rows, 'attention', 'desc'))).toEqual(['d-route', 'd-refund', 'd-summary']);
  });

  it('reverses file order, and leaves the rows it was given alone', () => {
    expect(ids(sortRows(rows, 'file', 'desc'))).toEqual(['d-refund', 'd-route', 'd-summary']);
    expect(ids(rows)).toEqual(['d-summary', 'd-route', 'd-refund']);
  });
});

describe('the tier overview', () => {
  it('counts decisions per tier and mode, and action × tier for the actions in use', () => {
    const o = tierOverview(registerRows(register()));
    expect(o.total).toBe(3);
    expect(o.byTier).toEqual({ low: 1, medium: 1, high: 0, unclassified: 1 });
    expect(o.byMode).toEqual({ 'auto-execute': 1, 'human-confirms': 1, 'human-only': 0 });
    expect(o.matrix).toEqual([
      { action: 'summarize', counts: { low: 1, medium: 0, high: 0, unclassified: 0 } },
      { action: 'route', counts: { low: 0, medium: 0, high: 0, unclassified: 1 } },
      { action: 'approve-spend', counts: { low: 0, medium: 1, high: 0, unclassified: 0 } },
    ]);
  });

  it('lists the decisions that need attention with their first gap, and counts departures', () => {
    const o = tierOverview(registerRows(register()));
    expect(o.attention.map((a) => [a.id, a.count])).toEqual([['d-route', 3], ['d-refund', 3]]);
    expect(o.attention[0]!.first).toBe('Decision "Route the request" has no risk tier yet (suggested: medium).');
    expect([o.departures, o.departuresWithoutReason]).toEqual([1, 1]);
  });

  it('re-suggests every tier under a new policy: a decision can start needing attention', () => {
    const w = workbook({
      people: [person('p-1')],
      decisions: [decision('d-pay', {
        action: 'summarize', tier: 'low', factors: factors({ financialExposure: 800 }),
        controls: ['audit-log', 'sampling-review'], overrideById: 'p-1', escalateToId: 'p-1',
      })],
    });
    expect(registerRows(w)[0]!.attention).toEqual([]);
    const stricter = registerRows({ ...w, policy: { mediumExposure: 500, highExposure: 10000 } })[0]!;
    expect(stricter).toMatchObject({ suggested: 'medium', adopted: 'low', reasonMissing: true });
    expect(stricter.attention[0]).toMatch(/classified low, but the suggested tier is medium/);
  });
});

describe('checks before a change', () => {
  it('refuse another tier than the suggested one without a written reason', () => {
    expect(tierChoiceError('high', 'high', '')).toBeNull();
    expect(tierChoiceError('high', 'medium', 'Capped at $250 by the payment system.')).toBeNull();
    expect(tierChoiceError('high', 'medium', '   ')).toBe(
      'The rules suggest high. Write why this decision should be medium instead: the reason goes into the audit trail and the governance model.');
  });

  it('refuse negative thresholds and a medium threshold above the high one, at the field being edited', () => {
    expect(policyErrors({ mediumExposure: 1000, highExposure: 10000 }, 'mediumExposure')).toEqual({});
    expect(policyErrors({ mediumExposure: -1, highExposure: 10000 }, 'mediumExposure')).toEqual({ mediumExposure: 'Enter an amount of 0 or more.' });
    expect(policyErrors({ mediumExposure: 5000, highExposure: 2000 }, 'highExposure', (n) => `$${n}`))
      .toEqual({ highExposure: 'The high threshold must not be below the medium threshold ($5000).' });
    expect(policyErrors({ mediumExposure: 5000, highExposure: 2000 }, 'mediumExposure', (n) => `$${n}`))
      .toEqual({ mediumExposure: 'The medium threshold must not be above the high threshold ($2000).' });
    expect(policyErrors({ highExposure: 2000 }, 'highExposure')).toEqual({ mediumExposure: 'Enter an amount.' });
  });
});

describe('the register with a node on the map', () => {
  it('reads the node’s label, and a node that is gone as a gap under the workflow', () => {
    const w = workbook({
      workflow: { lanes: [], nodes: [node('n-1', 'decision', { label: 'Approve?' })], edges: [] },
      decisions: [decision('d-1', { nodeId: 'n-1' }), decision('d-2', { nodeId: 'n-gone' })],
    });
    const [one, two] = registerRows(w);
    expect(one!.nodeLabel).toBe('Approve?');
    expect(two).toMatchObject({ nodeId: 'n-gone', nodeLabel: null });
    expect(decisionGaps(w).get(1)![0]).toMatchObject({ question: 'workflow', path: '/decisions/1/nodeId' });
  });
});
