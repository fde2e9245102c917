/**
 * The matrix's keyboard, as a pure function: arrow keys move between cells, Home and End to the
 * ends of a row (with Ctrl, of the matrix), Page Up and Page Down ten rows; R, A, C, I set a
 * cell's role and Delete or Backspace clears it (Enter and Space press the cell, which cycles).
 */
import type { RaciRole } from '../../../../shared/model';

export interface Cell {
  /** Place among the subject rows (group headings do not count). */
  readonly row: number;
  readonly col: number;
}

export type GridKeyAction =
  | { readonly kind: 'move'; readonly to: Cell }
  | { readonly kind: 'set'; readonly role: RaciRole | null }
  | null;

const PAGE = 10;
const LETTER: Readonly<Record<string, RaciRole>> = { r: 'R', a: 'A', c: 'C', i: 'I' };

/** What `key` does at `at` in a matrix of `rows` × `cols`; `at.col` is -1 on a row's heading. */
export function gridKeyAction(key: string, ctrl: boolean, at: Cell, rows: number, cols: number): GridKeyAction {
  const clamp = (row: number, col: number): GridKeyAction =>
    ({ kind: 'move', to: { row: Math.max(0, Math.min(rows - 1, row)), col: Math.max(0, Math.min(cols - 1, col)) } });
  switch (key) {
    case 'ArrowRight': return clamp(at.row, at.col + 1);
    case 'ArrowLeft': return clamp(at.row, at.col - 1);
    case 'ArrowDown': return clamp(at.row + 1, at.col);
    case 'ArrowUp': return clamp(at.row - 1, at.col);
    case 'PageDown': return clamp(at.row + PAGE, at.col);
    case 'PageUp': return clamp(at.row - PAGE, at.col);
    case 'Home': return ctrl ? clamp(0, 0) : clamp(at.row, 0);
    case 'End': return ctrl ? clamp(rows - 1, cols - 1) : clamp(at.row, cols - 1);
    case 'Delete': case 'Backspace': return at.col < 0 || ctrl ? null : { kind: 'set', role: null };
    default: {
      const role = LETTER[key.toLowerCase()];
      return role && !ctrl && at.col >= 0 ? { kind: 'set', role } : null;
    }
  }
}
