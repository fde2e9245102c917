import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findLoadProblems, loadWorkbook } from '../../../../shared/format';
import { nextGate, nextGateOf, portfolioFacts, scheduledGates, scheduleRoadmap, scorecard, type NextGate } from '../../../../shared/logic';
import type { Workbook } from '../../../../shared/model';
import { INVOICE_EXAMPLE } from '../../../fixtures/examples';

const gate = (itemId: string, startDate: string | null, startWeek = 1): NextGate => ({ itemId, title: itemId, startWeek, startDate, blocked: false });

function example(): Workbook {
  const loaded = loadWorkbook(readFileSync(INVOICE_EXAMPLE, 'utf8'));
  if (!loaded.ok) throw new Error(loaded.refusal.reason);
  return loaded.workbook;
}

describe('the next gate', () => {
  it('is the first gate in schedule order that has not started by today', () => {
    const gates = [gate('a', '2026-05-01'), gate('b', '2026-06-01'), gate('c', '2026-07-01')];
    expect(nextGateOf(gates, '2026-04-30')?.itemId).toBe('a');
    expect(nextGateOf(gates, '2026-05-02')?.itemId).toBe('b');
    expect(nextGateOf(gates, '2026-08-01')).toBeNull();
  });

  it('counts a gate starting today as not started', () => {
    expect(nextGateOf([gate('a', '2026-05-01'), gate('b', '2026-06-01')], '2026-05-01')?.itemId).toBe('a');
  });

  it('is the first gate the schedule reaches when the sprint has no start date', () => {
    expect(nextGateOf([gate('a', null, 3), gate('b', null, 5)], '2099-01-01')?.itemId).toBe('a');
  });

  it('lists only gated items the schedule places, in schedule order', () => {
    const w = example();
    const schedule = scheduleRoadmap(w, scorecard(w));
    const gates = scheduledGates(w, schedule);
    expect(gates.length).toBe(w.roadmap.filter((r) => r.gate !== undefined).length);
    expect(gates.map((g) => g.itemId)).toEqual(schedule.order.filter((id) => gates.some((g) => g.itemId === id)));
    expect(nextGate(w, schedule, '2000-01-01')).toEqual(gates[0]);
  });

  it('comes out of the portfolio facts unchanged, so a summary kept at save time picks the same gate later', () => {
    const w = example();
    const facts = portfolioFacts(w, findLoadProblems(w));
    const schedule = scheduleRoadmap(w, scorecard(w));
    for (const today of ['2000-01-01', '2026-11-23', '2026-12-08', '2099-01-01']) {
      expect(nextGateOf(facts.gates, today)).toEqual(nextGate(w, schedule, today));
    }
  });
});
