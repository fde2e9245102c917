/**
 * The escalation path, first to last: a sortable list (@dnd-kit, pointer or keyboard, with what
 * a screen reader hears on the way), Up and Down buttons as a second way, and a picker that adds
 * anyone not on it yet. A drop is one command, so one Undo puts the whole move back.
 */
import {
  closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent,
} from '@dnd-kit/core';
import { restrictToVerticalAxis } from '@dnd-kit/modifiers';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useCallback, useMemo, type ReactElement } from 'react';
import type { Person } from '../../../../shared/model';
import { PersonSelect } from '../../../components/PersonSelect';
import { addEscalationStep, moveEscalationStep, removeEscalationStep } from '../../../state/commands';
import { usePersonChoice, useWorkbookList } from '../../../state/hooks';
import { useEditor } from '../../../state/editor/context';
import { EscalationStep, stepName } from './EscalationStep';

const INSTRUCTIONS = {
  draggable: 'To move a person on the escalation path, press Space or Enter on their handle, use the up and down arrow keys, then press Space or Enter to drop them, or Escape to cancel.',
};

const MODIFIERS = [restrictToVerticalAxis];

/** Sortable ids: the person's id, with a suffix for a second listing (a file may name someone twice). */
export function stepIds(path: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return path.map((id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}~${n}`;
  });
}

export function EscalationPath(): ReactElement {
  const editor = useEditor();
  const path = useWorkbookList((w) => w.ownership.escalationPath);
  const adding = usePersonChoice(addEscalationStep);
  const ids = useMemo(() => stepIds(path), [path]);
  const byId = useMemo(() => new Map(adding.people.map((p) => [p.id, p])), [adding.people]);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const move = useCallback((from: number, to: number) => {
    const personId = editor.workbook.ownership.escalationPath[from];
    if (personId !== undefined) editor.execute(moveEscalationStep(from, to, personId));
  }, [editor]);
  const remove = useCallback((index: number) => {
    const personId = editor.workbook.ownership.escalationPath[index];
    if (personId !== undefined) editor.execute(removeEscalationStep(index, personId));
  }, [editor]);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over) return;
    const from = ids.indexOf(String(active.id));
    const to = ids.indexOf(String(over.id));
    if (from >= 0 && to >= 0 && from !== to) move(from, to);
  };
  const accessibility = useMemo(() => ({ announcements: announcements(ids, path, byId), screenReaderInstructions: INSTRUCTIONS }), [ids, path, byId]);

  return (
    <fieldset className="escalation">
      <legend className="escalation-title">Escalation path</legend>
      <p className="field-hint">Who a problem with the AI goes to: the first person first, the next one if it is not settled there.</p>
      {path.length === 0
        ? <p className="empty-note escalation-empty">Nobody yet. Name at least one person a problem goes to.</p>
        : (
          <DndContext sensors={sensors} collisionDetection={closestCenter} modifiers={MODIFIERS} accessibility={accessibility} onDragEnd={onDragEnd}>
            <SortableContext items={ids} strategy={verticalListSortingStrategy}>
              <ol className="escalation-steps" aria-label="Escalation path, first to last">
                {ids.map((id, i) => (
                  <EscalationStep key={id} id={id} index={i} count={ids.length} personId={path[i]!} person={byId.get(path[i]!)}
                    repeated={id !== path[i]} onMove={move} onRemove={remove} />
                ))}
              </ol>
            </SortableContext>
          </DndContext>
        )}
      <PersonSelect label={path.length === 0 ? 'Add the first person' : 'Add the next person'} value={undefined} noneLabel="Choose someone…"
        focusKey="/ownership/escalationPath" className="escalation-add"
        people={adding.people.filter((p) => !path.includes(p.id))}
        onChoose={(id) => { if (id) adding.onChoose(id); }} onAdd={adding.onAdd} />
    </fieldset>
  );
}

function announcements(ids: readonly string[], path: readonly string[], byId: ReadonlyMap<string, Person>): Announcements {
  const name = (id: string | number) => {
    const at = ids.indexOf(String(id));
    return at < 0 ? 'the person' : stepName(path[at]!, byId.get(path[at]!));
  };
  const step = (id: string | number) => `step ${ids.indexOf(String(id)) + 1} of ${ids.length}`;
  return {
    onDragStart: ({ active }) => `Picked up ${name(active.id)}, ${step(active.id)}.`,
    onDragOver: ({ active, over }) => (over ? `${name(active.id)} will be ${step(over.id)}.` : `${name(active.id)} is no longer over the path.`),
    onDragEnd: ({ active, over }) => (over ? `Dropped ${name(active.id)}: now ${step(over.id)}.` : `${name(active.id)} was put back.`),
    onDragCancel: ({ active }) => `Moving ${name(active.id)} was cancelled: still ${step(active.id)}.`,
  };
}
