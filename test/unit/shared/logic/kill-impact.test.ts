import { describe, expect, it } from 'vitest';
import { killImpact, triggeredKills } from '../../../../shared/logic/kill-impact';
import { completeMetric, item, workbook } from './fixtures';

const roadmap = [
  item('a', { phase: 'foundation' }),
  item('b', { phase: 'pilot-hardening', gate: { metricIds: ['m'] } }),
  item('c', { phase: 'pilot-hardening', dependsOn: ['b'] }),
  item('d', { phase: 'pilot-hardening' }),
  item('e', { phase: 'controlled-rollout' }),
  item('f', { phase: 'foundation', dependsOn: ['a'] }),
];

describe('what a kill criterion stops', () => {
  it('blocks the items gated on its metric, and every item that waits on them through dependencies or later phases', () => {
    expect(killImpact({ roadmap }, 'm')).toEqual({ blockedItemIds: ['b'], waitingItemIds: ['c', 'e'] });
  });

  it('stops nothing when no gate names the metric', () => {
    expect(killImpact({ roadmap }, 'other')).toEqual({ blockedItemIds: [], waitingItemIds: [] });
  });
});

describe('the triggered kill criteria', () => {
  it('list each with its measurement, threshold, action and what it stops, in file order', () => {
    const w = workbook({
      roadmap,
      metrics: [
        completeMetric('quiet', { observations: [{ date: '2026-05-01', value: 1 }] }),
        completeMetric('m', { name: ' Cycle time ', unit: 'h', kill: { threshold: 12, action: ' Pause ' }, observations: [{ date: '2026-05-01', value: 14 }] }),
      ],
    });
    expect(triggeredKills(w)).toEqual([{
      metricId: 'm', metricName: 'Cycle time', unit: 'h', latest: 14, latestDate: '2026-05-01', threshold: 12,
      evaluateOn: null, action: 'Pause', blockedItemIds: ['b'], waitingItemIds: ['c', 'e'],
    }]);
  });
});
