/**
 * One phase of the Gantt: a band with its name, then its items as a sortable list. The band is
 * also a drop target, so an empty phase can receive an item.
 */
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { memo, type ReactElement } from 'react';
import type { Phase } from '../../../../shared/model';
import { PHASE_LABEL } from '../common/labels';
import { PHASE_H, ROW_H } from './geometry';
import { GanttRow } from './GanttRow';
import { PHASE_DROP_PREFIX } from './useArrangementDrag';

interface GanttPhaseProps {
  readonly phase: Phase;
  readonly ids: readonly string[];
  readonly weekW: number;
  readonly trackWidth: number;
  readonly selectedId: string | null;
  readonly summary: string;
}

export const GanttPhase = memo(function GanttPhase({ phase, ids, weekW, trackWidth, selectedId, summary }: GanttPhaseProps): ReactElement {
  const { setNodeRef, isOver } = useDroppable({ id: `${PHASE_DROP_PREFIX}${phase}` });
  return (
    <section ref={setNodeRef} className={`gantt-phase phase-${phase}${isOver ? ' is-over' : ''}`} aria-label={PHASE_LABEL[phase]}>
      <h3 className="gantt-band" style={{ height: PHASE_H }}>
        <span>{PHASE_LABEL[phase]}</span>
        <span className="gantt-band-note">{summary}</span>
      </h3>
      <SortableContext id={phase} items={ids as string[]} strategy={verticalListSortingStrategy}>
        {ids.length === 0
          ? <p className="gantt-empty" style={{ height: ROW_H }}>No items in this phase: drag one here, or add one.</p>
          : ids.map((id) => <GanttRow key={id} id={id} weekW={weekW} trackWidth={trackWidth} selected={id === selectedId} />)}
      </SortableContext>
    </section>
  );
});
