/**
 * The right-hand part of a Gantt row: the item's bar by week with the handle that changes its
 * weeks, or why it has no bar; and, when a triggered kill criterion blocks it, the metric that
 * does. Its own component, subscribed to the item's timing only, so that when an edit shifts
 * the whole schedule just the bars are drawn again.
 */
import { memo, type CSSProperties, type ReactElement } from 'react';
import { Icon } from '../../../components/Icon';
import { blockerNames, rowTiming } from '../common/derive';
import { timingText } from '../common/labels';
import { useEditor } from '../../../state/editor/context';
import { showItem } from '../common/selection';
import { BAR_H } from './geometry';
import { WeeksHandle } from './WeeksHandle';
import { useWorkbookValue } from '../../../state/hooks';

interface GanttBarProps {
  readonly id: string;
  readonly title: string;
  readonly weeks: number;
  readonly weekW: number;
  readonly trackWidth: number;
}

export const GanttBar = memo(function GanttBar({ id, title, weeks, weekW, trackWidth }: GanttBarProps): ReactElement | null {
  const editor = useEditor();
  const t = useWorkbookValue((w) => rowTiming(w, id));
  if (!t) return null;
  if (t.startWeek === null || t.endWeek === null) {
    return <span className="gantt-note gantt-unscheduled"><Icon name="alert" size={16} /> Not scheduled: in or after a dependency cycle</span>;
  }
  const blockers = blockerNames(t);
  const width = (t.endWeek - t.startWeek) * weekW;
  return (
    <>
      <div className="gantt-bar" style={{ left: t.startWeek * weekW, width, height: BAR_H }} onClick={() => showItem(editor, id)} title={`${title}: ${timingText(t)}`}>
        <span className="gantt-bar-text" aria-hidden="true">{barText(weeks, width)}</span>
        <WeeksHandle id={id} title={title} weeks={weeks} weekW={weekW} />
      </div>
      {blockers.length > 0 && (
        <span className="gantt-note gantt-blocked" style={noteBeside(t.startWeek, t.endWeek, weekW, trackWidth, `Blocked by ${blockers.join(', ')}`)}>
          <Icon name="alert" size={16} /> Blocked by {blockers.join(', ')}
        </span>
      )}
    </>
  );
});

/** The weeks on the bar, as long as the bar has room for them. */
function barText(weeks: number, width: number): string {
  if (width >= 84) return `${weeks} week${weeks === 1 ? '' : 's'}`;
  return width >= 34 ? `${weeks} w` : '';
}

/** A note after the bar, or before it when the track has no room left after it. */
function noteBeside(start: number, end: number, weekW: number, trackWidth: number, text: string): CSSProperties {
  const width = text.length * 8.5 + 30;
  const after = end * weekW + 26;
  return after + width <= trackWidth || start * weekW < width ? { left: after } : { right: trackWidth - start * weekW + 12 };
}
