/** Open parking-lot questions in the governance model and the sprint report (issue 13). */
import { describe, expect, it } from 'vitest';
import type { ParkingItem, Workbook } from '../../../../shared/model';
import { buildReport, type Report } from '../../../../shared/report';
import { PARKING_LOT_HEADING } from '../../../../shared/report/sections/parking-lot';
import { rows, section, tables } from './text';
import { readyWorkbook } from './workbooks';

const items: ParkingItem[] = [
  { id: 'q-1', text: 'Who answers refunds over €500?', raisedAt: '2026-11-02T09:30:00Z', raisedBy: 'Ana', status: 'open' },
  { id: 'q-2', text: 'Is the tone formal?', raisedAt: '2026-11-02T10:00:00Z', status: 'resolved', resolution: 'Yes' },
  { id: 'q-3', text: 'Measure reopen rate', raisedAt: '2026-11-03T23:30:00-05:00', status: 'open' },
  { id: 'q-4', text: 'Add a QA lead', raisedAt: '2026-11-03T11:00:00Z', status: 'converted' },
];
const withLot = (lot: readonly ParkingItem[]): Workbook => ({ ...readyWorkbook(), locale: 'en-US', parkingLot: lot });
const build = (w: Workbook, doc: Report['kind']) => buildReport(w, [], { doc, today: '2026-11-24' });
const hasHeading = (r: Report) => r.blocks.some((b) => b.type === 'heading' && b.text.endsWith(PARKING_LOT_HEADING));

describe('open parking-lot questions in the documents', () => {
  it('list every open question with who raised it and the day, and leave resolved and converted ones out', () => {
    const r = build(withLot(items), 'governance');
    const blocks = section(r, PARKING_LOT_HEADING);
    expect(rows(tables(blocks)[0]!)).toEqual([
      ['Who answers refunds over €500?', 'Ana', 'Nov 2, 2026'],
      ['Measure reopen rate', '—', 'Nov 3, 2026'], // the raiser's day, not UTC's (Nov 4)
    ]);
    expect(blocks.some((b) => b.type === 'paragraph' && b.content.join('').startsWith('2 questions'))).toBe(true);
  });

  it('appear in the full sprint report too, inside the governance part', () => {
    const r = build(withLot(items), 'report');
    const heading = r.blocks.find((b) => b.type === 'heading' && b.text === PARKING_LOT_HEADING);
    expect(heading).toMatchObject({ level: 2 });
  });

  it('leave the section out when nothing is open', () => {
    expect(hasHeading(build(withLot(items.filter((i) => i.status !== 'open')), 'governance'))).toBe(false);
    expect(hasHeading(build(withLot([]), 'report'))).toBe(false);
  });

  it('stay out of the scorecard and the roadmap', () => {
    expect(hasHeading(build(withLot(items), 'scorecard'))).toBe(false);
    expect(hasHeading(build(withLot(items), 'roadmap'))).toBe(false);
  });
});
