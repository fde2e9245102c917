import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findLoadProblems, loadWorkbook } from '../../../../shared/format';
import type { Workbook } from '../../../../shared/model';
import { assessReadiness } from '../../../../shared/logic';
import { locate } from '../../../../shared/report/locate';
import { INVOICE_EXAMPLE_11 } from '../../../fixtures/examples';

const opened = loadWorkbook(readFileSync(INVOICE_EXAMPLE_11, 'utf8'));
if (!opened.ok) throw new Error('example must open');
const w = opened.workbook;
const POINTER = /(^|[\s(])\/[A-Za-z]+(\/|$)/;

describe('a place in the workbook, in words', () => {
  it('names a decision by its title and the field in plain language', () => {
    expect(locate(w, '/decisions/4/overrideById', 'd-approve')).toBe('Decision “Approve the invoice for payment”, who can override it');
    expect(locate(w, '/decisions/1/tierReason')).toBe('Decision “Decide whether the invoice matches its purchase order”, the reason for its tier');
    expect(locate(w, '/decisions/0/factors/financialExposure')).toBe('Decision “Extract supplier, amounts and VAT from the invoice”, the money at stake');
  });

  it('names a metric and the part of its baseline, target or kill criterion', () => {
    expect(locate(w, '/metrics/1/kill', 'm-error')).toBe('Metric “Coding error rate”, its kill criterion');
    expect(locate(w, '/metrics/0/baseline/to')).toBe('Metric “Touch time per invoice”, when its baseline period ends');
    expect(locate(w, '/metrics/2/target/by')).toBe('Metric “Invoices reopened after posting”, its target date');
    expect(locate(w, '/metrics/0/decisionIds/1')).toBe('Metric “Touch time per invoice”, the decisions it measures');
  });

  it('names a step of the map by its kind and label, and a connector by its ends', () => {
    expect(locate(w, '/workflow/nodes/3', 'n-extract')).toBe('AI step “Extract invoice fields”');
    expect(locate(w, '/workflow/nodes/0/laneId')).toBe('Start “Invoice arrives by e-mail”, its lane');
    expect(locate(w, '/workflow/edges/0/to')).toBe('Connector from “Invoice arrives by e-mail” to “AP shared inbox”, where it ends');
    expect(locate(w, '/workflow/edges/1')).toBe('Connector “new PDF attachment”');
  });

  it('names the owners, the escalation path and the workbook’s single objects', () => {
    expect(locate(w, '/ownership/governanceOwnerId')).toBe('Ownership, the governance owner');
    expect(locate(w, '/ownership/escalationPath/2')).toBe('Ownership, person 3 on the escalation path');
    expect(locate(w, '/sprint/facilitatorId')).toBe('The sprint, its facilitator');
    expect(locate(w, '/pilot/intendedUse')).toBe('The pilot, its intended use');
  });

  it('says whose RACI a gap about the RACI concerns', () => {
    expect(locate(w, '/raci', 'd-coding')).toBe('The RACI, for decision “Propose general-ledger coding”');
    expect(locate(w, '/raci/0/personId')).toMatch(/^RACI entry 1 \(“.+”, [RACI], for (decision|metric|roadmap item) “.+”\), who it names$/);
  });

  it('names roadmap items, parking-lot items and sign-offs', () => {
    expect(locate(w, '/roadmap/5/gate/metricIds/0')).toBe('Roadmap item “Coding proposals with clerk confirmation”, the metrics its gate waits on');
    expect(locate(w, '/roadmap/2/dependsOn')).toBe('Roadmap item “Confidence threshold and fallback to manual keying”, what it depends on');
    expect(locate(w, '/parkingLot/1/convertedTo')).toBe('Parking-lot item “Who signs off the VAT coding rules?”, the record it became');
    expect(locate(w, '/signoffs/0/personId')).toBe('Sign-off 1 (“Sofia Lindqvist”), who signed');
  });

  it('names whole lists when a gap is about the list', () => {
    expect(locate(w, '/decisions')).toBe('The decision register');
    expect(locate(w, '/metrics')).toBe('The metrics');
    expect(locate(w, '/workflow/nodes')).toBe('The workflow map');
  });

  it('finds the record by its id when the position no longer matches', () => {
    expect(locate(w, '/decisions/0/controls', 'd-approve')).toBe('Decision “Approve the invoice for payment”, its controls');
    expect(locate(w, '/decisions/99/controls')).toBe('Decision no. 100 (no longer in the workbook), its controls');
  });

  it('reads an escaped pointer and a field it does not know without showing the key', () => {
    expect(locate(w, '/decisions/0/extraField')).toBe('Decision “Extract supplier, amounts and VAT from the invoice”, the field “extra field”');
    expect(locate(w, '/odd~1key')).toBe('The workbook, the field “odd/key”');
  });

  it('locates every gap and load problem of a workbook full of them without a pointer', () => {
    const broken = structuredClone(w) as { -readonly [K in keyof Workbook]: any };
    broken.decisions[0].overrideById = 'p-gone';
    broken.decisions[1].tier = undefined;
    broken.workflow.edges[0].to = 'n-gone';
    broken.workflow.nodes[0].laneId = 'l-gone';
    broken.metrics[0].baseline.from = '2026-12-31';
    broken.metrics[2].ownerId = undefined;
    broken.roadmap[0].dependsOn = ['r-review'];
    broken.roadmap[7].dependsOn = ['r-logging'];
    broken.raci = [];
    broken.ownership = { escalationPath: ['p-gone'] };
    broken.signoffs[0].personId = 'p-gone';
    broken.parkingLot[0].convertedTo = 'x-gone';
    const problems = findLoadProblems(broken as Workbook);
    const gaps = assessReadiness(broken as Workbook, problems).gaps;
    expect(gaps.length).toBeGreaterThan(20);
    for (const g of gaps) {
      const words = locate(broken as Workbook, g.path, g.subjectId);
      expect(words, g.path).not.toMatch(POINTER);
      expect(words, g.path).not.toContain('undefined');
    }
    for (const p of problems) expect(locate(broken as Workbook, p.path, p.subjectId), p.path).not.toMatch(POINTER);
  });
});
