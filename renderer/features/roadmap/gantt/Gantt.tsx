/**
 * The Gantt view of the schedule (shared/logic's critical-path method): phases as bands, items
 * as bars by week with dates when the sprint has a start date, dependencies as arrows, the
 * critical path highlighted, blocked items marked with the metric that blocks them. Items are
 * dragged between phases or within one with @dnd-kit (pointer or keyboard; GanttRows), and a
 * bar's end changes its weeks.
 */
import { useState, type CSSProperties, type ReactElement } from 'react';
import { isValidDate, type ScheduledItem } from '../../../../shared/logic';
import { PHASES, type Phase } from '../../../../shared/model';
import { useDerived, useWorkbookValue } from '../../../state/hooks';
import { deriveSchedule } from '../../../state/selectors';
import { deriveArrangement, rowTiming, type Arrangement } from '../common/derive';
import { formatShortDate } from '../common/labels';
import { useContentWidth } from '../../../hooks/useContentWidth';
import { columnsFor, labelWidth, rowPlaces, weekTicks, weekWidth, weekZeroOf } from './geometry';
import { GanttOverlay } from './GanttOverlay';
import { GanttRows } from './GanttRows';
import { useArrangementDrag } from './useArrangementDrag';

export function Gantt({ selectedId }: { selectedId: string | null }): ReactElement {
  const current = useDerived(deriveArrangement);
  const schedule = useDerived(deriveSchedule);
  const workbook = useWorkbookValue((w) => w);
  const startDate = useWorkbookValue((w) => w.sprint.startDate);
  const drag = useArrangementDrag(current);

  const [scroll, setScroll] = useState<HTMLDivElement | null>(null);
  const available = useContentWidth(scroll);
  const labelW = labelWidth(available);
  const columns = columnsFor(schedule.totalWeeks);
  const weekW = available === null ? weekWidth(columns) : weekWidth(columns, available - labelW);
  const width = columns * weekW;
  const weekZero = weekZeroOf(startDate, isValidDate);
  const ticks = weekTicks(columns, weekW, weekZero);
  const { places, height } = rowPlaces(drag.shown);
  const summaries = PHASES.map((p) => phaseSummary(p, drag.shown, schedule.items)).join('|');

  return (
    <div className="gantt" role="region" aria-label="Gantt chart of the roadmap">
      <div className="gantt-scroll" ref={setScroll}>
        {/* The rows take the names' width from --gantt-label-w. */}
        <div className="gantt-inner" style={{ width: labelW + width, '--gantt-label-w': `${labelW}px` } as CSSProperties}>
          <div className="gantt-axis" aria-hidden="true">
            <div className="gantt-axis-label" style={{ width: labelW }}>{weekZero ? 'Week · starting' : 'Week'}</div>
            <div className="gantt-axis-track" style={{ width }}>
              {ticks.map((t) => (
                <span key={t.week} className="gantt-tick" style={{ left: t.x }}>
                  <span>W{t.week}</span>{t.date && <span className="gantt-tick-date">{formatShortDate(t.date)}</span>}
                </span>
              ))}
            </div>
          </div>
          <div className="gantt-body" style={{ height }}>
            {(['grid', 'arrows'] as const).map((layer) => (
              <div key={layer} className={`gantt-layer layer-${layer}`} style={{ left: labelW }}>
                <GanttOverlay layer={layer} items={workbook.roadmap} timing={(id) => rowTiming(workbook, id)} places={places} ticks={ticks}
                  weekW={weekW} width={width} height={height} hidden={drag.activeId !== null} />
              </div>
            ))}
            <GanttRows shown={drag.shown} activeId={drag.activeId} handlers={drag.handlers} weekW={weekW} trackWidth={width}
              selectedId={selectedId} summaries={summaries} />
          </div>
        </div>
      </div>
    </div>
  );
}

function phaseSummary(phase: Phase, shown: Arrangement, items: readonly ScheduledItem[]): string {
  const ids = new Set(shown[phase]);
  if (ids.size === 0) return 'empty';
  let start = Infinity, end = -Infinity;
  for (const s of items) {
    if (!ids.has(s.itemId) || s.startWeek === null) continue;
    start = Math.min(start, s.startWeek);
    end = Math.max(end, s.endWeek!);
  }
  const count = `${ids.size} item${ids.size === 1 ? '' : 's'}`;
  return Number.isFinite(start) ? `${count} · weeks ${start}–${end - 1}` : count;
}
