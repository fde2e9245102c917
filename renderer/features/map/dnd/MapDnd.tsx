/**
 * The map's drag and drop (dnd-kit): palette items dropped into a lane become nodes; nodes (one
 * or the whole selection) move with snapping and alignment guides, by pointer or keyboard. The
 * lanes are the drop targets (tens, not the thousands of nodes), and one proxy stands in for
 * every node as the draggable (NodeDragProxy). While dragging, the offset lives in the map's
 * ui store, so only the moved nodes and their connectors re-render; the drop is one command,
 * so one undo step.
 */
import {
  DndContext, DragOverlay, PointerSensor, useSensor, useSensors,
  type DragEndEvent, type DragMoveEvent, type DragStartEvent, type Modifier,
} from '@dnd-kit/core';
import { snapCenterToCursor } from '@dnd-kit/modifiers';
import { useMemo, useRef, useState, type ReactElement, type ReactNode } from 'react';
import type { NodeKind } from '../../../../shared/model';
import { moveNodes } from '../../../state/commands';
import { boundsOf, type Box } from '../geometry/canvasLayout';
import { placeMove } from '../geometry/placement';
import { snapDrag, type Snapped } from '../geometry/snap';
import { screenToCanvas, visibleRect } from '../geometry/viewport';
import { addNodeAt } from '../state/edits';
import { layoutOf } from '../state/hooks';
import { setMapUi,  } from '../state/mapUiStore';
import { selectOnly } from '../state/selection';
import { viewOrDefault } from '../state/view';
import { NodeGhost } from '../common/NodeGhost';
import { announcementsFor, screenReaderInstructions } from './announcements';
import { laneCollision } from './collision';
import { KeyboardSensor, keyboardOffset, keyboardOptions, resetKeyboardTrack } from './keyboard';
import { bandOfDrop, dragDataOf } from './types';
import { useMap } from '../state/controller';

export interface MapDndProps {
  readonly children: ReactNode;
  /** The canvas element, for turning the pointer into canvas coordinates on a palette drop. */
  readonly viewport: () => HTMLElement | null;
}

export function MapDnd({ children, viewport }: MapDndProps): ReactElement {
  const map = useMap();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, useMemo(() => keyboardOptions(map), [map])),
  );
  const accessibility = useMemo(() => ({ announcements: announcementsFor(map), screenReaderInstructions, restoreFocus: false }), [map]);
  const [ghost, setGhost] = useState<NodeKind | null>(null);
  const lastSnap = useRef<Snapped | null>(null);
  const pointer = useRef<{ x: number; y: number } | null>(null);
  const groupLeft = useRef(0);

  // Snapping is a dnd-kit modifier, so the collision rectangle (and the highlighted lane) is
  // the snapped position: the lane lit up is the lane the node lands in.
  const modifiers = useRef<Modifier[]>([(args) => {
    const data = dragDataOf(args.active?.data.current);
    if (data?.type === 'palette') return snapCenterToCursor(args);
    const drag = map.ui.getState().drag;
    if (data?.type !== 'node' || drag?.kind !== 'move') return args.transform;
    const v = viewOrDefault(map);
    const size = map.ui.getState().size;
    // Keyboard steps are grid steps already: they move by exactly that, keeping a node's offset.
    if (drag.keyboard) return args.transform;
    const snapped = snapDrag(layoutOf(map.editor.workbook), drag.ids, drag.primary, args.transform.x / v.zoom, args.transform.y / v.zoom, {
      zoom: v.zoom, guides: true, near: visibleRect(v, size), groupLeft: groupLeft.current,
    });
    lastSnap.current = snapped;
    return { ...args.transform, x: snapped.dx * v.zoom, y: snapped.dy * v.zoom };
  }]).current;

  const trackPointer = useRef((e: PointerEvent) => {
    pointer.current = { x: e.clientX, y: e.clientY };
  }).current;

  const onDragStart = ({ active, activatorEvent }: DragStartEvent) => {
    const data = dragDataOf(active.data.current);
    if (!data) return;
    lastSnap.current = null;
    resetKeyboardTrack(map);
    if (data.type === 'palette') {
      const e = activatorEvent as PointerEvent;
      pointer.current = 'clientX' in e ? { x: e.clientX, y: e.clientY } : null;
      window.addEventListener('pointermove', trackPointer);
      setGhost(data.kind);
      setMapUi(map, { drag: { kind: 'palette', nodeKind: data.kind }, editing: null });
      return;
    }
    const selected = map.selection.getState().current.nodeIds;
    const ids = selected.includes(data.id) ? selected : [data.id];
    if (!selected.includes(data.id)) selectOnly(map, [data.id]);
    const layout = layoutOf(map.editor.workbook);
    groupLeft.current = boundsOf(ids.map((id) => layout.boxes.get(id)).filter((b): b is Box => b !== undefined))?.x ?? 0;
    setMapUi(map, {
      drag: { kind: 'move', ids: new Set(ids), primary: data.id, offset: { dx: 0, dy: 0 }, guides: [], keyboard: activatorEvent instanceof KeyboardEvent },
      editing: null, hovered: null,
    });
  };

  const onDragMove = ({ delta }: DragMoveEvent) => {
    const drag = map.ui.getState().drag;
    if (drag?.kind !== 'move') return;
    const zoom = viewOrDefault(map).zoom;
    // A keyboard drag goes by its own count of steps: exact grid steps, whatever dnd-kit measured.
    const steps = drag.keyboard ? keyboardOffset(map, zoom) : null;
    const dx = steps ? steps.dx : Math.round((delta.x / zoom) * 1000) / 1000;
    const dy = steps ? steps.dy : Math.round((delta.y / zoom) * 1000) / 1000;
    const guides = lastSnap.current?.guides ?? [];
    if (dx === drag.offset.dx && dy === drag.offset.dy && guides === drag.guides) return;
    setMapUi(map, { drag: { ...drag, offset: { dx, dy }, guides } });
  };

  const finish = () => {
    resetKeyboardTrack(map);
    window.removeEventListener('pointermove', trackPointer);
    setGhost(null);
    setMapUi(map, { drag: null });
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const data = dragDataOf(active.data.current);
    const drag = map.ui.getState().drag;
    const { editor } = map;
    try {
      if (!data || !over) return;
      const band = bandOfDrop(over.data.current);
      if (data.type === 'palette') {
        const el = viewport();
        if (!el || !pointer.current) return;
        const r = el.getBoundingClientRect();
        const [cx, cy] = screenToCanvas(viewOrDefault(map), pointer.current.x - r.left, pointer.current.y - r.top);
        addNodeAt(map, data.kind, cx, cy, band);
        return;
      }
      if (drag?.kind !== 'move') return;
      const offset = (drag.keyboard ? keyboardOffset(map, viewOrDefault(map).zoom) : null) ?? drag.offset;
      if (Math.abs(offset.dx) < 0.5 && Math.abs(offset.dy) < 0.5) return;
      const w = editor.workbook;
      const moves = placeMove(w.workflow, layoutOf(w), [...drag.ids], offset.dx, offset.dy, { primary: { id: drag.primary, band } });
      editor.execute(moveNodes(moves));
    } finally {
      finish();
    }
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={laneCollision}
      modifiers={modifiers}
      autoScroll={false}
      accessibility={accessibility}
      onDragStart={onDragStart}
      onDragMove={onDragMove}
      onDragEnd={onDragEnd}
      onDragCancel={finish}
    >
      {children}
      {/* Only a palette item has an overlay: a moved node is its own preview (and the collision rectangle). */}
      {ghost && <DragOverlay dropAnimation={null}><NodeGhost kind={ghost} zoom={viewOrDefault(map).zoom} /></DragOverlay>}
    </DndContext>
  );
}
