/**
 * Dragging rows of the Gantt with @dnd-kit: while a drag lasts, a draft arrangement (the
 * items of each phase) follows the pointer or the arrow keys, moving the item into another
 * phase as soon as it is over it; nothing reaches the workbook until the drop, which is one
 * command (one undo step). Escape or a drop outside puts everything back.
 */
import type { DragEndEvent, DragOverEvent, DragStartEvent, UniqueIdentifier } from '@dnd-kit/core';
import { arrayMove } from '@dnd-kit/sortable';
import { useMemo, useRef, useState } from 'react';
import { PHASES, type Phase } from '../../../../shared/model';
import { moveRoadmapItem } from '../../../state/commands';
import { useEditor } from '../../../state/editor/context';
import type { Arrangement } from '../common/derive';

export const PHASE_DROP_PREFIX = 'phase:';

export function phaseOfTarget(arrangement: Arrangement, id: UniqueIdentifier): Phase | null {
  const key = String(id);
  if (key.startsWith(PHASE_DROP_PREFIX)) return key.slice(PHASE_DROP_PREFIX.length) as Phase;
  return PHASES.find((p) => arrangement[p].includes(key)) ?? null;
}

/** `arrangement` with `id` taken out of its phase and put into `phase` at `index`. */
export function moveInArrangement(arrangement: Arrangement, id: string, phase: Phase, index: number): Arrangement {
  const next = { ...arrangement } as Record<Phase, readonly string[]>;
  for (const p of PHASES) if (arrangement[p].includes(id)) next[p] = arrangement[p].filter((x) => x !== id);
  const list = [...next[phase]];
  list.splice(Math.max(0, Math.min(index, list.length)), 0, id);
  next[phase] = list;
  return next;
}

export interface DragHandlers {
  readonly onDragStart: (e: DragStartEvent) => void;
  readonly onDragOver: (e: DragOverEvent) => void;
  readonly onDragEnd: (e: DragEndEvent) => void;
  readonly onDragCancel: () => void;
}

/**
 * The draft arrangement while a drag lasts, and handlers that keep their identity across
 * renders (they read the latest state through refs), so the drag context around 200 rows is
 * not rebuilt by every edit of the workbook.
 */
export function useArrangementDrag(current: Arrangement): { shown: Arrangement; activeId: string | null; handlers: DragHandlers } {
  const { execute } = useEditor();
  const [draft, setDraft] = useState<Arrangement | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const latest = useRef({ current, draft });
  latest.current = { current, draft };

  const handlers = useMemo<DragHandlers>(() => {
    const finish = () => {
      setDraft(null);
      setActiveId(null);
    };
    return {
      onDragStart: (e) => {
        setActiveId(String(e.active.id));
        setDraft(latest.current.current);
      },
      onDragOver: ({ active, over }) => {
        const { draft } = latest.current;
        if (!over || !draft) return;
        const from = phaseOfTarget(draft, active.id);
        const to = phaseOfTarget(draft, over.id);
        if (!from || !to || from === to) return;
        // Into another phase: where the pointer is over one of its items, else at its end.
        const overIndex = draft[to].indexOf(String(over.id));
        const next = moveInArrangement(draft, String(active.id), to, overIndex < 0 ? draft[to].length : overIndex);
        latest.current = { ...latest.current, draft: next };
        setDraft(next);
      },
      onDragEnd: ({ active, over }) => {
        const arrangement = latest.current.draft ?? latest.current.current;
        finish();
        if (!over) return;
        const id = String(active.id);
        const phase = phaseOfTarget(arrangement, active.id);
        if (!phase) return;
        let list = arrangement[phase];
        const overIndex = list.indexOf(String(over.id));
        const at = list.indexOf(id);
        if (overIndex >= 0 && at >= 0 && overIndex !== at) list = arrayMove([...list], at, overIndex);
        const position = list.indexOf(id);
        execute(moveRoadmapItem(id, phase, list[position + 1] ?? null));
      },
      onDragCancel: finish,
    };
  }, [execute]);

  return { shown: draft ?? current, activeId, handlers };
}
