/**
 * React's view of the block timer (timer.ts): the workbook's timer store, and a clock that
 * ticks while a block runs so the time left redraws, and stands still otherwise.
 */
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { timerFor, type TimerState } from './timer';

export function useTimer<T>(workbookId: string, pick: (s: TimerState) => T): T {
  return useStore(timerFor(workbookId), pick);
}

/** Date.now(), redrawn every `everyMs` while `ticking`. */
export function useNow(ticking: boolean, everyMs = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!ticking) return undefined;
    setNow(Date.now());
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [ticking, everyMs]);
  return now;
}
