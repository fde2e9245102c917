/**
 * The swimlanes, top to bottom: rename, change kind, reorder (drag the grip, or its keyboard:
 * Space, arrows, Space; or the up and down buttons), delete. Shown when nothing is selected.
 */
import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useState, type ReactElement } from 'react';
import { LANE_KINDS, type Lane, type LaneKind } from '../../../../shared/model';
import { Button, IconButton } from '../../../components/Button';
import { SelectField, TextField } from '../../../components/Field';
import { moveLane, removeLane, renameLane, setLaneKind } from '../../../state/commands';
import { useExecute, useSealHistory, useWorkbookValue } from '../../../state/hooks';
import { MapIcon } from '../common/MapIcon';
import { addLaneAtEnd } from '../state/lanes';
import { DeleteLaneDialog } from './DeleteLaneDialog';
import { useMap, type MapController } from '../state/controller';

export const LANE_KIND_LABEL: Readonly<Record<LaneKind, string>> = { role: 'Role', system: 'System', ai: 'AI', external: 'External' };

export function LanesPanel(): ReactElement {
  const map = useMap();
  const lanes = useWorkbookValue((w) => w.workflow.lanes);
  const execute = useExecute();
  const [deleting, setDeleting] = useState<Lane | null>(null);
  const askDelete = (lane: Lane) => {
    if (!deleteEmptyLane(map, lane)) setDeleting(lane);
  };
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const nameOf = (id: unknown) => lanes.find((l) => l.id === id)?.name ?? 'the lane';
  const positionOf = (id: unknown) => lanes.findIndex((l) => l.id === id) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up lane ${nameOf(active.id)}, position ${positionOf(active.id)} of ${lanes.length}.`,
    onDragOver: ({ active, over }) => (over ? `Lane ${nameOf(active.id)} is over position ${positionOf(over.id)}.` : undefined),
    onDragEnd: ({ active, over }) => (over ? `Lane ${nameOf(active.id)} moved to position ${positionOf(over.id)}.` : undefined),
    onDragCancel: ({ active }) => `Lane ${nameOf(active.id)} stays at position ${positionOf(active.id)}.`,
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over && active.id !== over.id) execute(moveLane(String(active.id), lanes.findIndex((l) => l.id === over.id)));
  };

  return (
    <div className="map-inspector-body">
      <header className="map-inspector-head">
        <p className="eyebrow">Nothing selected</p>
        <h2 className="map-inspector-title">Lanes</h2>
      </header>
      <p className="map-inspector-note">Lanes are the roles, the systems and the AI, top to bottom. Each grows with the nodes in it.</p>
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={{ announcements }}>
        <SortableContext items={lanes.map((l) => l.id)} strategy={verticalListSortingStrategy}>
          <ol className="map-lane-list" aria-label="Lanes, top to bottom">
            {lanes.map((lane, i) => <LaneRow key={lane.id} lane={lane} index={i} count={lanes.length} onDelete={askDelete} />)}
          </ol>
        </SortableContext>
      </DndContext>
      <Button size="sm" icon="plus" onClick={() => addLaneAtEnd(map)}>Add lane</Button>
      <section className="map-inspector-section map-tips" aria-label="How to">
        <h3>How to</h3>
        <ul>
          <li>Drag a node kind from <b>Add</b> onto a lane; or select a node and press a kind to add the next one.</li>
          <li>Drag from a node's edge handle to another node to connect them.</li>
          <li>Double-click or Enter edits a label; Delete removes; Ctrl+Z undoes.</li>
          <li>Scroll or Space+drag pans; Ctrl+scroll or pinch zooms.</li>
        </ul>
      </section>
      {deleting && <DeleteLaneDialog lane={deleting} onClose={() => setDeleting(null)} />}
    </div>
  );
}

function LaneRow({ lane, index, count, onDelete }: { lane: Lane; index: number; count: number; onDelete: (l: Lane) => void }): ReactElement {
  const execute = useExecute();
  const seal = useSealHistory();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: lane.id });
  const name = lane.name || `lane ${index + 1}`;
  return (
    <li ref={setNodeRef} className={`map-lane-row band-${lane.kind}${isDragging ? ' is-dragging' : ''}`} style={{ transform: CSS.Translate.toString(transform), transition }}>
      <button type="button" ref={setActivatorNodeRef} className="btn btn-ghost btn-icon map-grip" {...attributes} {...listeners} aria-label={`Reorder ${name}`} title="Drag to reorder">
        <MapIcon name="grip" />
      </button>
      <TextField label={`Name of lane ${index + 1}`} hideLabel value={lane.name} focusKey={`${lane.id}/name`} className="map-lane-name-field"
        onChange={(e) => execute(renameLane(lane.id, e.target.value))} onBlur={seal} />
      <SelectField label={`Kind of ${name}`} hideLabel value={lane.kind} options={LANE_KINDS.map((k) => ({ value: k, label: LANE_KIND_LABEL[k] }))}
        onChange={(e) => execute(setLaneKind(lane.id, e.target.value as LaneKind))} />
      <span className="map-lane-row-actions">
        <button type="button" className="btn btn-ghost btn-icon" aria-label={`Move ${name} up`} title="Move up" disabled={index === 0} onClick={() => execute(moveLane(lane.id, index - 1))}><MapIcon name="up" /></button>
        <button type="button" className="btn btn-ghost btn-icon" aria-label={`Move ${name} down`} title="Move down" disabled={index === count - 1} onClick={() => execute(moveLane(lane.id, index + 1))}><MapIcon name="down" /></button>
        <IconButton icon="trash" label={`Delete ${name}`} onClick={() => onDelete(lane)} />
      </span>
    </li>
  );
}

/** Deleting an empty lane needs no question; one with nodes asks (DeleteLaneDialog). */
export function deleteEmptyLane(map: MapController, lane: Lane): boolean {
  const { editor } = map;
  if (editor.workbook.workflow.nodes.some((n) => n.laneId === lane.id)) return false;
  return editor.execute(removeLane(lane.id, { kind: 'remove' }));
}
