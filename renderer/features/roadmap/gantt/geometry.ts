/**
 * The Gantt's geometry, from the arrangement and the schedule alone: how wide a week is, where
 * each row sits, the week ticks (with dates when the sprint has a start date), and the path of
 * each dependency arrow. Rows and phase bands have fixed heights, so the arrows drawn over the
 * rows can be computed instead of measured.
 */
import { addDays } from '../../../../shared/logic';
import { PHASES } from '../../../../shared/model';
import type { Arrangement } from '../common/derive';

export const LABEL_W = 360;
export const ROW_H = 44;
export const PHASE_H = 40;
export const BAR_H = 24;
const TRACK_AIM = 680;

/** Columns to draw: the roadmap's length and a little room to grow into. */
export function columnsFor(totalWeeks: number): number {
  return Math.max(8, totalWeeks + 2);
}

/** Weeks as wide as fit the usual screen (or `track` pixels), never so narrow a bar's end cannot be grabbed. */
export function weekWidth(columns: number, track = TRACK_AIM): number {
  return Math.max(16, Math.min(56, Math.floor(track / columns)));
}

/**
 * The item names' column in a chart `available` pixels wide: LABEL_W when there is room, down
 * to a third of a narrow stage (1280×720 at 150 %), so the weeks fit beside it without a
 * sideways scroll. Null (not measured): LABEL_W.
 */
export function labelWidth(available: number | null): number {
  return available === null ? LABEL_W : Math.round(Math.min(LABEL_W, Math.max(160, available * 0.32)));
}

export interface RowPlace { readonly top: number; readonly mid: number }

/** Where each item's row sits, top to bottom: each phase's band, then its rows (an empty phase keeps one row to drop into). */
export function rowPlaces(arrangement: Arrangement): { places: Map<string, RowPlace>; height: number } {
  const places = new Map<string, RowPlace>();
  let y = 0;
  for (const phase of PHASES) {
    y += PHASE_H;
    const ids = arrangement[phase];
    if (ids.length === 0) y += ROW_H;
    for (const id of ids) {
      places.set(id, { top: y, mid: y + ROW_H / 2 });
      y += ROW_H;
    }
  }
  return { places, height: y };
}

export interface WeekTick { readonly week: number; readonly x: number; readonly date: string | null }

/** A tick every few weeks, spaced so that labels never collide; `weekZero` adds their dates. */
export function weekTicks(columns: number, weekW: number, weekZero: string | null): WeekTick[] {
  const every = [1, 2, 4, 8, 13, 26, 52].find((k) => k * weekW >= (weekZero ? 64 : 36)) ?? 52;
  const ticks: WeekTick[] = [];
  for (let week = 0; week <= columns; week += every) {
    ticks.push({ week, x: week * weekW, date: weekZero ? addDays(weekZero, 7 * week) : null });
  }
  return ticks;
}

export interface ArrowEnds { readonly fromEnd: number; readonly fromMid: number; readonly toStart: number; readonly toMid: number }

/**
 * An elbow from the end of the predecessor's bar to the start of the dependent's bar. When the
 * dependent starts right where the predecessor ends there is no room for an elbow: the arrow
 * then drops onto the top (or bottom) edge of the dependent's bar.
 */
export function arrowPath(a: ArrowEnds): string {
  const { fromEnd: x1, fromMid: y1, toStart: x2, toMid: y2 } = a;
  if (x2 - x1 >= 20) {
    const bend = x1 + 10;
    return `M${x1} ${y1}H${bend}V${y2}H${x2 - 2}`;
  }
  const x = Math.max(x1, x2) + 10;
  const edge = y2 > y1 ? y2 - BAR_H / 2 - 1 : y2 + BAR_H / 2 + 1;
  return `M${x1} ${y1}H${x}V${edge}`;
}

/** The sprint's start date plus the sprint's two weeks: the first day of week 0. */
export function weekZeroOf(startDate: string | undefined, valid: (d: unknown) => boolean): string | null {
  return startDate && valid(startDate) ? addDays(startDate, 14) : null;
}
