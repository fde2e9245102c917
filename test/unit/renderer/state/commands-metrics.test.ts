import { beforeEach, describe, expect, it } from 'vitest';
import { loadWorkbook, serializeWorkbook } from '../../../../shared/format';
import { findReferenceProblems } from '../../../../shared/format/references';
import {
  addMetric, addObservation, importObservations, newMetricId, removeMetric, removeObservation, setBaselineField,
  setBaselineValue, setKillField, setKillThreshold, setMetricDecision, setMetricName, setMetricOwner, setTargetBy,
  setTargetValue, updateObservation,
} from '../../../../renderer/state/commands';
import { newMetric } from '../../../../renderer/features/metrics/library';
import { openInFreshStore, state, template } from '../helpers';

const metric = (id = 'm-new') => state().workbook!.metrics.find((m) => m.id === id)!;

describe('metric commands', () => {
  beforeEach(() => {
    openInFreshStore(template('blank'));
    state().execute(addMetric(newMetric('m-new', 'rework-rate', 'Reopened tickets', undefined)));
  });

  it('add a metric from the library with its unit and which way is better', () => {
    expect(metric()).toMatchObject({ kind: 'rework-rate', unit: '%', direction: 'decrease', decisionIds: [], observations: [] });
  });

  it('count cost in the workbook’s own currency', () => {
    expect(newMetric('m-c', 'cost-per-unit', 'Cost', 'EUR').unit).toBe('EUR');
  });

  it('give a new metric an id no other record has', () => {
    const w = state().workbook!;
    const id = newMetricId(w, 'rework-rate');
    expect(w.metrics.some((m) => m.id === id)).toBe(false);
  });

  it('create the baseline with its value, and keep its details only while it exists', () => {
    state().execute(setBaselineField('m-new', 'source', 'Helpdesk'));
    expect(metric().baseline).toBeUndefined();
    state().execute(setBaselineValue('m-new', 8.4));
    state().execute(setBaselineField('m-new', 'source', 'Helpdesk'));
    state().execute(setBaselineField('m-new', 'from', '2026-08-01'));
    expect(metric().baseline).toEqual({ value: 8.4, source: 'Helpdesk', from: '2026-08-01' });
    state().execute(setBaselineValue('m-new', undefined));
    expect('baseline' in metric()).toBe(false);
  });

  it('set a target and a kill criterion, and clear a detail by removing its key', () => {
    state().execute(setTargetValue('m-new', 6));
    state().execute(setTargetBy('m-new', '2027-03-31'));
    state().execute(setKillThreshold('m-new', 10));
    state().execute(setKillField('m-new', 'action', 'Stop drafting'));
    state().execute(setKillField('m-new', 'action', undefined));
    expect(metric().target).toEqual({ value: 6, by: '2027-03-31' });
    expect(metric().kill).toEqual({ threshold: 10 });
  });

  it('coalesce typing in one field into one undo entry', () => {
    const before = state().past.length;
    state().execute(setMetricName('m-new', 'R'));
    state().execute(setMetricName('m-new', 'Re'));
    state().execute(setMetricName('m-new', 'Reopened'));
    expect(state().past.length).toBe(before + 1);
    state().undo();
    expect(metric().name).toBe('Reopened tickets');
  });

  it('link and unlink the decisions a metric measures, and set its owner', () => {
    state().execute(setMetricDecision('m-new', 'd-1', true));
    state().execute(setMetricDecision('m-new', 'd-1', true));
    expect(metric().decisionIds).toEqual(['d-1']);
    state().execute(setMetricDecision('m-new', 'd-1', false));
    expect(metric().decisionIds).toEqual([]);
    state().execute(setMetricOwner('m-new', 'p-1'));
    expect(metric().ownerId).toBe('p-1');
    state().execute(setMetricOwner('m-new', ''));
    expect('ownerId' in metric()).toBe(false);
  });
});

describe('observation commands', () => {
  beforeEach(() => {
    openInFreshStore(template('blank'));
    state().execute(addMetric(newMetric('m-new', 'error-rate', 'Errors', undefined)));
  });

  it('add, edit and delete one dated value', () => {
    state().execute(addObservation('m-new', { date: '2026-12-01', value: 9 }));
    state().execute(updateObservation('m-new', 0, { value: 9.5, note: 'after the fix' }));
    expect(metric().observations).toEqual([{ date: '2026-12-01', value: 9.5, note: 'after the fix' }]);
    state().execute(updateObservation('m-new', 0, { note: '' }));
    expect(metric().observations[0]).toEqual({ date: '2026-12-01', value: 9.5 });
    state().execute(removeObservation('m-new', 0));
    expect(metric().observations).toEqual([]);
  });

  it('import a whole series as one step that one Undo takes back', () => {
    state().execute(addObservation('m-new', { date: '2026-12-01', value: 9 }));
    const rows = [{ date: '2026-12-08', value: 8 }, { date: '2026-12-15', value: 7 }];
    state().execute(importObservations('m-new', rows, 'data.csv'));
    expect(metric().observations).toHaveLength(3);
    expect(state().past.at(-1)!.label).toBe('Import 2 observations from data.csv');
    state().undo();
    expect(metric().observations).toHaveLength(1);
  });
});

describe('removing a metric', () => {
  it('also removes the roadmap’s links and gates on it, so nothing dangles', () => {
    openInFreshStore(template('support-triage'));
    state().execute(removeMetric('m-misroute'));
    const w = state().workbook!;
    expect(w.metrics.some((m) => m.id === 'm-misroute')).toBe(false);
    expect(w.roadmap.some((r) => r.metricIds.includes('m-misroute') || r.gate?.metricIds.includes('m-misroute'))).toBe(false);
    expect(findReferenceProblems(w)).toEqual([]);
  });

  it('leaves a workbook the format opens again', () => {
    openInFreshStore(template('support-triage'));
    state().execute(removeMetric('m-ttfr'));
    state().execute(setBaselineValue('m-misroute', 11));
    expect(loadWorkbook(serializeWorkbook(state().workbook!)).ok).toBe(true);
  });
});
