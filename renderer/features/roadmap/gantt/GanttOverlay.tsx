/**
 * Drawn over the Gantt's rows, never in the way of a pointer: the week grid, and one arrow per
 * dependency from the end of the predecessor's bar to the start of the dependent's. An arrow
 * between two critical items that has no slack is part of the critical path and drawn so.
 * Decorative for assistive technology: the list view and each item's editor say the same.
 */
import type { ReactElement } from 'react';
import type { RoadmapItem } from '../../../../shared/model';
import type { RowTiming } from '../common/derive';
import { arrowPath, type RowPlace, type WeekTick } from './geometry';

interface GanttOverlayProps {
  readonly items: readonly RoadmapItem[];
  readonly timing: (id: string) => RowTiming;
  readonly places: ReadonlyMap<string, RowPlace>;
  readonly ticks: readonly WeekTick[];
  readonly weekW: number;
  readonly width: number;
  readonly height: number;
  readonly hidden: boolean;
  /** The grid goes under the bars, the arrows over them. */
  readonly layer: 'grid' | 'arrows';
}

export function GanttOverlay({ items, timing, places, ticks, weekW, width, height, hidden, layer }: GanttOverlayProps): ReactElement {
  const arrows: { key: string; d: string; critical: boolean }[] = [];
  if (layer === 'grid') {
    return (
      <svg className="gantt-overlay gantt-grid" width={width} height={height} aria-hidden="true">
        {ticks.map((t) => <line key={t.week} x1={t.x} x2={t.x} y1={0} y2={height} className="gantt-gridline" />)}
      </svg>
    );
  }
  if (!hidden) {
    for (const item of items) {
      const to = timing(item.id);
      const toPlace = places.get(item.id);
      if (to.startWeek === null || !toPlace) continue;
      for (const dep of item.dependsOn) {
        const from = timing(dep);
        const fromPlace = places.get(dep);
        if (from.endWeek === null || !fromPlace) continue;
        arrows.push({
          key: `${dep}>${item.id}`,
          d: arrowPath({ fromEnd: from.endWeek * weekW, fromMid: fromPlace.mid, toStart: to.startWeek * weekW, toMid: toPlace.mid }),
          critical: from.critical && to.critical && from.endWeek === to.startWeek,
        });
      }
    }
  }
  return (
    <svg className="gantt-overlay gantt-arrows" width={width} height={height} aria-hidden="true">
      <defs>
        <marker id="gantt-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0 0L10 5L0 10z" className="gantt-arrowhead" />
        </marker>
        <marker id="gantt-arrow-critical" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0 0L10 5L0 10z" className="gantt-arrowhead critical" />
        </marker>
      </defs>
      {arrows.map((a) => (
        <path key={a.key} d={a.d} className={`gantt-arrow${a.critical ? ' critical' : ''}`}
          markerEnd={`url(#${a.critical ? 'gantt-arrow-critical' : 'gantt-arrow'})`} />
      ))}
    </svg>
  );
}
