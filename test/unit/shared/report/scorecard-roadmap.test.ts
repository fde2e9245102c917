/**
 * The KPI scorecard beside each status: baseline grade, natural process limits, signal, the
 * "inside the noise" warnings and a trend arrow with the previous value; its observation tables;
 * and the roadmap's slack, gate deciders and what-if per kill criterion.
 */
import { describe, expect, it } from 'vitest';
import type { Workbook } from '../../../../shared/model';
import { buildReport } from '../../../../shared/report';
import { notReadyWorkbook, problemsOf, stoppedWorkbook } from './workbooks';
import { reportText, rows, section, tables } from './text';

type Mutable = { -readonly [K in keyof Workbook]: any };
const build = (w: Workbook, doc: 'scorecard' | 'roadmap') => buildReport(w, problemsOf(w), { doc, today: '2026-12-01' });
const edit = (change: (w: Mutable) => void): Workbook => {
  const w = structuredClone(notReadyWorkbook()) as Mutable;
  change(w);
  return w as Workbook;
};

describe('the scorecard at a glance', () => {
  const r = build(notReadyWorkbook(), 'scorecard');
  const glance = rows(tables(section(r, 'Scorecard at a glance'))[0]!);
  const touch = glance.find((row) => row[0] === 'Touch time per invoice')!;

  it('gives the baseline with its grade and the latest value with its trend against the previous one', () => {
    expect(touch[1]).toBe('11 minutes\ngrade B');
    expect(touch[3]).toBe('6,4 minutes\n↓ down from 7,1 minutes (better)');
  });

  it('puts the signal beside the status and the natural process limits beside them', () => {
    expect(touch[5]).toBe('Amber: not yet at target\nSignal: a real change since the baseline');
    expect(touch[6]).toBe('9,02 minutes to 13,33 minutes (mean 11,17 minutes)');
    const error = glance.find((row) => row[0] === 'Coding error rate')!;
    expect(error[5]).toBe('Red: kill threshold breached\nSignal unknown: too few baseline points');
    expect(error[6]).toBe('none yet');
  });

  it('says no kill criterion is triggered yet, and states the threshold already breached before its criterion is judged', () => {
    const blocks = section(r, 'Scorecard at a glance');
    const opening = blocks.find((b) => b.type === 'paragraph');
    expect(opening?.type === 'paragraph' && opening.content[0]).toEqual({ text: 'No kill criterion is triggered yet. ', bold: true });
    const early = blocks.find((b) => b.type === 'callout' && b.title === 'Past its kill threshold, not judged yet: Coding error rate');
    expect(early?.type === 'callout' && early.tone).toBe('amber');
    expect(early?.type === 'callout' && String(early.content[0]).replace(/\u00a0/g, ' ')).toContain('4,4 % on 30. November 2026 is past the kill threshold of 4 %, but the criterion is judged only from 29. Januar 2027');
  });

  it('says plainly that no kill criterion is triggered when no threshold is breached', () => {
    const calm = build(edit((w) => { for (const m of w.metrics) if (m.kill) m.kill.threshold = m.direction === 'increase' ? -1e9 : 1e9; }), 'scorecard');
    const blocks = section(calm, 'Scorecard at a glance');
    const opening = blocks.find((b) => b.type === 'paragraph');
    expect(opening?.type === 'paragraph' && opening.content[0]).toEqual({ text: 'No kill criterion is triggered. ', bold: true });
    expect(blocks.filter((b) => b.type === 'callout' && b.title.startsWith('Past its kill threshold'))).toEqual([]);
  });

  it('warns when a kill threshold or a target lies inside the noise', () => {
    const noisy = build(edit((w) => { w.metrics[0].kill.threshold = 10; w.metrics[0].target.value = 12.5; }), 'scorecard');
    const warning = section(noisy, 'Scorecard at a glance').find((b) => b.type === 'callout' && b.title === 'Inside the noise');
    expect(reportText({ ...noisy, blocks: warning ? [warning] : [] })).toContain(
      'The kill threshold of “Touch time per invoice” (10 minutes) lies inside the natural process limits 9,02 minutes to 13,33 minutes: noise alone can trigger it. '
      + 'The target of “Touch time per invoice” (12,5 minutes) lies inside the natural process limits 9,02 minutes to 13,33 minutes: reaching it proves nothing.');
  });

  it('writes the trend in words beside the arrow, for readers who cannot see it', () => {
    const up = build(edit((w) => { w.metrics[0].observations.push({ date: '2026-11-27', value: 6.9 }); }), 'scorecard');
    expect(reportText(up)).toContain('Trend: ↑ up from 6,4 minutes (worse)');
  });
});

describe('observation tables', () => {
  it('list every observation when there are few', () => {
    const t = reportText(build(notReadyWorkbook(), 'scorecard'));
    expect(t).toContain('All 15 observations, oldest first:');
  });

  it('say how many they leave out when there are many', () => {
    const many = build(edit((w) => {
      w.metrics[1].observations = Array.from({ length: 40 }, (_, i) => ({ date: `2026-09-${String((i % 28) + 1).padStart(2, '0')}`, value: 3 + i / 100, ...(i === 3 ? { note: 'Month-end spike' } : {}) }));
    }), 'scorecard');
    const detail = section(many, 'Coding error rate');
    expect(rows(tables(detail)[0]!)).toHaveLength(7);
    expect(reportText({ ...many, blocks: detail })).toContain('7 of 40 observations, those with a note and the latest 6; the other 33 are not listed, and the chart draws all 40:');
    // Said above the table, so the documents keep it with the table's first rows.
    const note = detail.findIndex((b) => b.type === 'paragraph' && b.style === 'small' && /^7 of 40/.test(String(b.content[0])));
    expect(detail[note + 1]?.type).toBe('table');
  });
});

describe('the roadmap', () => {
  const r = build(stoppedWorkbook(), 'roadmap');

  it('gives every item its slack: a 2-week item beside a 3-week one in the same phase can slip a week', () => {
    const foundation = rows(tables(section(r, 'Foundation'))[0]!);
    expect(foundation.map((row) => [row[0]!.replace(/\s+Critical$/, ''), row[2]])).toEqual([
      ['Decision logging in the ERP audit trail', 'none'],
      ['Weekly KPI dashboard from ERP timestamps', '1 week'],
    ]);
  });

  it('says who decides each gate: the owners of its metrics', () => {
    const t = reportText({ ...r, blocks: section(r, 'Scale') });
    expect(t).toContain('Extend to the two other legal entities: Touch time per invoice');
    expect(t).toContain('Decided by Inès Fabre (Head of Accounts Payable), Sofia Lindqvist (Risk & Compliance Lead).');
  });

  it('gives each phase its items right under its heading, and their gates after them', () => {
    const scale = section(r, 'Scale');
    expect(scale.slice(0, 4).map((b) => b.type)).toEqual(['heading', 'table', 'paragraph', 'list']);
    const gates = scale[2]!.type === 'paragraph' ? scale[2]!.content.map((x) => (typeof x === 'string' ? x : x.text)).join('') : '';
    expect(gates).toBe('Gates. Go/no-go decision before this item starts:');
  });

  it('says every item of a later phase waits only when every one of them does', () => {
    const w = edit((x) => { for (const item of x.roadmap) if (item.phase === 'scale' && item.gate) item.gate = undefined; });
    const whatIf = rows(tables(section(build(w, 'roadmap'), 'What each kill criterion would stop'))[0]!);
    const scale = whatIf.map((row) => row[2]!).filter((t) => /of Scale/.test(t));
    expect(scale.length).toBeGreaterThan(0);
    for (const t of scale) expect(t).toMatch(/\b[Ee]very item of Scale \(2 items\), through the phase gate/);
  });

  it('warns beside a gate that comes before the kill criteria it rests on count, and only there', () => {
    const early = build(notReadyWorkbook(), 'roadmap');
    const gates = reportText({ ...early, blocks: section(early, 'Phases and gates') }).split('\n');
    const extend = gates.find((l) => l.startsWith('Extend to the two other legal entities: '))!;
    expect(extend).toContain('The gate comes too early: the item starts on 28. Dezember 2026, and the kill criteria it rests on count only later '
      + '(Touch time per invoice, Coding error rate, Invoices paid within terms from 29. Januar 2027).');
    const counted = edit((w) => { for (const m of w.metrics) if (m.kill) m.kill.evaluateOn = '2026-10-01'; });
    const calm = build(counted, 'roadmap');
    expect(reportText({ ...calm, blocks: section(calm, 'Phases and gates') })).not.toContain('too early');
  });

  it('says for each kill criterion which items it would block and which later items would wait', () => {
    const whatIf = rows(tables(section(r, 'What each kill criterion would stop'))[0]!);
    expect(whatIf[1]).toEqual([
      'Coding error rate (above 4 %) — triggered now',
      '“Coding proposals with clerk confirmation”, “Extend to the two other legal entities”',
      // Scale has two items: the criterion blocks one itself, so only the other waits.
      'The other item of Scale, through the phase gate: “Quarterly governance review”',
    ]);
    expect(whatIf.find((row) => row[0]!.startsWith('Cost per invoice processed'))).toEqual([
      'Cost per invoice processed (above 9,4 EUR)', 'Nothing: no item has a gate on it', '—',
    ]);
  });
});

describe('the Gantt chart’s caption', () => {
  const captions = (w: Workbook) => build(w, 'roadmap').blocks
    .flatMap((b) => (b.type === 'figure' && b.caption.startsWith('The schedule by week') ? [b.caption] : []));

  it('names the colours its bars show, and no colour it does not show', () => {
    const [caption] = captions(notReadyWorkbook());
    expect(caption).toBe('The schedule by week. Each bar is an item: blue, or red on the critical path. Arrows lead from an item to those that depend on it.');
  });

  it('names grey bars when a kill criterion blocks an item', () => {
    expect(captions(stoppedWorkbook())[0]).toContain('grey where a kill criterion blocks it');
  });
});
