/**
 * What a screen reader hears while dragging on the map (dnd-kit's live region): names, not
 * ids — the node's label, the lane it is over, where it went.
 */
import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import { NODE_KIND_LABEL } from '../../../../shared/report/labels';
import { placeMove } from '../geometry/placement';
import type { MapController } from '../state/controller';
import { layoutOf } from '../state/hooks';
import { bandOfDrop, dragDataOf } from './types';

export const screenReaderInstructions: ScreenReaderInstructions = {
  draggable:
    'To move this node, press Space to pick it up, use the arrow keys to move it (hold Shift for bigger steps), ' +
    'then press Space or Enter to drop it, or Escape to cancel. Enter edits its label; Delete removes it.',
};

function labelOf(map: MapController, data: unknown): string {
  const d = dragDataOf(data);
  if (!d) return 'the item';
  if (d.type === 'palette') return `a new ${NODE_KIND_LABEL[d.kind]}`;
  const n = map.editor.workbook.workflow.nodes.find((node) => node.id === d.id);
  return n ? `“${n.label || NODE_KIND_LABEL[n.kind]}”` : 'the node';
}

function laneOf(map: MapController, over: { data: { current?: unknown } } | null): string {
  if (!over) return 'outside the map';
  const band = layoutOf(map.editor.workbook).bands[bandOfDrop(over.data.current)];
  return band?.lane ? `lane ${band.lane.name}` : 'no lane';
}

/** Where the moved node is now, in model units, for keyboard moves. */
function position(map: MapController): string {
  const drag = map.ui.getState().drag;
  if (drag?.kind !== 'move') return '';
  const w = map.editor.workbook;
  const [move] = placeMove(w.workflow, layoutOf(w), [drag.primary], drag.offset.dx, drag.offset.dy);
  return move ? ` at ${move.x}, ${move.y}` : '';
}

/** What dnd-kit says on the open map's drags. */
export const announcementsFor = (map: MapController): Announcements => {
  const label = (data: unknown) => labelOf(map, data);
  const lane = (over: { data: { current?: unknown } } | null) => laneOf(map, over);
  return {
    onDragStart: ({ active }) => `Picked up ${label(active.data.current)}.`,
    onDragMove: ({ active, over }) => {
      const drag = map.ui.getState().drag;
      return drag?.kind === 'move' && drag.keyboard ? `${label(active.data.current)}${position(map)}, ${lane(over)}.` : undefined;
    },
    onDragOver: ({ active, over }) => `${label(active.data.current)} is over ${lane(over)}.`,
    onDragEnd: ({ active, over }) => (over ? `Dropped ${label(active.data.current)} in ${lane(over)}.` : `${label(active.data.current)} was not dropped on the map.`),
    onDragCancel: ({ active }) => `Cancelled. ${label(active.data.current)} is back where it was.`,
  };
};
