/**
 * What the field's references ask of a governance model: intended and out-of-scope uses,
 * stakeholders, human oversight (EU AI Act Art. 14 and 12), ISO/IEC 42001 Annex A, the sign-off
 * of the residual risk, and a revision history in words.
 */
import { describe, expect, it } from 'vitest';
import type { Workbook } from '../../../../shared/model';
import { buildReport } from '../../../../shared/report';
import { CONTROL_ADDED, CONTROL_REMOVED, TIER_ADOPTED } from '../../../../renderer/state/commands/decisionsTiers';
import { EXPORT_ACTION } from '../../../../renderer/state/commands/audit';
import { notReadyWorkbook, problemsOf } from './workbooks';
import { reportText, rows, section, tables } from './text';

type Mutable = { -readonly [K in keyof Workbook]: any };
const governance = (w: Workbook) => buildReport(w, problemsOf(w), { doc: 'governance', today: '2026-12-01' });
const edit = (change: (w: Mutable) => void): Workbook => {
  const w = structuredClone(notReadyWorkbook()) as Mutable;
  change(w);
  return w as Workbook;
};

describe('intended use, out-of-scope uses and stakeholders', () => {
  it('states both uses and each stakeholder group with its benefit and harm', () => {
    const s = section(governance(notReadyWorkbook()), 'Intended use, out-of-scope uses and stakeholders');
    const t = s.flatMap((b) => (b.type === 'facts' ? b.rows.map((r) => r.label) : []));
    expect(t).toEqual(['Intended use', 'Out of scope']);
    expect(rows(tables(s)[0]!)).toEqual([
      ['Accounts-payable clerks', 'less re-keying', 'confirming proposals without reading them'],
      ['Suppliers', 'paid within terms', 'a miscoded invoice is paid late'],
    ]);
  });

  it('says what is not stated yet', () => {
    const r = governance(edit((w) => { w.pilot.intendedUse = undefined; w.pilot.stakeholders = [{ group: 'Auditors' }]; }));
    const text = reportText(r);
    expect(text).toContain('Intended use: Not stated yet: say what the AI is for');
    expect(rows(tables(section(r, 'Intended use, out-of-scope uses and stakeholders'))[0]!)).toEqual([['Auditors', '—', 'Not assessed yet']]);
  });
});

describe('human oversight and logging', () => {
  const s = section(governance(notReadyWorkbook()), 'Human oversight and logging');
  const marks = rows(tables(s)[0]!);

  it('lists every medium- and high-tier decision and no low-tier one', () => {
    expect(marks.map((r) => r[0])).toEqual([
      'Decide whether the invoice matches its purchase order (medium)', 'Propose general-ledger coding (medium)',
      'Route the invoice to a budget approver (medium)', 'Approve the invoice for payment (high)',
    ]);
  });

  it('marks each capability met or missing from the decision’s fields, and says what closes it', () => {
    // "Route the invoice…" has no onError and no metric; every decision lacks a kill switch and the model version in its logging.
    expect(marks[2]).toEqual(['Route the invoice to a budget approver (medium)', 'Missing', 'Met', 'Missing', 'Met', 'Missing', 'Missing',
      'Describe what happens when the model is wrong (a, c); measure it with a metric (a); add a kill switch (e); log the model version (Art. 12).']);
    expect(marks[3]!.slice(1, 7)).toEqual(['Met', 'Met', 'Met', 'Met', 'Missing', 'Missing']);
  });

  it('turns a mark to met when the workbook adds the field', () => {
    const r = governance(edit((w) => { w.decisions[4].controls.push('kill-switch'); w.decisions[4].logging.push('output', 'model-version'); }));
    expect(rows(tables(section(r, 'Human oversight and logging'))[0]!)[3]!.slice(1, 8)).toEqual(['Met', 'Met', 'Met', 'Met', 'Met', 'Met', '—']);
  });

  it('prints the legend: which fields decide each mark', () => {
    const legend = rows(tables(s)[1]!);
    expect(legend.map((r) => r[0])).toEqual([
      'Art. 14(4)(a): understand the system’s capacities and limits, and monitor its operation',
      'Art. 14(4)(b): remain aware of automation bias',
      'Art. 14(4)(c): correctly interpret the output',
      'Art. 14(4)(d): decide not to use, disregard, override or reverse the output',
      'Art. 14(4)(e): intervene or interrupt the system with a stop',
      'Art. 12: record events automatically over the system’s lifetime',
    ]);
    expect(legend[4]![1]).toBe('A kill switch control, and a named person to escalate to who can pull it.');
  });
});

describe('ISO/IEC 42001 Annex A', () => {
  const status = (w: Workbook) => Object.fromEntries(rows(tables(section(governance(w), 'ISO/IEC 42001 Annex A'))[0]!).map((r) => [r[0]!.split(' ')[0], [r[2], r[3]]]));

  it('names the objectives A.2 to A.10 by their titles', () => {
    const names = rows(tables(section(governance(notReadyWorkbook()), 'ISO/IEC 42001 Annex A'))[0]!).map((r) => r[0]);
    expect(names).toEqual([
      'A.2 Policies related to AI', 'A.3 Internal organization', 'A.4 Resources for AI systems', 'A.5 Assessing impacts of AI systems',
      'A.6 AI system life cycle', 'A.7 Data for AI systems', 'A.8 Information for interested parties of AI systems',
      'A.9 Use of AI systems', 'A.10 Third-party and customer relationships',
    ]);
  });

  it('marks each objective from the workbook’s controls and fields', () => {
    const s = status(notReadyWorkbook());
    expect(s['A.2']).toEqual(['Addressed', '—']);
    expect(s['A.6']).toEqual(['Partly', 'complete baselines, targets and kill criteria; a roadmap gate on every kill criterion']);
    expect(s['A.10']).toEqual(['Partly', 'agreements with suppliers and customers (kept outside the workbook)']);
  });

  it('follows the fields: no intended use, no stakeholders’ harms, a personal-data decision without access control', () => {
    const s = status(edit((w) => {
      w.pilot.intendedUse = undefined;
      w.pilot.stakeholders = [{ group: 'Clerks' }];
      w.decisions[3].controls = w.decisions[3].controls.filter((c: string) => c !== 'access-control');
    }));
    expect(s['A.2']).toEqual(['Partly', 'the intended use']);
    expect(s['A.5']).toEqual(['Partly', 'the stakeholder groups with their harms']);
    expect(s['A.7']).toEqual(['Partly', 'access control wherever personal data is used']);
    expect(s['A.8']![0]).toBe('Partly');
  });
});

describe('the sign-off of the residual risk', () => {
  it('says who accepted or rejected it, when and why', () => {
    const r = governance(edit((w) => { w.signoffs.push({ personId: 'p-cfo', date: '2026-11-30', decision: 'accept' }); }));
    expect(rows(tables(section(r, 'Sign-off of the residual risk'))[0]!)).toEqual([
      ['Sofia Lindqvist', 'Governance owner', 'Rejected', '16. Oktober 2026', 'Not before the rework metric has a kill criterion.'],
      ['Jürgen Weiß', 'CFO', 'Accepted', '30. November 2026', '—'],
    ]);
  });
});

describe('the revision history', () => {
  const at = '2026-11-02T10:00:00+01:00';
  const history = (audit: object[]) => rows(tables(section(governance(edit((w) => { w.audit = audit; })), 'Appendix: revision history'))[0]!).map((r) => r[1]!);

  it('says every action the app records in a sentence of its own, with the controls’ names', () => {
    const sentences = history([
      { at, actorId: 'p-facilitator', action: TIER_ADOPTED, subjectId: 'd-approve', detail: 'high (suggested medium): Payments above 10,000 EUR. Required controls added: audit-log, human-decision.' },
      { at, actorId: 'p-risk', action: CONTROL_ADDED, subjectId: 'd-match', detail: 'human-confirmation: required for the medium tier.' },
      { at, actorId: 'p-risk', action: CONTROL_REMOVED, subjectId: 'd-match', detail: 'audit-log, required for the medium tier: now missing.' },
      { at, action: EXPORT_ACTION, detail: 'governance (pdf), scorecard (docx)' },
    ]);
    expect(sentences).toEqual([
      'Amara Okafor (Facilitator) adopted a risk tier for decision “Approve the invoice for payment”: High (suggested: medium): Payments above 10,000 EUR. Required controls added: Audit log, Human decision.',
      'Sofia Lindqvist (Risk & Compliance Lead) added a required control to decision “Decide whether the invoice matches its purchase order”: Human confirmation: required for the medium tier.',
      'Sofia Lindqvist (Risk & Compliance Lead) removed a required control from decision “Decide whether the invoice matches its purchase order”: Audit log, required for the medium tier: now missing.',
      'Someone exported the documents: governance (pdf), scorecard (docx).',
    ]);
  });

  it('never prints an action code, not even one it does not know', () => {
    const codes = [TIER_ADOPTED, CONTROL_ADDED, CONTROL_REMOVED, EXPORT_ACTION, 'tier-override', 'baseline-reset'];
    const sentences = history(codes.map((action) => ({ at, actorId: 'p-risk', action, subjectId: 'd-match' })));
    for (const s of sentences) for (const code of codes.filter((c) => c.includes('-'))) expect(s).not.toContain(code);
    expect(sentences[5]).toBe('Sofia Lindqvist (Risk & Compliance Lead) recorded a change (baseline reset) to decision “Decide whether the invoice matches its purchase order”.');
  });
});
