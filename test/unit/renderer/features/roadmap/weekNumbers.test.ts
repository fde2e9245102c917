/**
 * The roadmap numbers its weeks the same way in the app and in the documents: DOMAIN.md's
 * (week 0 is the first week after the sprint; an item of n weeks starting in week s runs in
 * weeks s … s + n − 1).
 */
import { describe, expect, it } from 'vitest';
import type { Workbook } from '../../../../../shared/model';
import { buildReport, type Block } from '../../../../../shared/report';
import { rowTiming } from '../../../../../renderer/features/roadmap/common/derive';
import { timingParts } from '../../../../../renderer/features/roadmap/common/labels';
import { template } from '../../helpers';

/** The "When" cell of item `title` in the sequenced roadmap's item table. */
function documentWhen(w: Workbook, title: string): string {
  const report = buildReport(w, [], { doc: 'roadmap', today: '2026-11-24' });
  const inline = (xs: readonly (string | { text: string })[]) => xs.map((x) => (typeof x === 'string' ? x : x.text)).join('');
  for (const b of report.blocks) {
    if (b.type !== 'table') continue;
    const table = b as Extract<Block, { type: 'table' }>;
    const when = table.columns.findIndex((c) => c.header === 'When');
    const row = table.rows.find((r) => inline(r[0]!.content).startsWith(title));
    if (when >= 0 && row) return inline(row[when]!.content);
  }
  throw new Error(`No row for "${title}" in the roadmap document`);
}

describe('roadmap week numbers', () => {
  const w = template('support-triage');

  it('are the same in the app and in the documents, for an item of several weeks and for one of one week', () => {
    const cases = [
      { id: 'r-threshold', title: 'Confidence threshold and fallback to the general queue' },
      { id: 'r-review', title: 'Quarterly governance review (sending and refunds stay human-only)' },
    ];
    for (const { id, title } of cases) {
      const app = timingParts(rowTiming(w, id))!.weeks;
      expect(documentWhen(w, title).split(';')[0]).toBe(app.toLowerCase());
    }
  });

  it('follow DOMAIN.md: three weeks after a three-week predecessor are weeks 3 to 5', () => {
    // r-logging (3 weeks, no predecessor) runs in weeks 0–2; r-threshold (2 weeks) follows it.
    expect(timingParts(rowTiming(w, 'r-logging'))!.weeks).toBe('Weeks 0–2');
    expect(timingParts(rowTiming(w, 'r-threshold'))!.weeks).toBe('Weeks 3–4');
    expect(documentWhen(w, 'Confidence threshold and fallback to the general queue')).toMatch(/^weeks 3–4; /);
  });
});
