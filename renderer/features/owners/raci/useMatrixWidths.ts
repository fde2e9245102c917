/**
 * The widths of the matrix's columns: the subject column as wide as SUBJECT_W when there is
 * room, narrower (down to SUBJECT_MIN, titles ending in "…" with the whole title as their
 * tooltip) and then the people's columns down to COL_MIN when the stage is narrow — 1280×720
 * at 150 % — so that the matrix fits without scrolling sideways.
 * Only a matrix with more people than the stage has columns for still scrolls inside its own
 * area, with the subjects kept in view (sticky).
 */
import { useContentWidth } from '../../../hooks/useContentWidth';
import { COL_W, SUBJECT_W } from './geometry';

export const SUBJECT_MIN = 160;
/** A person's column at its narrowest: the 36-pixel cell and a little air. */
export const COL_MIN = 40;

export interface MatrixWidths { readonly subject: number; readonly column: number }

/** The columns for `people` people in `available` pixels (the scroll area's border included). */
export function matrixWidths(available: number, people: number): MatrixWidths {
  const room = Math.floor(available - 2);
  const subject = Math.max(SUBJECT_MIN, Math.min(SUBJECT_W, room - people * COL_W));
  if (subject + people * COL_W <= room || people === 0) return { subject, column: COL_W };
  const column = Math.max(COL_MIN, Math.floor((room - SUBJECT_MIN) / people));
  return { subject: SUBJECT_MIN, column };
}

export function useMatrixWidths(box: HTMLElement | null, people: number): MatrixWidths {
  const available = useContentWidth(box?.parentElement);
  return available === null ? { subject: SUBJECT_W, column: COL_W } : matrixWidths(available, people);
}
