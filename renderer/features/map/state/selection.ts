/** Changing the map's selection (the ui slice): click, Shift-click, rubber band, select all. */
import { useAppStore } from '../../../state/store';
import type { MapSelection } from '../../../state/types';
import { NO_MAP_SELECTION } from '../../../state/uiSlice';

const get = () => useAppStore.getState();

export const currentSelection = (): MapSelection => get().mapSelection;

export function selectOnly(nodeIds: readonly string[], edgeIds: readonly string[] = []): void {
  get().selectOnMap(nodeIds.length === 0 && edgeIds.length === 0 ? NO_MAP_SELECTION : { nodeIds: [...nodeIds], edgeIds: [...edgeIds] });
}

export function clearSelection(): void {
  const s = get();
  if (s.mapSelection.nodeIds.length || s.mapSelection.edgeIds.length) s.selectOnMap(NO_MAP_SELECTION);
}

/** Shift-click: adds the node, or takes it out when it is already selected. */
export function toggleNode(id: string): void {
  const { nodeIds, edgeIds } = currentSelection();
  get().selectOnMap({ nodeIds: nodeIds.includes(id) ? nodeIds.filter((n) => n !== id) : [...nodeIds, id], edgeIds });
}

export function toggleEdge(id: string): void {
  const { nodeIds, edgeIds } = currentSelection();
  get().selectOnMap({ nodeIds, edgeIds: edgeIds.includes(id) ? edgeIds.filter((e) => e !== id) : [...edgeIds, id] });
}

/** Rubber band: the nodes inside, added to the selection with Shift. */
export function selectBand(nodeIds: readonly string[], additive: boolean): void {
  if (!additive) return selectOnly(nodeIds);
  const { nodeIds: had, edgeIds } = currentSelection();
  get().selectOnMap({ nodeIds: [...new Set([...had, ...nodeIds])], edgeIds });
}

export function selectAll(): void {
  const w = get().workbook;
  if (w) selectOnly(w.workflow.nodes.map((n) => n.id), w.workflow.edges.map((e) => e.id));
}

/** The selected ids that still exist (an undo may have removed some). */
export function liveSelection(): MapSelection {
  const s = get();
  const w = s.workbook;
  if (!w) return NO_MAP_SELECTION;
  const nodes = new Set(w.workflow.nodes.map((n) => n.id));
  const edges = new Set(w.workflow.edges.map((e) => e.id));
  return { nodeIds: s.mapSelection.nodeIds.filter((id) => nodes.has(id)), edgeIds: s.mapSelection.edgeIds.filter((id) => edges.has(id)) };
}
