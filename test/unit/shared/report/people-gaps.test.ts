/** The governance model's people table and its list of open gaps, as a reader scans them. */
import { describe, expect, it } from 'vitest';
import type { Workbook } from '../../../../shared/model';
import { buildReport, type Block } from '../../../../shared/report';
import { notReadyWorkbook, problemsOf } from './workbooks';
import { rows, section, tables } from './text';

type Mutable = { -readonly [K in keyof Workbook]: any };
const governance = (w: Workbook) => buildReport(w, problemsOf(w), { doc: 'governance', today: '2026-12-01' });
const peopleTable = (w: Workbook) => tables(section(governance(w), 'People in the sprint'))[0]!;

describe('the people table', () => {
  it('leaves out a column nobody has a value in', () => {
    const w = structuredClone(notReadyWorkbook()) as Mutable;
    for (const x of w.people) { x.email = undefined; x.team = undefined; }
    expect(peopleTable(w as Workbook).columns.map((c) => c.header)).toEqual(['Name', 'Role']);
  });

  it('keeps a column when one person has a value, and leaves the others’ cells empty', () => {
    const w = structuredClone(notReadyWorkbook()) as Mutable;
    for (const x of w.people) x.email = undefined;
    w.people[1].email = 'chen.wei@example.com';
    const t = peopleTable(w as Workbook);
    expect(t.columns.map((c) => c.header)).toContain('E-mail');
    const email = t.columns.findIndex((c) => c.header === 'E-mail');
    expect(rows(t).map((r) => r[email])).toEqual(w.people.map((x: { email?: string }) => x.email ?? ''));
  });
});

describe('the open readiness gaps', () => {
  it('list a question’s blockers before its warnings', () => {
    const blocks = section(governance(notReadyWorkbook()), 'Open readiness gaps');
    for (const t of tables(blocks)) {
      const severities = rows(t).map((r) => r[0]);
      expect(severities).toEqual([...severities].sort((a, b) => (a === b ? 0 : a === 'Blocker' ? -1 : 1)));
    }
    expect(tables(blocks).some((t) => new Set(rows(t).map((r) => r[0])).size === 2)).toBe(true);
  });
});

describe('the sprint report', () => {
  it('states the readiness verdict and its four questions once, before the parts', () => {
    const w = notReadyWorkbook();
    const r = buildReport(w, problemsOf(w), { doc: 'report', today: '2026-12-01' });
    const readiness = (blocks: readonly Block[]) => blocks.filter((b) => b.type === 'table' && b.columns[0]?.header === 'Question' && b.columns[1]?.header === 'Verdict');
    expect(readiness(r.blocks)).toHaveLength(1);
    expect(readiness(buildReport(w, problemsOf(w), { doc: 'governance', today: '2026-12-01' }).blocks)).toHaveLength(1);
  });
});
