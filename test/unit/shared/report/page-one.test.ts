/**
 * Page 1 of every document (the cover) says the verdict and what the reader must decide, and
 * says it the same way everywhere the document states the verdict.
 */
import { describe, expect, it } from 'vitest';
import type { Workbook } from '../../../../shared/model';
import { assessReadiness } from '../../../../shared/logic';
import { buildReport, DOC_KINDS, type Block, type Report } from '../../../../shared/report';
import { STOP } from '../../../fixtures/stop-workbook';
import { brokenWorkbook, notReadyWorkbook, problemsOf, readyWorkbook, stoppedWorkbook } from './workbooks';

const FINGERPRINT = 'ab'.repeat(32);
const build = (w: Workbook, doc: Report['kind'] = 'governance', problems = problemsOf(w)) =>
  buildReport(w, problems, { doc, today: '2026-12-01', fingerprint: FINGERPRINT });
const page1 = (r: Report) => [r.cover.verdict.text, ...r.cover.facts.map((f) => `${f.label}: ${f.value}`)].join('\n').replace(/[\u00a0\u202f]/g, ' ');
const fact = (r: Report, label: string) => (r.cover.facts.find((f) => f.label.startsWith(label))?.value ?? '').replace(/\u00a0/g, ' ');
const headingsOf = (r: Report) => r.blocks.filter((b): b is Extract<Block, { type: 'heading' }> => b.type === 'heading').map((b) => b.text);

describe('page 1 of a ready workbook', () => {
  const r = build(readyWorkbook());

  it('says it is ready to scale, in green, and asks whether to scale now', () => {
    expect(r.cover.verdict).toEqual({ text: 'Ready to scale', tone: 'green' });
    expect(fact(r, 'What to decide')).toMatch(/^Whether to scale now: every one of the four readiness questions is answered\. 1 warning remains to accept knowingly/);
  });

  it('lists no blocker and no triggered kill criterion, but the threshold already breached, and says who signed off the residual risk', () => {
    expect(r.cover.facts.map((f) => f.label)).toEqual(
      ['What to decide', 'Past its kill threshold, not judged yet: Coding error rate', 'Residual risk', 'Pilot', 'Workbook fingerprint', 'Human oversight and logging']);
    expect(r.cover.subtitle).toMatch(/ · workbook abababababab$/);
    expect(fact(r, 'Residual risk')).toBe('Rejected by Sofia Lindqvist (Risk & Compliance Lead) on 16. Oktober 2026: “Not before the rework metric has a kill criterion.”');
  });
});

describe('page 1 of a workbook that is not ready', () => {
  const r = build(notReadyWorkbook());

  it('says it is not ready, in amber, with the number of blockers', () => {
    expect(r.cover.verdict).toEqual({ text: 'Not ready to scale: 2 blockers open', tone: 'amber' });
  });

  it('names each blocker by question, record, what is missing and who fixes it', () => {
    expect(fact(r, 'Workflow integration: 1 blocker')).toBe(
      '• AI step “Extract invoice fields” does not show where its output goes (no outgoing “writes” or “handoff” connection). Fixes it: Inès Fabre (Head of Accounts Payable), the workflow owner.');
    expect(fact(r, 'Baselines, targets and kill criteria: 1 blocker')).toBe(
      '• Metric “Invoices reopened after posting” has no kill criterion: say at what value the rollout stops. Fixes it: Chen Wei (Analytics Engineer), the metric’s owner.');
  });

  it('says how the medium- and high-tier decisions fare against the oversight and logging marks, when there is room', () => {
    expect(fact(build(readyWorkbook()), 'Human oversight and logging')).toMatch(
      /^(\d+ of \d+|All \d+) medium- and high-tier decisions meet every mark of EU AI Act Art\. 14\(4\) and Art\. 12(; see “Human oversight and logging”)?\.$/);
    expect(build(readyWorkbook(), 'scorecard').cover.facts.map((f) => f.label)).not.toContain('Human oversight and logging');
  });

  it('says nothing of oversight when no decision is medium or high tier', () => {
    const w = structuredClone(readyWorkbook()) as { -readonly [K in keyof Workbook]: any };
    for (const d of w.decisions) { d.tier = 'low'; d.tierReason = 'Reviewed at the read-out.'; }
    expect(build(w as Workbook).cover.facts.map((f) => f.label)).not.toContain('Human oversight and logging');
  });

  it('names a kill threshold already breached before its criterion is judged: the value, the date it counts from, what it would block', () => {
    expect(fact(r, 'Past its kill threshold, not judged yet: Coding error rate').replace(/\u00a0/g, ' ')).toBe(
      '4,4 % on 30. November 2026 is past the kill threshold of 4 %, but the criterion is judged only from 29. Januar 2027: not triggered yet. '
      + 'If it still breaches then, it blocks “Coding proposals with clerk confirmation” and “Extend to the two other legal entities”; '
      + 'waiting on them: “Quarterly governance review”.');
  });

  it('shows the workbook’s fingerprint short after the subtitle, and says what it is when there is room', () => {
    expect(r.cover.subtitle).toMatch(/ · workbook abababababab$/);
    expect(fact(build(readyWorkbook()), 'Workbook fingerprint')).toMatch(
      /^abababababab: the start of the SHA-256 of the exported workbook’s canonical text, not of its file’s bytes\./);
    expect(r.fingerprint).toEqual({ sha256: FINGERPRINT, keyword: `sprintbook-sha256:${FINGERPRINT}` });
  });
});

describe('page 1 of a stopped workbook', () => {
  const r = build(stoppedWorkbook());

  it('says stop and redesign, in red, naming the metric', () => {
    expect(r.cover.verdict).toEqual({ text: `Stop and redesign: ${STOP.metric} triggered its kill criterion`, tone: 'red' });
  });

  it('states the metric, its value with unit, the threshold, the date, the action and what it blocks', () => {
    expect(fact(r, `Kill criterion triggered: ${STOP.metric}`).replace(/\u00a0/g, ' ')).toBe(
      '4,4 % on 30. November 2026 breaches the kill threshold of 4 % (judged from 1. November 2026). The criterion says: Return coding to clerks. '
      + `It blocks “${STOP.blocked[0]}” and “${STOP.blocked[1]}”; waiting on them: “${STOP.waiting[0]}”. Its owner: Sofia Lindqvist (Risk & Compliance Lead).`);
  });

  it('still lists the other blockers, but not the kill criterion twice', () => {
    expect(fact(r, 'What to decide')).toContain('2 other blockers are open too.');
    expect(page1(r).match(/Coding error rate/g)).toHaveLength(2);
  });

  it('says stop in every place the document states the verdict', () => {
    for (const doc of DOC_KINDS) {
      const report = build(stoppedWorkbook(), doc);
      expect(report.cover.verdict.text).toMatch(/^Stop and redesign/);
      const verdicts = report.blocks.flatMap((b) => (b.type === 'paragraph' ? b.content : []))
        .map((x) => (typeof x === 'string' ? x : x.text)).filter((t) => /^(Ready to scale|Not ready to scale|Stop and redesign)/.test(t));
      for (const v of verdicts) expect(v).toMatch(/^Stop and redesign/);
    }
  });
});

describe('page 1 with many blockers', () => {
  const { workbook, problems } = brokenWorkbook();
  const moreLines = (r: Report) => r.cover.facts.flatMap((f) => f.value.split('\n')).filter((l) => l.startsWith('… '));

  it('shows the first blockers of each question, how many more, and the heading where all are listed', () => {
    for (const doc of DOC_KINDS) {
      const r = build(workbook, doc, problems);
      expect(moreLines(r).length).toBeGreaterThan(0);
      for (const line of moreLines(r)) {
        const heading = /listed under “(.+)”\.$/.exec(line)?.[1];
        expect(heading, line).toBeDefined();
        expect(headingsOf(r)).toContain(heading);
      }
    }
  });

  it('gives each question its count and its first blocker in one row when the page is too full for more, and leaves the context off', () => {
    const r = build(workbook, 'governance', problems);
    const row = r.cover.facts.find((f) => f.label.startsWith('Blockers: '))!;
    const lines = row.value.split('\n');
    expect(lines.map((l) => /^• (.+?) \(\d+\): /.exec(l)?.[1]).filter(Boolean)).toEqual(
      ['Workflow integration', 'Risk tiers and controls', 'Baselines, targets and kill criteria', 'Ownership']);
    const counts = lines.map((l) => Number(/^• .+? \((\d+)\): /.exec(l)?.[1] ?? 0)).reduce((a, b) => a + b, 0);
    const total = Number(/^Blockers: (\d+)/.exec(row.label)![1]);
    expect(counts).toBe(total);
    // Every blocker but the triggered kill criterion, which has its own row.
    expect(total).toBe(totalBlockers() - 1);
    expect(lines[lines.length - 1]).toBe(`… all ${total} listed under “Open readiness gaps”.`);
    expect(r.cover.facts.map((f) => f.label)).not.toContain('Pilot');
    expect(r.cover.subtitle).toContain('workbook abababababab');
  });

  function totalBlockers(): number {
    return assessReadiness(workbook, problems).gaps.filter((g) => g.severity === 'blocker').length;
  }
});

describe('page 1 with several blockers under a few questions', () => {
  const w = (() => {
    const x = structuredClone(notReadyWorkbook()) as { -readonly [K in keyof Workbook]: any };
    for (const d of x.decisions) d.overrideById = undefined;
    return x as Workbook;
  })();
  const r = build(w);

  it('lists the first blockers of each question in its own row, and counts the rest', () => {
    const tiers = fact(r, 'Risk tiers and controls: 6 blockers').split('\n');
    expect(tiers.filter((l) => l.startsWith('• '))).toHaveLength(3);
    expect(tiers[0]).toBe('• Decision “Extract supplier, amounts and VAT from the invoice” names no one who can override it. Fixes it: Sofia Lindqvist (Risk & Compliance Lead), the governance owner.');
    expect(tiers[3]).toBe('… and 3 more, all listed under “Open readiness gaps”.');
  });
});

