import { describe, expect, it } from 'vitest';
import { gridKeyAction } from '../../../../../renderer/features/owners/raci/gridKeys';

const at = { row: 3, col: 2 };

describe('the RACI matrix keyboard', () => {
  it('moves by a cell with the arrows, stopping at the edges', () => {
    expect(gridKeyAction('ArrowRight', false, at, 10, 5)).toEqual({ kind: 'move', to: { row: 3, col: 3 } });
    expect(gridKeyAction('ArrowUp', false, { row: 0, col: 0 }, 10, 5)).toEqual({ kind: 'move', to: { row: 0, col: 0 } });
  });

  it('moves ten rows with Page Down, to a row’s ends with Home and End, and to the matrix’s with Ctrl', () => {
    expect(gridKeyAction('PageDown', false, at, 10, 5)).toEqual({ kind: 'move', to: { row: 9, col: 2 } });
    expect(gridKeyAction('End', false, at, 10, 5)).toEqual({ kind: 'move', to: { row: 3, col: 4 } });
    expect(gridKeyAction('Home', true, at, 10, 5)).toEqual({ kind: 'move', to: { row: 0, col: 0 } });
  });

  it('goes from a row’s heading into its first cell', () => {
    expect(gridKeyAction('ArrowRight', false, { row: 3, col: -1 }, 10, 5)).toEqual({ kind: 'move', to: { row: 3, col: 0 } });
  });

  it('sets a role with its letter and clears with Delete, but leaves Ctrl+C and the row heading alone', () => {
    expect(gridKeyAction('A', false, at, 10, 5)).toEqual({ kind: 'set', role: 'A' });
    expect(gridKeyAction('Backspace', false, at, 10, 5)).toEqual({ kind: 'set', role: null });
    expect(gridKeyAction('c', true, at, 10, 5)).toBeNull();
    expect(gridKeyAction('r', false, { row: 3, col: -1 }, 10, 5)).toBeNull();
    expect(gridKeyAction('x', false, at, 10, 5)).toBeNull();
  });
});
