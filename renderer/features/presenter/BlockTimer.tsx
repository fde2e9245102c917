/**
 * The block timer in the top bar: the running block's name and time left, pause or resume,
 * five more minutes, stop, and the optional end sound. At the end it turns red and counts the
 * overrun; with the sound on (the agenda's switch), it beeps once as it crosses zero, in this
 * window only, so a presenter window does not beep twice.
 */
import { useEffect, useRef, type ReactElement } from 'react';
import { Button } from '../../components/Button';
import { formatRemaining, remainingMs } from '../../state/timer';
import { useNow, useTimer } from '../../state/useTimer';
import { beep } from './beep';

export function BlockTimer({ workbookId }: { workbookId: string }): ReactElement | null {
  const run = useTimer(workbookId, (s) => s.run);
  const sound = useTimer(workbookId, (s) => s.sound);
  const actions = useTimer(workbookId, (s) => s);
  const now = useNow(run?.status === 'running');
  const left = run ? remainingMs(run, now) : 0;
  const over = run !== null && left <= 0;
  const wasOver = useRef(over);
  useEffect(() => {
    if (over && !wasOver.current && sound) beep();
    wasOver.current = over;
  }, [over, sound]);
  if (!run) return null;
  const state = run.status === 'paused' ? 'paused' : over ? 'over' : 'running';
  const said = state === 'over' ? 'Time is up' : state === 'paused' ? 'Paused' : 'Time left';
  return (
    <div className={`block-timer is-${state}`} role="timer" aria-label={`Block timer: ${run.block.title}`}>
      <span className="block-timer-title" title={`Day ${run.block.day}: ${run.block.title}`}>{run.block.title}</span>
      <span className="block-timer-time" aria-label={`${said}: ${formatRemaining(left)}`}>{formatRemaining(left)}</span>
      {run.status === 'running'
        ? <Button size="sm" variant="ghost" onClick={actions.pause}>Pause</Button>
        : <Button size="sm" variant="ghost" onClick={actions.resume}>Resume</Button>}
      <Button size="sm" variant="ghost" onClick={() => actions.addMinutes(5)} aria-label="Five more minutes">+5 min</Button>
      <Button size="sm" variant="ghost" onClick={actions.stop} aria-label="Stop timing this block">Stop</Button>
    </div>
  );
}
