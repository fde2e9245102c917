/**
 * The questions the room parked and nobody has answered yet (DOMAIN.md 1.1 parking lot): a
 * stakeholder reading the governance model should see what is still open, not only what was
 * decided. Resolved and converted items are left out (a converted one is its record now); with
 * no open item the section is left out too.
 */
import type { ReportContext } from '../context';
import type { Block } from '../types';
import { cell, col, h1, p, table } from '../blocks';

export const PARKING_LOT_HEADING = 'Open questions from the parking lot';

export function parkingLotSection(ctx: ReportContext): Block[] {
  const open = (ctx.w.parkingLot ?? []).filter((item) => item.status === 'open');
  if (open.length === 0) return [];
  return [
    h1(PARKING_LOT_HEADING),
    p(open.length === 1
      ? 'One question raised during the sprint is still open. It is not a readiness gap, but someone should answer it before the rollout.'
      : `${open.length} questions raised during the sprint are still open. They are not readiness gaps, but someone should answer them before the rollout.`),
    table([col('Question', 9), col('Raised by', 3), col('Raised on', 2.6)], open.map((item) => [
      cell(item.text),
      cell(item.raisedBy?.trim() ? item.raisedBy : '—'),
      // The date as the room wrote it (the raiser's own day), never shifted by the exporting machine's zone.
      cell(ctx.fmt.shortDate(item.raisedAt.slice(0, 10))),
    ])),
  ];
}
