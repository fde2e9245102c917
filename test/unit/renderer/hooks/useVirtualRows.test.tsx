// @vitest-environment jsdom
/**
 * The window of rows a long table renders (@tanstack/react-virtual behind useVirtualRows), in a
 * DOM where nothing is laid out: the view takes the height it is given, the spacers and rows
 * add up to the whole table, and a scroll or a row to show moves the window.
 */
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useVirtualRows, type VirtualRowsOptions } from '../../../../renderer/hooks/useVirtualRows';

const ROW = 50;
const newBox = () => document.createElement('div');

function rows(count: number, more: Partial<VirtualRowsOptions> = {}) {
  const theBox = newBox();
  return renderHook((props: Partial<VirtualRowsOptions>) => useVirtualRows({
    count, box: theBox, key: (i) => `r${i}`, estimate: () => ROW, overscan: 2, firstHeight: 500, unlaidHeight: 500, ...more, ...props,
  }), { initialProps: {} });
}

describe('the rows a long table renders', () => {
  it('are those in view and an overscan beyond, with spacers for the rest', () => {
    const { result } = rows(300);
    expect(result.current.first).toBe(0);
    expect(result.current.last).toBe(500 / ROW + 2);
    expect(result.current.above).toBe(0);
    expect(result.current.above + (result.current.last - result.current.first) * ROW + result.current.below).toBe(300 * ROW);
  });

  it('are every row where the view is taller than them all', () => {
    const { result } = rows(40, { unlaidHeight: 1e6 });
    expect([result.current.first, result.current.last, result.current.below]).toEqual([0, 40, 0]);
  });

  it('follow a scroll to a row far down, with the least movement or centred', () => {
    const { result } = rows(300);
    act(() => result.current.scrollTo(100, 'nearest'));
    expect(result.current.first).toBeLessThanOrEqual(100);
    expect(result.current.last).toBeGreaterThan(100);
    expect(result.current.bounds(100)).toEqual({ start: 100 * ROW, end: 101 * ROW });
    act(() => result.current.scrollTo(200, 'center'));
    expect(result.current.first).toBeLessThan(200 - 2);
    expect(result.current.last).toBeGreaterThan(200 + 2);
  });

  it('centre on a row asked for before any scroll, below a head', () => {
    const { result, rerender } = rows(300, { headHeight: 100 });
    rerender({ centre: 150 });
    expect(result.current.first).toBeLessThan(150);
    expect(result.current.last).toBeGreaterThan(150);
    expect(result.current.above).toBe(result.current.first * ROW);
  });
});
