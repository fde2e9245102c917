/**
 * The block timer on the phones: while the room shows an agenda block that the top bar's timer
 * (state/timer.ts) is running, each start, pause, resume, five more minutes or stop is sent to
 * the room as the block with its time left, and the phones count down from it.
 */
import { useEffect } from 'react';
import type { Focus, Timer } from '../../../shared/room';
import { remainingMs, timerFor, type TimerRun } from '../../state/timer';
import { blockFocus } from '../../state/roomFocus';
import { useTimer } from '../../state/useTimer';
import { useRoomSession } from './useRoom';

/** The room's timer for the block `day`/`title` from `run`, when the run is that block's. */
export function roomTimerOf(run: TimerRun | null, day: number, title: string, now = Date.now()): Timer | undefined {
  if (!run || run.block.day !== day || run.block.title !== title) return undefined;
  const seconds = Math.round(remainingMs(run, now) / 1000);
  return { running: run.status === 'running', remainingSeconds: Math.max(-86_400, Math.min(86_400, seconds)) };
}

/** The block `day`/`title` as the phones should see it, with its timer when the top bar runs it. */
export function blockWithTimer(workbookId: string, day: number, title: string, minutes: number): Focus {
  return blockFocus(day, title, minutes, roomTimerOf(timerFor(workbookId).getState().run, day, title));
}

export function useBlockTimerRelay(workbookId: string): void {
  const session = useRoomSession();
  const run = useTimer(workbookId, (s) => s.run);
  useEffect(() => {
    const focus = session.client?.view.focus;
    if (focus?.kind !== 'block') return;
    const timer = roomTimerOf(run, focus.day, focus.title);
    if (!timer && !focus.timer) return;
    const next = blockFocus(focus.day, focus.title, focus.minutes, timer);
    void session.run('Show the block’s timer', (c) => c.show(next));
  }, [session, run]);
}
