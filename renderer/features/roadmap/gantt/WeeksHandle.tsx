/**
 * The end of a bar, to change an item's weeks: drag it with the pointer (snapping to whole
 * weeks, the whole drag one undo step), or focus it and use the arrow keys, as a slider.
 */
import { useRef, type KeyboardEvent, type PointerEvent, type ReactElement } from 'react';
import { MAX_WEEKS, MIN_WEEKS, setItemWeeks } from '../../../state/commands';
import { weeksText } from '../common/labels';
import { useExecute, useSealHistory } from '../../../state/hooks';

interface WeeksHandleProps {
  readonly id: string;
  readonly title: string;
  readonly weeks: number;
  readonly weekW: number;
}

let drags = 0;

export function WeeksHandle({ id, title, weeks, weekW }: WeeksHandleProps): ReactElement {
  const drag = useRef<{ x: number; weeks: number; nonce: number } | null>(null);
  const execute = useExecute();
  const seal = useSealHistory();

  const set = (value: number, nonce?: number) => execute(setItemWeeks(id, value, nonce));

  const onKeyDown = (e: KeyboardEvent) => {
    const step = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, PageUp: 4, PageDown: -4 }[e.key];
    if (step !== undefined) set(weeks + step);
    else if (e.key === 'Home') set(MIN_WEEKS);
    else if (e.key === 'End') set(MAX_WEEKS);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  const onPointerDown = (e: PointerEvent<HTMLSpanElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.stopPropagation();
    e.currentTarget.setPointerCapture?.(e.pointerId);
    drag.current = { x: e.clientX, weeks, nonce: ++drags };
  };
  const onPointerMove = (e: PointerEvent<HTMLSpanElement>) => {
    const d = drag.current;
    if (!d) return;
    set(d.weeks + Math.round((e.clientX - d.x) / weekW), d.nonce);
  };
  const onPointerUp = (e: PointerEvent<HTMLSpanElement>) => {
    if (!drag.current) return;
    drag.current = null;
    e.currentTarget.releasePointerCapture?.(e.pointerId);
    seal();
  };

  return (
    <span role="slider" tabIndex={0} className="gantt-handle"
      aria-label={`Weeks of ${title}`} aria-valuemin={MIN_WEEKS} aria-valuemax={MAX_WEEKS} aria-valuenow={weeks}
      aria-valuetext={weeksText(weeks)} title={`${weeksText(weeks)}: drag, or use the arrow keys`}
      onKeyDown={onKeyDown} onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp} onBlur={seal} />
  );
}
