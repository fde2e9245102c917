/**
 * The rules on the shipped example workbook (invoice approval). The only test that reads a
 * file: everything else builds its workbooks with ./fixtures.
 */
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import { loadWorkbook } from '../../../../shared/format';
import { assessReadiness, assessTiers, scheduleRoadmap, scorecard, suggestRoadmap, questionSummary } from '../../../../shared/logic';
import { INVOICE_EXAMPLE } from '../../../fixtures/examples';

const EXAMPLE = INVOICE_EXAMPLE;

describe('the invoice-approval example', () => {
  const loaded = loadWorkbook(fs.readFileSync(EXAMPLE, 'utf8'));
  if (!loaded.ok) throw new Error(loaded.refusal.reason);
  const w = loaded.workbook;

  it('is not ready to scale: the extraction step has no output and the rework metric no kill criterion; the error rate breached early is a warning', () => {
    const r = assessReadiness(w, []);
    expect(r.ready).toBe(false);
    expect(r.verdict).toBe('not-ready');
    expect(r.gaps).toEqual([
      {
        question: 'workflow', severity: 'blocker', subjectId: 'n-extract', path: '/workflow/nodes/3',
        message: 'AI step "Extract invoice fields" does not show where its output goes (no outgoing "writes" or "handoff" connection).',
      },
      {
        question: 'baselines', severity: 'warning', subjectId: 'm-error', path: '/metrics/1/kill',
        message: 'Metric "Coding error rate" is past its kill threshold (4.4 on 2026-11-30 breaches the kill threshold 4), measured before the criterion is evaluated from 2027-01-29.',
      },
      {
        question: 'baselines', severity: 'blocker', subjectId: 'm-rework', path: '/metrics/2/kill',
        message: 'Metric "Invoices reopened after posting" has no kill criterion: say at what value the rollout stops.',
      },
    ]);
    expect(questionSummary(r)).toEqual({
      workflow: { blockers: 1, warnings: 0 },
      tiers: { blockers: 0, warnings: 0 },
      baselines: { blockers: 1, warnings: 1 },
      owners: { blockers: 0, warnings: 0 },
    });
  });

  it('has every tier justified: only the supplier reply departs from its suggestion, with a reason', () => {
    const tiers = assessTiers(w);
    expect(tiers.map((t) => [t.decisionId, t.suggested, t.adopted])).toEqual([
      ['d-extract', 'low', 'low'],
      ['d-match', 'medium', 'medium'],
      ['d-coding', 'medium', 'medium'],
      ['d-approver', 'medium', 'medium'],
      ['d-approve', 'high', 'high'],
      ['d-remind', 'medium', 'low'],
    ]);
    expect(tiers.filter((t) => t.differsFromSuggestion).map((t) => [t.decisionId, t.reasonMissing])).toEqual([['d-remind', false]]);
    expect(tiers.every((t) => t.missingControls.length === 0)).toBe(true);
    expect(tiers[1]?.reasons).toEqual([
      'Action “classify” starts at low.',
      'Financial exposure 2500 is at or above the medium threshold 1000: at least medium.',
    ]);
  });

  it('scores the error rate red but not yet triggered, because its evaluation date has not come', () => {
    expect(scorecard(w).map((s) => [s.metricId, s.status, s.killTriggered])).toEqual([
      ['m-touch', 'amber', false],
      ['m-error', 'red', false],
      ['m-rework', 'no-data', false],
      ['m-cost', 'no-data', false],
      ['m-ontime', 'amber', false],
    ]);
  });

  it('schedules its roadmap over 17 weeks after the sprint, with nothing blocked', () => {
    const s = scheduleRoadmap(w);
    expect(s.problems).toEqual([]);
    expect(s.totalWeeks).toBe(17);
    expect(s.items.filter((i) => i.critical).map((i) => i.itemId)).toEqual([
      'r-logging', 'r-threshold', 'r-extract-live', 'r-coding-live', 'r-entities', 'r-review',
    ]);
    expect(s.items.some((i) => i.blocked)).toBe(false);
    expect(s.items[0]).toMatchObject({ startDate: '2026-10-19', endDate: '2026-11-08' });
    expect(s.order).toEqual(['r-logging', 'r-dashboard', 'r-threshold', 'r-sampling', 'r-extract-live', 'r-coding-live', 'r-entities', 'r-review']);
  });

  it('its suggested roadmap schedules with no problems, ids that never collide, and a gate on every kill criterion', () => {
    const suggested = suggestRoadmap(w);
    expect(suggested.length).toBeGreaterThan(0);
    const existing = new Set([...w.roadmap.map((r) => r.id), ...w.decisions.map((d) => d.id), ...w.metrics.map((m) => m.id)]);
    expect(suggested.filter((i) => existing.has(i.id))).toEqual([]);
    expect(scheduleRoadmap({ ...w, roadmap: [...w.roadmap, ...suggested] }).problems).toEqual([]);
    const gated = new Set(suggested.flatMap((i) => i.gate?.metricIds ?? []));
    expect(w.metrics.filter((m) => m.kill && !gated.has(m.id))).toEqual([]);
    // Every baseline of the example names its source, so there is nothing to instrument.
    expect(suggested.filter((i) => i.phase === 'foundation')).toEqual([]);
  });
});
