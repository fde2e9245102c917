/** EU AI Act Art. 14(4) and Art. 12, marked met or missing from each field of a decision. */
import { describe, expect, it } from 'vitest';
import type { Decision, Workbook } from '../../../../shared/model';
import { oversightOf } from '../../../../shared/report/references/oversight';
import { readyWorkbook } from './workbooks';

const w = readyWorkbook();
/** A medium decision that meets every mark; each test takes one field away. */
const full: Decision = {
  id: 'd-full', title: 'Route a claim', action: 'route',
  factors: { reversible: true, customerFacing: false, financialExposure: 0, affectsRights: false, personalData: false },
  tier: 'medium', controls: ['audit-log', 'human-confirmation', 'kill-switch'],
  overrideById: 'p-clerk', escalateToId: 'p-ap-lead',
  logging: ['input', 'output', 'model-version', 'reviewer'], onError: 'The clerk sees the wrong queue and moves the claim.',
};
const measured: Workbook = { ...w, metrics: [...w.metrics, { ...w.metrics[0]!, id: 'm-full', decisionIds: ['d-full'] }] };
const marks = (d: Decision, wb: Workbook = measured) => oversightOf(wb, d);

describe('human oversight marks', () => {
  it('meets every mark when the workbook names everything each capability needs', () => {
    const c = marks(full);
    expect(Object.values(c).every((x) => x.met)).toBe(true);
  });

  it('(a) needs what happens when the model is wrong and a metric that measures the decision', () => {
    expect(marks({ ...full, onError: ' ' }).a).toEqual({ met: false, missing: ['describe what happens when the model is wrong'] });
    expect(marks(full, w).a).toEqual({ met: false, missing: ['measure it with a metric'] });
  });

  it('(b) needs a person acting on every output and the reviewer logged', () => {
    expect(marks({ ...full, controls: ['audit-log', 'kill-switch'] }).b.missing).toEqual(['add human confirmation, human decision or dual approval']);
    expect(marks({ ...full, controls: ['audit-log', 'dual-approval', 'kill-switch'] }).b.met).toBe(true);
    expect(marks({ ...full, logging: ['input', 'output', 'model-version'] }).b.missing).toEqual(['log the reviewer']);
  });

  it('(c) needs a person acting on every output and what a wrong output looks like', () => {
    expect(marks({ ...full, controls: ['audit-log', 'human-decision', 'kill-switch'] }).c.met).toBe(true);
    expect(marks({ ...full, onError: undefined }).c.missing).toEqual(['describe what happens when the model is wrong']);
  });

  it('(d) needs a person in the workbook who can override it', () => {
    expect(marks({ ...full, overrideById: undefined }).d.missing).toEqual(['name who can override it']);
    expect(marks({ ...full, overrideById: 'p-gone' }).d.met).toBe(false);
  });

  it('(e) needs a kill switch and someone to escalate to', () => {
    expect(marks({ ...full, controls: ['audit-log', 'human-confirmation'] }).e.missing).toEqual(['add a kill switch']);
    expect(marks({ ...full, escalateToId: undefined }).e.missing).toEqual(['name whom it escalates to']);
  });

  it('Art. 12 needs an audit log control that keeps the input, the output and the model version', () => {
    expect(marks({ ...full, controls: ['human-confirmation', 'kill-switch'] }).log.missing).toEqual(['add an audit log']);
    expect(marks({ ...full, logging: ['input', 'reviewer'] }).log.missing).toEqual(['log the output', 'log the model version']);
  });
});
