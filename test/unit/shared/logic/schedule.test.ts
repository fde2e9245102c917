import { describe, it, expect } from 'vitest';
import type { RoadmapItem, Workbook } from '../../../../shared/model';
import { scheduleRoadmap, type ScheduledItem } from '../../../../shared/logic/schedule';
import { scorecard } from '../../../../shared/logic/scorecard';
import { item, metric, workbook } from './fixtures';

const roadmap = (...items: RoadmapItem[]): Workbook => workbook({ roadmap: items });

/** `id → [start, end, slack]`, the compact form most tests compare. */
function weeks(w: Workbook): Record<string, [number | null, number | null, number | null]> {
  return Object.fromEntries(scheduleRoadmap(w).items.map((s) => [s.itemId, [s.startWeek, s.endWeek, s.slackWeeks]]));
}

function byId(w: Workbook): Record<string, ScheduledItem> {
  return Object.fromEntries(scheduleRoadmap(w).items.map((s) => [s.itemId, s]));
}

describe('an empty roadmap', () => {
  it('takes zero weeks and has nothing to schedule', () => {
    expect(scheduleRoadmap(workbook())).toEqual({ items: [], order: [], totalWeeks: 0, problems: [] });
  });
});

describe('dependencies', () => {
  it('an item without predecessors starts in week 0 and ends its weeks later', () => {
    expect(weeks(roadmap(item('a', { weeks: 3 })))).toEqual({ a: [0, 3, 0] });
  });

  it('an item starts at the latest end of its predecessors', () => {
    const w = roadmap(
      item('a', { weeks: 2 }),
      item('b', { weeks: 3, dependsOn: ['a'] }),
      item('c', { weeks: 1, dependsOn: ['a'] }),
      item('d', { weeks: 2, dependsOn: ['c', 'b'] }),
    );
    expect(weeks(w)).toEqual({ a: [0, 2, 0], b: [2, 5, 0], c: [2, 3, 2], d: [5, 7, 0] });
    expect(scheduleRoadmap(w).totalWeeks).toBe(7);
  });

  it('an item may depend on one listed after it in the file', () => {
    expect(weeks(roadmap(item('b', { weeks: 1, dependsOn: ['a'] }), item('a', { weeks: 4 })))).toEqual({ b: [4, 5, 0], a: [0, 4, 0] });
  });

  it('a dependency listed twice counts once', () => {
    expect(weeks(roadmap(item('a', { weeks: 2 }), item('b', { dependsOn: ['a', 'a'] })))).toEqual({ a: [0, 2, 0], b: [2, 3, 0] });
  });

  it('a dependency on an unknown id is ignored here, because the loader reports it', () => {
    const s = scheduleRoadmap(roadmap(item('a', { weeks: 2, dependsOn: ['nowhere'] })));
    expect(s.problems).toEqual([]);
    expect(s.items[0]).toMatchObject({ startWeek: 0, endWeek: 2 });
  });

  it('a dependency on an item of an earlier phase is honoured without a problem', () => {
    const w = roadmap(item('a', { weeks: 2 }), item('b', { phase: 'scale', dependsOn: ['a'] }));
    expect(scheduleRoadmap(w).problems).toEqual([]);
    expect(weeks(w).b).toEqual([2, 3, 0]);
  });
});

describe('critical path', () => {
  it('an item is critical when it has no slack', () => {
    const w = roadmap(item('long', { weeks: 5 }), item('short', { weeks: 2 }));
    const s = byId(w);
    expect(s.long).toMatchObject({ slackWeeks: 0, critical: true });
    expect(s.short).toMatchObject({ slackWeeks: 3, critical: false });
  });

  it('items without successors finish by the end of the roadmap', () => {
    const w = roadmap(item('a', { weeks: 4 }), item('b', { weeks: 1, dependsOn: ['a'] }), item('c', { weeks: 1 }));
    expect(weeks(w).c).toEqual([0, 1, 4]);
  });

  it('several items can be critical side by side', () => {
    const s = byId(roadmap(item('a', { weeks: 3 }), item('b', { weeks: 3 })));
    expect(s.a?.critical && s.b?.critical).toBe(true);
  });

  it('slack along a chain is the room the chain has, shared by each of its items', () => {
    const w = roadmap(item('a', { weeks: 1 }), item('b', { weeks: 1, dependsOn: ['a'] }), item('c', { weeks: 5 }));
    expect(weeks(w)).toEqual({ a: [0, 1, 3], b: [1, 2, 3], c: [0, 5, 0] });
  });
});

describe('phase gates', () => {
  it('every item of a phase waits for every item of the previous phase', () => {
    const w = roadmap(
      item('f1', { weeks: 4 }),
      item('f2', { weeks: 1 }),
      item('p1', { phase: 'pilot-hardening', weeks: 2 }),
      item('p2', { phase: 'pilot-hardening', weeks: 1 }),
    );
    expect(weeks(w)).toEqual({ f1: [0, 4, 0], f2: [0, 1, 3], p1: [4, 6, 0], p2: [4, 5, 1] });
  });

  it('phases run foundation, pilot-hardening, controlled-rollout, scale whatever the file order', () => {
    const w = roadmap(
      item('s', { phase: 'scale' }),
      item('r', { phase: 'controlled-rollout' }),
      item('p', { phase: 'pilot-hardening' }),
      item('f', { phase: 'foundation' }),
    );
    expect(weeks(w)).toEqual({ s: [3, 4, 0], r: [2, 3, 0], p: [1, 2, 0], f: [0, 1, 0] });
    expect(scheduleRoadmap(w).order).toEqual(['f', 'p', 'r', 's']);
  });

  it('an empty phase is skipped: the gate runs to the next non-empty phase', () => {
    const w = roadmap(item('f', { weeks: 2 }), item('s', { phase: 'scale', weeks: 3 }));
    expect(weeks(w)).toEqual({ f: [0, 2, 0], s: [2, 5, 0] });
  });

  it('a roadmap that starts in a later phase starts that phase in week 0', () => {
    expect(weeks(roadmap(item('r', { phase: 'controlled-rollout', weeks: 2 })))).toEqual({ r: [0, 2, 0] });
  });

  it('an item\'s latest finish is the earliest latest start of the next phase', () => {
    const w = roadmap(
      item('x', { weeks: 1 }),
      item('p', { phase: 'pilot-hardening', weeks: 1 }),
      item('q', { phase: 'pilot-hardening', weeks: 3 }),
      item('r', { phase: 'controlled-rollout', weeks: 1 }),
    );
    expect(weeks(w)).toEqual({ x: [0, 1, 0], p: [1, 2, 2], q: [1, 4, 0], r: [4, 5, 0] });
  });

  it('a dependency inside a phase comes on top of the gate into it', () => {
    const w = roadmap(
      item('f', { weeks: 2 }),
      item('p1', { phase: 'pilot-hardening', weeks: 2 }),
      item('p2', { phase: 'pilot-hardening', weeks: 2, dependsOn: ['p1'] }),
    );
    expect(weeks(w)).toEqual({ f: [0, 2, 0], p1: [2, 4, 0], p2: [4, 6, 0] });
  });
});

describe('a dependency on an item of a later phase', () => {
  const w = roadmap(
    item('a', { title: 'Logging', weeks: 2 }),
    item('b', { title: 'Dashboard', weeks: 1, dependsOn: ['a', 'c'] }),
    item('c', { title: 'Rollout', phase: 'controlled-rollout', weeks: 3 }),
  );

  it('is a problem that names both items and their phases', () => {
    expect(scheduleRoadmap(w).problems).toEqual([{
      message: '"Dashboard" (b) in phase foundation depends on "Rollout" (c) in the later phase controlled-rollout; the dependency is ignored in the schedule.',
      path: '/roadmap/1/dependsOn/1',
      subjectId: 'b',
      question: 'owners',
    }]);
  });

  it('is ignored for scheduling', () => {
    expect(weeks(w)).toEqual({ a: [0, 2, 0], b: [2, 3, 0], c: [3, 6, 0] });
  });

  it('does not close a cycle with the dependency that goes the other way', () => {
    const s = scheduleRoadmap(roadmap(item('a', { dependsOn: ['b'] }), item('b', { phase: 'scale', dependsOn: ['a'] })));
    expect(s.problems).toHaveLength(1);
    expect(s.items.every((i) => i.startWeek !== null)).toBe(true);
  });
});

describe('a dependency cycle', () => {
  // File order on purpose: the cycle's first item is not the first item of the file.
  const w = roadmap(
    item('f', { title: 'Foundation work', weeks: 2 }),
    item('r', { title: 'Rollout', phase: 'controlled-rollout' }),
    item('c', { title: 'After the cycle', phase: 'pilot-hardening', dependsOn: ['a'] }),
    item('b', { title: 'Thresholds', phase: 'pilot-hardening', dependsOn: ['a', 'e'] }),
    item('a', { title: 'Sampling', phase: 'pilot-hardening', dependsOn: ['b'] }),
    item('d', { title: 'Unrelated', phase: 'pilot-hardening', weeks: 1 }),
    item('e', { title: 'Before the cycle', phase: 'pilot-hardening', weeks: 1 }),
  );
  const s = scheduleRoadmap(w);
  const at = byId(w);

  it('is one problem that names its items by title and id, in file order', () => {
    expect(s.problems).toEqual([{
      message: 'Roadmap items "Thresholds" (b), "Sampling" (a) depend on each other in a cycle; they and every item after them are left unscheduled.',
      path: '/roadmap/3/dependsOn',
      subjectId: 'b',
      question: 'owners',
    }]);
  });

  it('leaves the items in the cycle unscheduled', () => {
    for (const id of ['a', 'b']) {
      expect(at[id]).toMatchObject({ startWeek: null, endWeek: null, slackWeeks: null, critical: false, startDate: null, endDate: null });
    }
  });

  it('leaves the items that depend on the cycle unscheduled', () => {
    expect(at.c?.startWeek).toBeNull();
  });

  it('leaves every item of a later phase unscheduled, through the phase gate', () => {
    expect(at.r?.startWeek).toBeNull();
  });

  it('still schedules earlier phases, items the cycle depends on, and unrelated items of its phase', () => {
    expect(weeks(w).f).toEqual([0, 2, 0]);
    expect(weeks(w).e).toEqual([2, 3, 0]);
    expect(weeks(w).d).toEqual([2, 3, 0]);
  });

  it('measures the roadmap by the scheduled items only', () => {
    expect(s.totalWeeks).toBe(3);
  });

  it('lists unscheduled items after the scheduled ones, in file order', () => {
    expect(s.order).toEqual(['f', 'd', 'e', 'r', 'c', 'b', 'a']);
  });

  it('an item that depends on itself is a cycle of one', () => {
    const self = scheduleRoadmap(roadmap(item('x', { title: 'Loop', dependsOn: ['x'] }), item('y', { phase: 'scale' })));
    expect(self.problems).toEqual([{
      message: 'Roadmap item "Loop" (x) depends on itself; it and every item after it are left unscheduled.',
      path: '/roadmap/0/dependsOn',
      subjectId: 'x',
      question: 'owners',
    }]);
    expect(self.items.map((i) => i.startWeek)).toEqual([null, null]);
    expect(self.totalWeeks).toBe(0);
  });

  it('gives one problem per cycle, in the order of their first items', () => {
    const two = scheduleRoadmap(roadmap(
      item('p', { phase: 'pilot-hardening', dependsOn: ['q'] }),
      item('q', { phase: 'pilot-hardening', dependsOn: ['p'] }),
      item('x', { dependsOn: ['y'] }),
      item('y', { dependsOn: ['x'] }),
    ));
    expect(two.problems.map((p) => p.path)).toEqual(['/roadmap/0/dependsOn', '/roadmap/2/dependsOn']);
    expect(two.items.every((i) => i.startWeek === null)).toBe(true);
  });
});

describe('order', () => {
  it('sorts by start week, then file order', () => {
    const w = roadmap(
      item('late', { weeks: 1, dependsOn: ['b'] }),
      item('b', { weeks: 2 }),
      item('a', { weeks: 1 }),
    );
    expect(scheduleRoadmap(w).order).toEqual(['b', 'a', 'late']);
  });

  it('keeps items in file order', () => {
    const w = roadmap(item('z', { phase: 'scale' }), item('y'));
    expect(scheduleRoadmap(w).items.map((i) => i.itemId)).toEqual(['z', 'y']);
  });
});

describe('blocked items', () => {
  const killed = metric('m-kill', { kill: { threshold: 5 }, observations: [{ date: '2026-05-01', value: 9 }] });
  const early = metric('m-early', { kill: { threshold: 5, evaluateOn: '2026-06-01' }, observations: [{ date: '2026-05-01', value: 9 }] });
  const fine = metric('m-fine', { kill: { threshold: 5 }, observations: [{ date: '2026-05-01', value: 1 }] });

  it('an item whose gate names a metric with a triggered kill criterion is blocked by it', () => {
    const w = workbook({ metrics: [fine, killed], roadmap: [item('a', { gate: { metricIds: ['m-fine', 'm-kill'] } })] });
    expect(scheduleRoadmap(w).items[0]).toMatchObject({ blocked: true, blockedBy: ['m-kill'] });
  });

  it('a red metric whose evaluation date has not come does not block', () => {
    const w = workbook({ metrics: [early], roadmap: [item('a', { gate: { metricIds: ['m-early'] } })] });
    expect(scheduleRoadmap(w).items[0]).toMatchObject({ blocked: false, blockedBy: [] });
  });

  it('a triggered metric blocks only items gated on it, not items that merely measure it', () => {
    const w = workbook({ metrics: [killed], roadmap: [item('a', { metricIds: ['m-kill'] }), item('b')] });
    expect(scheduleRoadmap(w).items.map((i) => i.blocked)).toEqual([false, false]);
  });

  it('a blocked item keeps its place in the schedule', () => {
    const w = workbook({ metrics: [killed], roadmap: [item('a', { weeks: 2, gate: { metricIds: ['m-kill'] } })] });
    expect(scheduleRoadmap(w).items[0]).toMatchObject({ startWeek: 0, endWeek: 2, blocked: true });
  });

  it('an unscheduled item can still be blocked', () => {
    const w = workbook({ metrics: [killed], roadmap: [item('a', { dependsOn: ['a'], gate: { metricIds: ['m-kill'] } })] });
    expect(scheduleRoadmap(w).items[0]).toMatchObject({ startWeek: null, blocked: true });
  });

  it('uses the scores it is given instead of computing them', () => {
    const w = workbook({ metrics: [fine], roadmap: [item('a', { gate: { metricIds: ['m-fine'] } })] });
    const scores = scorecard(w).map((s) => ({ ...s, killTriggered: true }));
    expect(scheduleRoadmap(w, scores).items[0]?.blockedBy).toEqual(['m-fine']);
  });
});

describe('dates', () => {
  const w = workbook({
    sprint: { startDate: '2026-10-05', days: [] },
    roadmap: [item('a', { weeks: 3 }), item('b', { weeks: 2, dependsOn: ['a'] }), item('x', { phase: 'scale', dependsOn: ['x'] })],
  });

  it('week 0 begins 14 days after the sprint starts', () => {
    expect(byId(w).a?.startDate).toBe('2026-10-19');
  });

  it('an item ends on the day before its end week begins', () => {
    expect(byId(w).a?.endDate).toBe('2026-11-08');
  });

  it('a later item starts 7 days per start week after week 0', () => {
    expect(byId(w).b).toMatchObject({ startDate: '2026-11-09', endDate: '2026-11-22' });
  });

  it('an unscheduled item has no dates', () => {
    expect(byId(w).x).toMatchObject({ startDate: null, endDate: null });
  });

  it('there are no dates without a sprint start date', () => {
    expect(scheduleRoadmap(roadmap(item('a'))).items[0]).toMatchObject({ startDate: null, endDate: null });
  });

  it('crosses a year end and a leap day by the calendar', () => {
    const leap = workbook({ sprint: { startDate: '2027-12-20', days: [] }, roadmap: [item('a', { weeks: 9 })] });
    expect(scheduleRoadmap(leap).items[0]).toMatchObject({ startDate: '2028-01-03', endDate: '2028-03-05' });
  });
});

describe('purity and scale', () => {
  it('does not change the workbook it schedules', () => {
    const w = roadmap(item('a', { dependsOn: ['b'] }), item('b', { phase: 'scale', dependsOn: ['a'] }));
    const before = JSON.stringify(w);
    scheduleRoadmap(w);
    expect(JSON.stringify(w)).toBe(before);
  });

  it('schedules thousands of items in four phases quickly, without pairing every item of one phase with the next', () => {
    const phases = ['foundation', 'pilot-hardening', 'controlled-rollout', 'scale'] as const;
    const items: RoadmapItem[] = [];
    for (let i = 0; i < 20000; i++) {
      const phase = phases[i % 4]!;
      items.push(item(`i${i}`, { phase, weeks: 1 + (i % 5), dependsOn: i >= 8 ? [`i${i - 4}`, `i${i - 8}`] : [] }));
    }
    const started = performance.now();
    const s = scheduleRoadmap(roadmap(...items));
    expect(performance.now() - started).toBeLessThan(1500);
    expect(s.problems).toEqual([]);
    expect(s.items.every((i) => i.startWeek !== null && i.slackWeeks! >= 0)).toBe(true);
    expect(s.items.some((i) => i.critical)).toBe(true);
  });

  it('follows a long dependency chain without overflowing the stack', () => {
    const items = Array.from({ length: 10000 }, (_, i) => item(`c${i}`, { dependsOn: i > 0 ? [`c${i - 1}`] : [] }));
    const s = scheduleRoadmap(roadmap(...items));
    expect(s.totalWeeks).toBe(10000);
    expect(s.items.every((i) => i.critical)).toBe(true);
  });
});
