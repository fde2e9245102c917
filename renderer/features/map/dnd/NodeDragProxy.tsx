/**
 * One dnd-kit draggable stands in for every node. Registering each of a thousand nodes with
 * dnd-kit would make all of them re-render whenever a drag starts, ends or crosses a lane
 * (dnd-kit's context changes), and make mounting nodes during a pan slow. Instead, a press on
 * a node (pointer, or Space from the keyboard) places this invisible proxy exactly over the
 * node and hands the event to the proxy's dnd-kit listeners: dnd-kit measures the proxy, so
 * collisions, snapping and the keyboard sensor work as if the node itself were dragged, and the
 * node follows the offset in the map's ui store. The proxy's element and listeners are the map
 * controller's (one per open workbook).
 */
import { useDraggable } from '@dnd-kit/core';
import { useRef, type KeyboardEvent, type PointerEvent, type ReactElement } from 'react';
import { useMap, type MapController } from '../state/controller';
import { layoutOf } from '../state/hooks';
import type { DragData } from './types';

export const NODE_DRAG_ID = 'map-node-drag';

/** Puts the map's proxy over node `id` (canvas units: the proxy lives in the transformed world). */
function place(map: MapController, id: string): boolean {
  const box = layoutOf(map.editor.workbook).boxes.get(id);
  const el = map.dragProxy.element;
  if (!box || !el) return false;
  el.style.left = `${box.x}px`;
  el.style.top = `${box.y}px`;
  el.style.width = `${box.w}px`;
  el.style.height = `${box.h}px`;
  map.dragProxy.data.id = id;
  return true;
}

/** A pointer went down on node `id`: let dnd-kit's pointer sensor decide whether it becomes a drag. */
export function grabNodeWithPointer(map: MapController, e: PointerEvent<HTMLElement>, id: string): void {
  const { listeners } = map.dragProxy;
  if (listeners?.onPointerDown && place(map, id)) listeners.onPointerDown(e);
}

/** A key went down on node `id` (its own element): Space picks it up with dnd-kit's keyboard sensor. */
export function grabNodeWithKey(map: MapController, e: KeyboardEvent<HTMLElement>, id: string): void {
  if (e.target !== e.currentTarget || e.code !== 'Space') return;
  const { listeners } = map.dragProxy;
  if (listeners?.onKeyDown && place(map, id)) listeners.onKeyDown(e);
}

export function NodeDragProxy(): ReactElement {
  const { dragProxy: proxy } = useMap();
  const data = useRef<DragData>(proxy.data).current;
  const { setNodeRef, listeners } = useDraggable({ id: NODE_DRAG_ID, data });
  proxy.listeners = listeners;
  return (
    <div
      ref={(el) => {
        proxy.element = el;
        setNodeRef(el);
      }}
      className="map-drag-proxy"
      aria-hidden="true"
    />
  );
}
