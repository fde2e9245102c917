import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadWorkbook } from '../../../../shared/format';
import type { Workbook } from '../../../../shared/model';
import { buildReport, defaultPageSize, exportFileName, type Block, type Report } from '../../../../shared/report';
import { unicodeWorkbook } from '../../../fixtures/unicode-workbook';
import { INVOICE_EXAMPLE } from '../../../fixtures/examples';

const exampleText = readFileSync(INVOICE_EXAMPLE, 'utf8');
const opened = loadWorkbook(exampleText);
if (!opened.ok) throw new Error('example must open');
const example = opened.workbook;

function headings(r: Report, level?: number): string[] {
  return r.blocks.filter((b): b is Extract<Block, { type: 'heading' }> => b.type === 'heading' && (level === undefined || b.level === level)).map((b) => b.text);
}

/** All text of a report, flattened, to search for what a reader would see. */
function text(r: Report): string {
  const parts: string[] = [r.cover.title, r.cover.subtitle, r.cover.verdict.text, ...r.cover.facts.map((f) => `${f.label} ${f.value}`)];
  const inline = (xs: readonly (string | { text: string })[]) => xs.map((x) => (typeof x === 'string' ? x : x.text)).join('');
  for (const b of r.blocks) {
    if (b.type === 'heading') parts.push(b.text);
    if (b.type === 'paragraph') parts.push(inline(b.content));
    if (b.type === 'callout') parts.push(b.title, inline(b.content));
    if (b.type === 'list') parts.push(...b.items.map(inline));
    if (b.type === 'facts') parts.push(...b.rows.map((row) => `${row.label}: ${inline(row.value)}`));
    if (b.type === 'table') parts.push(...b.columns.map((c) => c.header), ...b.rows.flatMap((row) => row.map((c) => inline(c.content))), b.emptyText ?? '');
  }
  // Intl puts no-break spaces between numbers and units; a reader sees spaces.
  return parts.join('\n').replace(/[\u00a0\u202f]/g, ' ');
}

const build = (w: Workbook, doc: Report['kind']) => buildReport(w, [], { doc, today: '2026-11-24' });

describe('the governance model', () => {
  const r = build(example, 'governance');

  it('has the sections a stakeholder expects, in order', () => {
    expect(headings(r, 1)).toEqual([
      'Summary', 'Intended use, out-of-scope uses and stakeholders', 'Where the AI sits in the workflow', 'Risk-tier policy',
      'Decision register', 'Human oversight and logging', 'ISO/IEC 42001 Annex A', 'Ownership and escalation',
      'Sign-off of the residual risk', 'Open readiness gaps', 'Appendix: revision history', 'Appendix: the sprint, day by day',
    ]);
  });

  it('states the readiness verdict on the cover', () => {
    expect(r.cover.verdict).toEqual({ text: 'Not ready to scale: 2 blockers open', tone: 'amber' });
    expect(r.cover.date).toBe('24.\u00a0November 2026');
  });

  it('draws the example’s workflow map as one figure, each step once and every lane named', () => {
    const maps = r.blocks.filter((b): b is Extract<Block, { type: 'figure' }> => b.type === 'figure' && b.caption.startsWith('The workflow map'));
    expect(maps).toHaveLength(1);
    const texts = maps[0]!.figure.shapes.filter((s) => s.kind === 'text').map((s) => (s as { text: string }).text);
    for (const lane of example.workflow.lanes) expect(texts).toContain(lane.name);
    for (const node of example.workflow.nodes) expect(texts.filter((t) => t.endsWith(node.label))).toHaveLength(1);
    expect(text(r)).not.toMatch(/part \d+ of \d+/);
  });

  it('gives each decision its suggested and adopted tier, the override reason and its people', () => {
    const t = text(r);
    expect(t).toContain('Send a payment-status reply to the supplier');
    expect(t).toContain('Why it differs: Replies only restate the ERP payment status; templates were approved by Legal.');
    expect(t).toMatch(/Suggested tier: Medium: Action “draft” starts at low\. Customer-facing: at least medium\./);
    expect(t).toContain('Financial exposure 18.000 € is at or above the high threshold 10.000 €: high.');
    expect(t).toContain('Override authority: Tomasz Wójcik (AP Clerk)');
  });

  it('lists the open readiness gaps with their location in words, never as a JSON pointer', () => {
    const t = text(r);
    expect(t).toContain('Metric “Invoices reopened after posting”, its kill criterion');
    expect(t).not.toContain('/metrics/2/kill');
  });

  it('keeps the long list of every step for the full report’s appendix', () => {
    expect(headings(r)).not.toContain('Every step of the workflow');
    expect(headings(build(example, 'report'), 1)).toContain('Appendix: every step of the workflow');
  });

  it('says what is missing instead of failing on an empty workbook', () => {
    const empty = loadWorkbook(JSON.stringify({ format: 'sprintbook', schemaVersion: 1, id: 'e', title: 'Empty', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', pilot: { name: '' }, sprint: {}, workflow: {}, ownership: {} }));
    if (!empty.ok) throw new Error('must open');
    const t = text(build(empty.workbook, 'report'));
    expect(t).toContain('No workflow has been mapped yet.');
    expect(t).toContain('No decisions have been inventoried yet.');
    expect(t).toContain('No metrics have been recorded yet.');
    expect(t).toContain('No roadmap has been sequenced yet.');
    expect(t).toContain('Not named yet');
  });
});

describe('the KPI scorecard', () => {
  it('states a triggered kill criterion plainly at the top and blocks its gated items', () => {
    const w = structuredClone(example) as any;
    w.metrics[1].observations.push({ date: '2027-02-05', value: 4.6 });
    const r = build(w, 'scorecard');
    // The contents page and its page break come first (a renderer drops them in a short
    // document), then the scorecard's heading: the callout is the first thing under it.
    const start = r.blocks.findIndex((b) => b.type === 'heading');
    expect(r.blocks.slice(0, start).every((b) => b.type === 'toc' || b.type === 'page-break')).toBe(true);
    const first = r.blocks[start + 1];
    expect(first).toMatchObject({ type: 'callout', tone: 'red', title: 'Stop and redesign: Coding error rate' });
    expect(text(r)).toContain('It blocks “Coding proposals with clerk confirmation” and “Extend to the two other legal entities”; waiting on them: “Quarterly governance review”.');
  });

  it('shows every status in words as well as colour', () => {
    const t = text(build(example, 'scorecard'));
    expect(t).toContain('Red: kill threshold breached');
    expect(t).toContain('Amber: not yet at target');
    expect(t).toContain('No data yet');
    expect(t).toContain('Breached, but before its evaluation date: not yet triggered.');
  });

  it('formats values and changes in the workbook locale', () => {
    const t = text(build(example, 'scorecard'));
    expect(t).toContain('6,4 minutes');
    expect(t).toMatch(/[-−]41,8 %/);
  });
});

describe('the sequenced roadmap', () => {
  const r = build(example, 'roadmap');

  it('names the critical path and the dates', () => {
    const t = text(r);
    expect(t).toContain('Critical path: 1. Decision logging in the ERP audit trail\n2. Confidence threshold and fallback to manual keying\n3. ');
    expect(t).toContain('Length: 17 weeks');
    expect(t).toContain('Runs: 19. Oktober 2026 to 14. Februar 2027');
    // Three weeks from week 0: weeks 0, 1 and 2, the last ending on the Sunday before week 3.
    expect(t).toContain('weeks 0–2; 19.10.2026 – 08.11.2026');
  });

  it('draws the Gantt chart with critical bars marked', () => {
    expect(r.blocks.some((b) => b.type === 'figure' && b.caption.startsWith('The schedule by week'))).toBe(true);
  });

  it('cuts a long roadmap into several Gantt figures', () => {
    const w = structuredClone(example) as any;
    w.roadmap = Array.from({ length: 90 }, (_, i) => ({ id: `r${i}`, title: `Item ${i}`, phase: 'foundation', weeks: 1, dependsOn: [], decisionIds: [], metricIds: [] }));
    const figures = build(w, 'roadmap').blocks.filter((b) => b.type === 'figure');
    expect(figures.length).toBe(3);
  });
});

describe('the sprint report', () => {
  it('holds all three documents under part headings with a table of contents', () => {
    const r = build(example, 'report');
    expect(r.blocks[0]).toEqual({ type: 'toc', title: 'Contents' });
    expect(headings(r, 1)).toEqual(['Readiness', 'Governance model', 'KPI scorecard', 'Sequenced roadmap', 'Appendix: every step of the workflow']);
  });
});

describe('document basics', () => {
  it('chooses US Letter for American locales and A4 elsewhere', () => {
    expect(defaultPageSize('en-US')).toBe('letter');
    expect(defaultPageSize('en-CA')).toBe('letter');
    expect(defaultPageSize('de-DE')).toBe('a4');
    expect(defaultPageSize('en-GB')).toBe('a4');
    expect(defaultPageSize(undefined)).toBe('letter');
  });

  it('lets the caller override the page size', () => {
    expect(buildReport(example, [], { doc: 'governance', today: '2026-11-24', page: 'letter' }).page).toBe('letter');
  });

  it('names files after the title, in any script', () => {
    expect(exportFileName(example, 'governance', 'pdf')).toBe('accounts-payable-invoice-approval-ai-scale-up-sprint-governance.pdf');
    expect(exportFileName(unicodeWorkbook(), 'report', 'docx')).toBe('άλφα-κάππα-пилот-сортировка-co-b-report.docx');
  });

  it('is deterministic for the same workbook and date', () => {
    expect(JSON.stringify(build(example, 'report'))).toBe(JSON.stringify(build(example, 'report')));
  });
});
