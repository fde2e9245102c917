/**
 * Named snapshots (issue 13, "Day snapshots and what changed"): versions the facilitator keeps
 * on purpose ("Take snapshot"), and one at the end of each sprint day. Unlike the rolling
 * snapshots they are never pruned: they go only with their workbook.
 *
 * The end-of-day rule: the first save on a new calendar day (the machine's local date) keeps
 * the version as the last day that was edited ended, before that save overwrites it. It is named
 * "End of day N", N being the sprint day of that date (working days from the sprint's start
 * date, as the agenda counts them), or "End of <date>" on a date outside the ten days or in a
 * workbook without a start date. A workbook not edited over a weekend gets one such snapshot,
 * for the last day it was edited.
 */
import type { Workbook } from '../../shared/model';
import { serializeWorkbook } from '../../shared/format/serialize';
import { sprintDayOn } from '../state/agenda';
import type { SnapshotRow, SprintbookDb, WorkbookRow } from './db';
import { summarize } from './records';

/** The longest name kept; a longer one is cut (the snapshot keeps everything else). */
export const SNAPSHOT_NAME_MAX = 80;

/** `YYYY-MM-DD` of instant `ms` on this machine's calendar (the facilitator's day, not UTC's). */
export function localDate(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** "End of day 3", or "End of 2026-03-14" outside the sprint's ten days. */
export function endOfDayName(startDate: string | undefined, date: string): string {
  const day = sprintDayOn(startDate, date);
  return day === null ? `End of ${date}` : `End of day ${day}`;
}

/** Keeps `w` as it is now under `name`; resolves to the snapshot's id. A blank name is refused with a message. */
export async function takeNamedSnapshot(db: SprintbookDb, w: Workbook, name: string, now: number): Promise<number> {
  const trimmed = name.trim();
  if (trimmed === '') throw new Error('A snapshot needs a name: type one, such as "Before the steering meeting".');
  const row: SnapshotRow = {
    workbookId: w.id, takenAt: now, reason: 'named', name: [...trimmed].slice(0, SNAPSHOT_NAME_MAX).join(''),
    title: w.title, text: serializeWorkbook(w), summary: summarize(w),
  };
  return (await db.snapshots.add(row)) as number;
}

/**
 * Called inside autosave's transaction, before `previous` is overwritten at `now`: when `now` is
 * on a later local date than `previous` was saved, keeps `previous` as that day's end.
 */
export async function endOfDayIfDue(db: SprintbookDb, previous: WorkbookRow, now: number): Promise<void> {
  const day = localDate(previous.savedAt);
  if (localDate(now) <= day) return;
  const already = await db.snapshots.where('[workbookId+takenAt]').equals([previous.id, previous.savedAt])
    .filter((s) => s.reason === 'end-of-day').count();
  if (already > 0) return;
  await db.snapshots.add({
    workbookId: previous.id, takenAt: previous.savedAt, reason: 'end-of-day', name: endOfDayName(startDateOf(previous.text), day),
    title: previous.title, text: previous.text, summary: previous.summary,
  });
}

/** The sprint's start date, read from the stored text without the loader (it is only a name). */
function startDateOf(text: string): string | undefined {
  try {
    const start = (JSON.parse(text) as { sprint?: { startDate?: unknown } }).sprint?.startDate;
    return typeof start === 'string' ? start : undefined;
  } catch {
    return undefined;
  }
}
