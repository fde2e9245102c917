/**
 * A metric's observations as a table: every one of them when there are few, else those with a
 * note and the latest ones, saying how many are left out (the chart draws them all).
 */
import type { Metric } from '../../model';
import type { ReportContext } from '../context';
import type { Block } from '../types';
import { cell, col, small, table } from '../blocks';

/** Up to this many, every observation is listed. */
export const LIST_ALL_UP_TO = 24;
/** Beyond it, the latest this many are listed with every one that has a note. */
const LATEST = 6;

export function observationsTable(ctx: ReportContext, m: Metric): Block[] {
  const { fmt } = ctx;
  const n = m.observations.length;
  if (n === 0) return [];
  const sorted = m.observations.map((o, i) => ({ o, i })).sort((a, b) => (a.o.date < b.o.date ? -1 : a.o.date > b.o.date ? 1 : a.i - b.i));
  const shown = n <= LIST_ALL_UP_TO ? sorted : sorted.filter((x, k) => x.o.note?.trim() || k >= n - LATEST);
  const omitted = n - shown.length;
  // What the table holds is said above it, where the documents keep it with the table's first
  // rows; said below, it was left alone at the top of the next page.
  return [
    small(omitted === 0
      ? (n === 1 ? 'The only observation so far:' : `All ${n} observations, oldest first:`)
      : `${shown.length} of ${n} observations, those with a note and the latest ${LATEST}; the other ${omitted} are not listed, and the chart draws all ${n}:`),
    table([col('Date', 3.2), col('Value', 2.4, 'right'), col('Note', 9)], shown.map(({ o }) => [cell(fmt.date(o.date)), cell(fmt.value(o.value, m.unit)), cell(o.note ?? '')])),
  ];
}
