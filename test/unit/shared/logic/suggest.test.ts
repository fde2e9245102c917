import { describe, it, expect } from 'vitest';
import { recordIds, type RoadmapItem, type Workbook } from '../../../../shared/model';
import { scheduleRoadmap } from '../../../../shared/logic/schedule';
import { suggestRoadmap } from '../../../../shared/logic/suggest';
import { completeMetric, decision, factors, item, metric, person, workbook } from './fixtures';

/** A small accounts-payable workbook: one decision of each tier, metrics with and without kill criteria. */
function apWorkbook(overrides: Partial<Workbook> = {}): Workbook {
  return workbook({
    people: [person('p-lead'), person('p-risk'), person('p-cfo')],
    ownership: { workflowOwnerId: 'p-lead', governanceOwnerId: 'p-risk', measurementCadence: 'weekly', escalationPath: ['p-lead'] },
    decisions: [
      decision('d-extract', { title: 'Extract invoice fields', action: 'retrieve', tier: 'low', controls: ['audit-log'], outputOwnerId: 'p-lead' }),
      decision('d-coding', { title: 'Propose coding', action: 'recommend', tier: 'medium', controls: [] }),
      decision('d-approve', { title: 'Approve payment', action: 'approve-spend', tier: 'high', controls: ['audit-log', 'human-decision'], outputOwnerId: 'p-cfo' }),
    ],
    metrics: [
      completeMetric('m-touch', { name: 'Touch time', decisionIds: ['d-extract', 'd-coding'] }),
      completeMetric('m-error', { name: 'Error rate', decisionIds: ['d-coding'], baseline: { value: 3 } }),
      completeMetric('m-cost', { name: 'Cost per invoice', ownerId: 'p-cfo' }),
      metric('m-rework', { name: 'Rework', ownerId: 'p-lead', decisionIds: ['d-extract'] }),
    ],
    roadmap: [item('r-existing', { title: 'Existing item' })],
    ...overrides,
  });
}

const find = (items: readonly RoadmapItem[], prefix: string) => items.filter((i) => i.id.startsWith(prefix));
const only = (items: readonly RoadmapItem[], prefix: string): RoadmapItem => {
  const found = find(items, prefix);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('suggestRoadmap', () => {
  const w = apWorkbook();
  const suggested = suggestRoadmap(w);

  it('suggests nothing for an empty workbook', () => {
    expect(suggestRoadmap(workbook())).toEqual([]);
  });

  it('returns new items only, never the existing ones, and leaves the workbook as it was', () => {
    const before = JSON.stringify(w);
    const again = suggestRoadmap(w);
    expect(JSON.stringify(w)).toBe(before);
    expect(again.map((i) => i.id)).not.toContain('r-existing');
  });

  it('is deterministic', () => {
    expect(suggestRoadmap(w)).toEqual(suggested);
  });

  describe('instrumenting metrics', () => {
    it('instruments each metric whose baseline has no source, in the foundation phase, owned by the metric owner', () => {
      expect(find(suggested, 'sug-instrument-')).toEqual([
        {
          id: 'sug-instrument-m-error-1', title: 'Instrument "Error rate" and measure its baseline',
          description: expect.any(String) as string,
          phase: 'foundation', weeks: 2, dependsOn: [], ownerId: 'p-owner', decisionIds: [], metricIds: ['m-error'],
        },
        {
          id: 'sug-instrument-m-rework-1', title: 'Instrument "Rework" and measure its baseline',
          description: expect.any(String) as string,
          phase: 'foundation', weeks: 2, dependsOn: [], ownerId: 'p-lead', decisionIds: [], metricIds: ['m-rework'],
        },
      ]);
    });

    it('treats a blank source as no source', () => {
      const s = suggestRoadmap(workbook({ metrics: [metric('m', { baseline: { value: 1, source: ' ' } })] }));
      expect(find(s, 'sug-instrument-').map((i) => i.metricIds)).toEqual([['m']]);
    });

    it('leaves out the owner when the metric has none, rather than writing an empty one', () => {
      const [instrument] = suggestRoadmap(workbook({ metrics: [metric('m')] }));
      expect(instrument).not.toHaveProperty('ownerId');
    });
  });

  describe('implementing missing controls', () => {
    it('adds a pilot-hardening item per decision with missing controls, naming the decision and the controls', () => {
      const extract = only(suggested, 'sug-controls-d-extract');
      expect(extract).toMatchObject({
        title: 'Implement sampling review for "Extract invoice fields"',
        phase: 'pilot-hardening', decisionIds: ['d-extract'], ownerId: 'p-lead',
      });
      expect(only(suggested, 'sug-controls-d-coding').title).toBe('Implement audit log and human confirmation for "Propose coding"');
    });

    it('gives the item to the governance owner when the decision names no output owner', () => {
      expect(only(suggested, 'sug-controls-d-coding').ownerId).toBe('p-risk');
    });

    it('adds nothing for a decision whose controls are complete', () => {
      expect(find(suggested, 'sug-controls-d-approve')).toEqual([]);
    });

    it('includes access control for personal data', () => {
      const s = suggestRoadmap(workbook({
        decisions: [decision('d', { title: 'Route', tier: 'low', controls: ['audit-log', 'sampling-review'], factors: factors({ personalData: true }) })],
      }));
      expect(only(s, 'sug-controls-d').title).toBe('Implement access control for "Route"');
    });

    it('plans an unclassified decision at its suggested tier', () => {
      const s = suggestRoadmap(workbook({ decisions: [decision('d', { title: 'Send offer', action: 'promise' })] }));
      expect(only(s, 'sug-controls-d').title).toBe('Implement audit log and human decision for "Send offer"');
      expect(only(s, 'sug-human-only').decisionIds).toEqual(['d']);
    });
  });

  describe('rolling out', () => {
    const low = only(suggested, 'sug-rollout-low');
    const medium = only(suggested, 'sug-rollout-medium');

    it('rolls out the low-tier decisions in the controlled-rollout phase', () => {
      expect(low).toMatchObject({ phase: 'controlled-rollout', decisionIds: ['d-extract'], ownerId: 'p-lead' });
    });

    it('rolls out the medium-tier decisions after the low-tier ones', () => {
      expect(medium).toMatchObject({ phase: 'controlled-rollout', decisionIds: ['d-coding'] });
      expect(medium.dependsOn[0]).toBe(low.id);
      const s = scheduleRoadmap({ ...w, roadmap: suggested });
      const at = Object.fromEntries(s.items.map((i) => [i.itemId, i]));
      expect(at[medium.id]!.startWeek).toBeGreaterThanOrEqual(at[low.id]!.endWeek!);
    });

    it('a rollout depends on the control items of its decisions', () => {
      expect(low.dependsOn).toEqual([only(suggested, 'sug-controls-d-extract').id]);
      expect(medium.dependsOn).toEqual([low.id, only(suggested, 'sug-controls-d-coding').id]);
    });

    it('gates each rollout on the kill criteria of the metrics that measure its decisions', () => {
      // m-rework measures d-extract but has no kill criterion, so it cannot gate.
      expect(low.gate?.metricIds).toEqual(['m-touch']);
      expect(low.metricIds).toEqual(['m-touch', 'm-rework']);
      expect(medium.gate?.metricIds).toEqual(['m-touch', 'm-error']);
    });

    it('the medium rollout stands alone when there is no low-tier decision', () => {
      const s = suggestRoadmap(workbook({ decisions: [decision('d', { action: 'route', tier: 'medium', controls: ['audit-log', 'human-confirmation'] })] }));
      expect(find(s, 'sug-rollout-low')).toEqual([]);
      expect(only(s, 'sug-rollout-medium').dependsOn).toEqual([]);
    });

    it('a rollout without kill metrics has no gate at all rather than an empty one', () => {
      const s = suggestRoadmap(workbook({ decisions: [decision('d', { tier: 'low', controls: ['audit-log', 'sampling-review'] })] }));
      expect(only(s, 'sug-rollout-low')).not.toHaveProperty('gate');
    });
  });

  describe('high-tier decisions', () => {
    it('are kept human-only: a pilot-hardening item documents the procedure', () => {
      expect(only(suggested, 'sug-human-only')).toMatchObject({
        title: 'Document the human-only procedure for "Approve payment"',
        phase: 'pilot-hardening', decisionIds: ['d-approve'], ownerId: 'p-risk',
      });
    });

    it('are never rolled out', () => {
      expect(suggested.filter((i) => i.phase === 'controlled-rollout').flatMap((i) => i.decisionIds)).not.toContain('d-approve');
    });

    it('several are covered by one item that counts them', () => {
      const s = suggestRoadmap(workbook({ decisions: [decision('a', { action: 'commit' }), decision('b', { action: 'promise' })] }));
      expect(only(s, 'sug-human-only')).toMatchObject({ title: 'Document the human-only procedure for the 2 high-tier decisions', decisionIds: ['a', 'b'] });
    });
  });

  describe('gates on kill criteria', () => {
    it('every kill criterion gates some suggested item', () => {
      const gated = new Set(suggested.flatMap((i) => i.gate?.metricIds ?? []));
      for (const m of w.metrics.filter((x) => x.kill)) expect(gated).toContain(m.id);
    });

    it('kill criteria no rollout is gated on gate a final scale item', () => {
      expect(only(suggested, 'sug-scale')).toMatchObject({ title: 'Scale beyond the pilot', phase: 'scale', gate: { metricIds: ['m-cost'] } });
    });

    it('the scale item is the last one', () => {
      expect(suggested[suggested.length - 1]?.id).toBe(only(suggested, 'sug-scale').id);
    });

    it('a workbook with only kill metrics still gets a gated scale item', () => {
      const s = suggestRoadmap(workbook({ metrics: [completeMetric('m')] }));
      expect(s.map((i) => [i.phase, i.gate?.metricIds])).toEqual([['scale', ['m']]]);
    });
  });

  describe('ids and weeks', () => {
    it('ids are unique among themselves and against every record of the workbook', () => {
      const taken = recordIds(w);
      const ids = suggested.map((i) => i.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(taken.has(id)).toBe(false);
    });

    it('an id already taken by any record moves the suggestion to the next free one', () => {
      const crowded = apWorkbook({
        people: [person('sug-instrument-m-error-1'), person('sug-scale-1')],
        workflow: { lanes: [], nodes: [], edges: [{ id: 'sug-rollout-low-1', from: 'x', to: 'y', kind: 'flow' }] },
      });
      const ids = suggestRoadmap(crowded).map((i) => i.id);
      expect(ids).toContain('sug-instrument-m-error-2');
      expect(ids).toContain('sug-scale-2');
      expect(ids).toContain('sug-rollout-low-2');
      expect(ids.filter((id) => recordIds(crowded).has(id))).toEqual([]);
    });

    it('every suggested item takes between 1 and 6 weeks', () => {
      for (const i of suggested) {
        expect(Number.isInteger(i.weeks)).toBe(true);
        expect(i.weeks).toBeGreaterThanOrEqual(1);
        expect(i.weeks).toBeLessThanOrEqual(6);
      }
    });

    it('the suggestion schedules without problems, alone and after the existing roadmap', () => {
      expect(scheduleRoadmap({ ...w, roadmap: suggested }).problems).toEqual([]);
      const combined = scheduleRoadmap({ ...w, roadmap: [...w.roadmap, ...suggested] });
      expect(combined.problems).toEqual([]);
      expect(combined.items.every((i) => i.startWeek !== null)).toBe(true);
    });
  });
});
