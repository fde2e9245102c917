/**
 * Which lane a drag is over: the band whose vertical span holds the centre of the dragged node
 * (snapped, so the highlighted lane is the lane it lands in). A palette item outside the canvas
 * is over nothing; above the first lane is the first lane, below the last is "no lane" (the
 * canvas itself).
 * The same rule as bandIndexAt, in screen coordinates.
 */
import type { ClientRect, Collision, CollisionDetection } from '@dnd-kit/core';
import { dragDataOf } from './types';

export const CANVAS_DROP_ID = 'canvas';

const inside = (x: number, y: number, r: ClientRect) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;

export const laneCollision: CollisionDetection = ({ active, collisionRect, droppableRects, droppableContainers }) => {
  const x = collisionRect.left + collisionRect.width / 2;
  const y = collisionRect.top + collisionRect.height / 2;
  const canvas = droppableRects.get(CANVAS_DROP_ID);
  const canvasContainer = droppableContainers.find((c) => c.id === CANVAS_DROP_ID);
  if (!canvas || !canvasContainer) return [];
  // A new node must be dropped on the canvas; a node being moved may go past its visible edge
  // (the map goes on), and lands in the lane at its height.
  if (dragDataOf(active.data.current)?.type === 'palette' && !inside(x, y, canvas)) return [];
  let first: { top: number; hit: Collision } | null = null;
  for (const container of droppableContainers) {
    if (container.id === CANVAS_DROP_ID) continue;
    const r = droppableRects.get(container.id);
    if (!r) continue;
    const hit: Collision = { id: container.id, data: { droppableContainer: container, value: 0 } };
    if (y >= r.top && y < r.bottom) return [hit];
    if (!first || r.top < first.top) first = { top: r.top, hit };
  }
  if (first && y < first.top) return [first.hit];
  return [{ id: CANVAS_DROP_ID, data: { droppableContainer: canvasContainer, value: 0 } }];
};
