/**
 * The rows of the Gantt inside the @dnd-kit drag context: one sortable list per phase, the
 * drag overlay, and what a screen reader hears while an item is moved. Memoized on the
 * arrangement and the layout, so an edit that only shifts bars does not re-render the drag
 * context or the rows (each bar follows its own timing).
 */
import {
  closestCenter, DndContext, DragOverlay, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements,
} from '@dnd-kit/core';
import { restrictToVerticalAxis } from '@dnd-kit/modifiers';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { memo, useMemo, type ReactElement } from 'react';
import { PHASES } from '../../../../shared/model';
import type { Workbook } from '../../../../shared/model';
import { useEditor } from '../../../state/editor/context';
import { deriveItemById, type Arrangement } from '../common/derive';
import { itemTitle, PHASE_LABEL } from '../common/labels';
import { GanttPhase } from './GanttPhase';
import { phaseOfTarget, type DragHandlers } from './useArrangementDrag';

interface GanttRowsProps {
  readonly shown: Arrangement;
  readonly activeId: string | null;
  readonly handlers: DragHandlers;
  readonly weekW: number;
  readonly trackWidth: number;
  readonly selectedId: string | null;
  /** One short summary per phase ("3 items · weeks 0–4"), in phase order. */
  readonly summaries: string;
}

const INSTRUCTIONS = {
  draggable: 'To move a roadmap item, press Space or Enter. Use the up and down arrow keys to move it within its phase or into the next one. Press Space or Enter again to drop it, or Escape to cancel.',
};

/** An item's title, read when it is announced (not a dependency of the render). */
function titleOf(w: Workbook, id: string | number): string {
  const item = deriveItemById(w).get(String(id));
  return item ? itemTitle(item) : String(id);
}

export const GanttRows = memo(function GanttRows({ shown, activeId, handlers, weekW, trackWidth, selectedId, summaries }: GanttRowsProps): ReactElement {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const editor = useEditor();
  const accessibility = useMemo(() => ({ announcements: announcements(shown, (id) => titleOf(editor.workbook, id)), screenReaderInstructions: INSTRUCTIONS }), [editor, shown]);
  const phaseSummaries = summaries.split('|');
  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} modifiers={MODIFIERS} accessibility={accessibility}
      onDragStart={handlers.onDragStart} onDragOver={handlers.onDragOver} onDragEnd={handlers.onDragEnd} onDragCancel={handlers.onDragCancel}>
      {PHASES.map((p, i) => (
        <GanttPhase key={p} phase={p} ids={shown[p]} weekW={weekW} trackWidth={trackWidth} selectedId={selectedId} summary={phaseSummaries[i] ?? ''} />
      ))}
      <DragOverlay>{activeId ? <div className="gantt-drag-ghost">{titleOf(editor.workbook, activeId)}</div> : null}</DragOverlay>
    </DndContext>
  );
});

const MODIFIERS = [restrictToVerticalAxis];

function announcements(shown: Arrangement, titleOf: (id: string | number) => string): Announcements {
  // Where an item is, or where it goes when dropped on `id` (an item, or a phase's empty end).
  const where = (id: string | number) => {
    const phase = phaseOfTarget(shown, id);
    if (!phase) return '';
    const at = shown[phase].indexOf(String(id));
    return ` ${PHASE_LABEL[phase]}, position ${at >= 0 ? at + 1 : shown[phase].length} of ${shown[phase].length}`;
  };
  return {
    onDragStart: ({ active }) => `Picked up ${titleOf(active.id)} from${where(active.id)}.`,
    onDragOver: ({ active, over }) => (over ? `${titleOf(active.id)} will go to${where(over.id)}.` : `${titleOf(active.id)} is no longer over a phase.`),
    onDragEnd: ({ active, over }) => (over ? `Dropped ${titleOf(active.id)} at${where(over.id)}.` : `${titleOf(active.id)} was put back.`),
    onDragCancel: ({ active }) => `Moving ${titleOf(active.id)} was cancelled; it is back where it was.`,
  };
}
