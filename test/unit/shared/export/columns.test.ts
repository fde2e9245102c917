/**
 * Column widths: the report's shares, then each column widened to its longest word where the
 * others can spare the room, so "Addressed" never breaks as "Addresse / d".
 */
import { describe, expect, it } from 'vitest';
import { columnWidths } from '../../../../shared/export/columns';
import type { TableBlock } from '../../../../shared/report/types';

/** A word is 5 units a character wide, a bold one 6. */
const measure = (word: string, bold: boolean): number => word.length * (bold ? 6 : 5);

const table = (widths: number[], rows: string[][], headers = widths.map((_, i) => `H${i}`)): TableBlock => ({
  type: 'table',
  columns: widths.map((width, i) => ({ header: headers[i]!, width })),
  rows: rows.map((r) => r.map((text) => ({ content: [text] }))),
});

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

describe('column widths', () => {
  it('are the report\'s shares when every word fits', () => {
    expect(columnWidths(table([1, 3], [['a', 'b c d']]), 400, 10, measure)).toEqual([100, 300]);
  });

  it('widen a narrow column to its longest word, taking the room from columns that can spare it', () => {
    const widths = columnWidths(table([4, 1, 4], [['short words here', 'Addressed', 'more short words']]), 180, 10, measure);
    expect(widths[1]).toBeGreaterThanOrEqual('Addressed'.length * 5 + 10);
    expect(sum(widths)).toBeCloseTo(180, 6);
    expect(widths[0]).toBeCloseTo(widths[2]!, 6);
  });

  it('count the header\'s words in bold', () => {
    const widths = columnWidths(table([4, 1], [['x', 'y']], ['Decision', 'Suggested']), 200, 10, measure);
    expect(widths[1]).toBeGreaterThanOrEqual('Suggested'.length * 6 + 10);
  });

  it('let a word longer than 40% of the table break rather than take the table', () => {
    const token = 'https://example.invalid/averyveryverylongunbrokenidentifier';
    const widths = columnWidths(table([1, 1, 1], [[token, 'b', 'c']]), 300, 10, measure);
    expect(widths[0]).toBeCloseTo(120, 6);
  });

  it('ask nothing for text in scripts that break anywhere', () => {
    expect(columnWidths(table([3, 1], [['a', '審査担当者が請求書を確認する']]), 400, 10, measure)).toEqual([300, 100]);
  });

  it('keep the shares when no column can spare room', () => {
    expect(columnWidths(table([1, 1], [['Extraordinarily', 'Unbelievably']]), 100, 10, measure)).toEqual([50, 50]);
  });
});
