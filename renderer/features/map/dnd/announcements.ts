/**
 * What a screen reader hears while dragging on the map (dnd-kit's live region): names, not
 * ids — the node's label, the lane it is over, where it went.
 */
import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import { NODE_KIND_LABEL } from '../../../../shared/report/labels';
import { useAppStore } from '../../../state/store';
import { placeMove } from '../geometry/placement';
import { layoutOf } from '../state/hooks';
import { useMapUi } from '../state/mapUiStore';
import { bandOfDrop, dragDataOf } from './types';

export const screenReaderInstructions: ScreenReaderInstructions = {
  draggable:
    'To move this node, press Space to pick it up, use the arrow keys to move it (hold Shift for bigger steps), ' +
    'then press Space or Enter to drop it, or Escape to cancel. Enter edits its label; Delete removes it.',
};

function labelOf(data: unknown): string {
  const d = dragDataOf(data);
  if (!d) return 'the item';
  if (d.type === 'palette') return `a new ${NODE_KIND_LABEL[d.kind]}`;
  const n = useAppStore.getState().workbook?.workflow.nodes.find((node) => node.id === d.id);
  return n ? `“${n.label || NODE_KIND_LABEL[n.kind]}”` : 'the node';
}

function laneOf(over: { data: { current?: unknown } } | null): string {
  if (!over) return 'outside the map';
  const band = layoutOf(useAppStore.getState()).bands[bandOfDrop(over.data.current)];
  return band?.lane ? `lane ${band.lane.name}` : 'no lane';
}

/** Where the moved node is now, in model units, for keyboard moves. */
function position(): string {
  const drag = useMapUi.getState().drag;
  if (drag?.kind !== 'move') return '';
  const s = useAppStore.getState();
  if (!s.workbook) return '';
  const [move] = placeMove(s.workbook.workflow, layoutOf(s), [drag.primary], drag.offset.dx, drag.offset.dy);
  return move ? ` at ${move.x}, ${move.y}` : '';
}

export const announcements: Announcements = {
  onDragStart: ({ active }) => `Picked up ${labelOf(active.data.current)}.`,
  onDragMove: ({ active, over }) => {
    const drag = useMapUi.getState().drag;
    return drag?.kind === 'move' && drag.keyboard ? `${labelOf(active.data.current)}${position()}, ${laneOf(over)}.` : undefined;
  },
  onDragOver: ({ active, over }) => `${labelOf(active.data.current)} is over ${laneOf(over)}.`,
  onDragEnd: ({ active, over }) => (over ? `Dropped ${labelOf(active.data.current)} in ${laneOf(over)}.` : `${labelOf(active.data.current)} was not dropped on the map.`),
  onDragCancel: ({ active }) => `Cancelled. ${labelOf(active.data.current)} is back where it was.`,
};
