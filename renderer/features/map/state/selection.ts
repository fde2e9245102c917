/** Changing the map's selection (its controller's): click, Shift-click, rubber band, select all. */
import { NO_MAP_SELECTION, type MapController, type MapSelection } from './controller';

const set = (map: MapController, current: MapSelection) => map.selection.setState({ current });

export const currentSelection = (map: MapController): MapSelection => map.selection.getState().current;

export function selectOnly(map: MapController, nodeIds: readonly string[], edgeIds: readonly string[] = []): void {
  set(map, nodeIds.length === 0 && edgeIds.length === 0 ? NO_MAP_SELECTION : { nodeIds: [...nodeIds], edgeIds: [...edgeIds] });
}

export function clearSelection(map: MapController): void {
  map.clearSelection();
}

/** Shift-click: adds the node, or takes it out when it is already selected. */
export function toggleNode(map: MapController, id: string): void {
  const { nodeIds, edgeIds } = currentSelection(map);
  set(map, { nodeIds: nodeIds.includes(id) ? nodeIds.filter((n) => n !== id) : [...nodeIds, id], edgeIds });
}

export function toggleEdge(map: MapController, id: string): void {
  const { nodeIds, edgeIds } = currentSelection(map);
  set(map, { nodeIds, edgeIds: edgeIds.includes(id) ? edgeIds.filter((e) => e !== id) : [...edgeIds, id] });
}

/** Rubber band: the nodes inside, added to the selection with Shift. */
export function selectBand(map: MapController, nodeIds: readonly string[], additive: boolean): void {
  if (!additive) return selectOnly(map, nodeIds);
  const { nodeIds: had, edgeIds } = currentSelection(map);
  set(map, { nodeIds: [...new Set([...had, ...nodeIds])], edgeIds });
}

export function selectAll(map: MapController): void {
  const w = map.editor.workbook;
  selectOnly(map, w.workflow.nodes.map((n) => n.id), w.workflow.edges.map((e) => e.id));
}

/** The selected ids that still exist (an undo may have removed some). */
export function liveSelection(map: MapController): MapSelection {
  const w = map.editor.workbook;
  const { nodeIds, edgeIds } = currentSelection(map);
  const nodes = new Set(w.workflow.nodes.map((n) => n.id));
  const edges = new Set(w.workflow.edges.map((e) => e.id));
  return { nodeIds: nodeIds.filter((id) => nodes.has(id)), edgeIds: edgeIds.filter((id) => edges.has(id)) };
}
