/**
 * The map's edits as the canvas, the keyboard and the inspector call them: each builds one
 * command (one undo step) from the current selection and layout, runs it, says what happened
 * in the live region, and keeps the result selected and in view.
 */
import { freshId, recordIds, type EdgeKind, type NodeKind } from '../../../../shared/model';
import { NODE_KIND_LABEL } from '../../../../shared/report/labels';
import { addEdge, addNode, createDecisionRecord, insertMapElements, moveNodes, removeMapElements } from '../../../state/commands';
import { copyPayload, decodeClipboard, encodeClipboard, pastePlan } from '../clipboard/payload';
import { bandIndexAt, CONTENT_LEFT, GRID, NODE_H, NODE_W, PAD } from '../geometry/canvasLayout';
import { placeMove, placeNew } from '../geometry/placement';
import { snapX, snapY } from '../geometry/snap';
import type { MapController } from './controller';
import { layoutOf } from './hooks';
import { announce, setMapUi } from './mapUiStore';
import { liveSelection, selectOnly } from './selection';
import { reveal } from './view';

const nameOf = (map: MapController, id: string): string => {
  const n = map.editor.workbook.workflow.nodes.find((node) => node.id === id);
  return n ? `“${n.label || NODE_KIND_LABEL[n.kind]}”` : 'the node';
};

/** Adds a node of `kind` centred on canvas point (cx, cy) in band `band`, selects it and starts editing its label. */
export function addNodeAt(map: MapController, kind: NodeKind, cx: number, cy: number, band?: number): string | null {
  const { editor } = map;
  const w = editor.workbook;
  const layout = layoutOf(w);
  const x = snapX(layout, cx - NODE_W / 2);
  const y = snapY(layout, cy - NODE_H / 2, NODE_H);
  const placed = placeNew(w.workflow, layout, x, y, band ?? bandIndexAt(layout.bands, cy));
  const id = freshId('n', recordIds(w));
  const node = { id, kind, label: NODE_KIND_LABEL[kind], x: placed.x, y: placed.y, ...(placed.laneId !== undefined ? { laneId: placed.laneId } : {}) };
  if (!editor.execute(addNode(node))) return null;
  selectOnly(map, [id]);
  setMapUi(map, { editing: id });
  announce(map, `Added ${NODE_KIND_LABEL[kind]}${placed.laneId ? ` in lane ${laneName(map, placed.laneId)}` : ''}. Type its label, then press Enter.`);
  return id;
}

/**
 * Palette click or Enter: a node of `kind` after the last node of the selected node's lane (or
 * of the first lane), so the keyboard can build a map without dragging.
 */
export function addNodeNext(map: MapController, kind: NodeKind): string | null {
  const w = map.editor.workbook;
  const layout = layoutOf(w);
  const selected = map.selection.getState().current.nodeIds;
  const anchorId = selected[selected.length - 1];
  const bandIndex = anchorId !== undefined && layout.bandOf.has(anchorId) ? layout.bandOf.get(anchorId)! : layout.bands.length ? 0 : -1;
  const band = layout.bands[bandIndex];
  let last: { x: number; y: number } | null = null;
  for (const [id, b] of layout.boxes) {
    if (layout.bandOf.get(id) === bandIndex && (!last || b.x > last.x)) last = { x: b.x, y: b.y };
  }
  const x = last ? last.x + NODE_W + 2 * GRID : snapX(layout, CONTENT_LEFT + 2 * GRID);
  const y = last ? last.y : (band ? band.top : layout.height) + PAD;
  const id = addNodeAt(map, kind, x + NODE_W / 2, y + NODE_H / 2, bandIndex);
  if (id) reveal(map, id);
  return id;
}

export function laneName(map: MapController, laneId: string): string {
  return map.editor.workbook.workflow.lanes.find((l) => l.id === laneId)?.name ?? 'no lane';
}

/** Arrow keys: the selection moves by (dx, dy) canvas units; a burst of presses is one undo step. */
export function nudgeSelection(map: MapController, dx: number, dy: number): void {
  const w = map.editor.workbook;
  const ids = liveSelection(map).nodeIds;
  if (ids.length === 0) return;
  const moves = placeMove(w.workflow, layoutOf(w), ids, dx, dy);
  if (!map.editor.execute(moveNodes(moves, `map.nudge:${ids.join(',')}`))) return;
  const m = moves[0]!;
  reveal(map, m.id);
  announce(map, ids.length === 1
    ? `${nameOf(map, m.id)} at ${m.x}, ${m.y}${m.laneId ? `, lane ${laneName(map, m.laneId)}` : ', no lane'}.`
    : `Moved ${ids.length} nodes.`);
}

export function deleteSelection(map: MapController): void {
  const { editor } = map;
  const w = editor.workbook;
  const { nodeIds, edgeIds } = liveSelection(map);
  if (nodeIds.length === 0 && edgeIds.length === 0) return;
  const linked = w.decisions.filter((d) => d.nodeId !== undefined && nodeIds.includes(d.nodeId)).length;
  if (!editor.execute(removeMapElements(nodeIds, edgeIds))) return;
  selectOnly(map, []);
  const what = nodeIds.length + edgeIds.length === 1 ? (nodeIds.length ? nameOf(map, nodeIds[0]!) || 'the node' : 'the connector') : `${nodeIds.length + edgeIds.length} elements`;
  const kept = linked ? ` ${linked === 1 ? 'Its decision record is' : `${linked} decision records are`} kept, no longer on the map.` : '';
  announce(map, `Deleted ${what}.${kept}`);
  editor.notifyUndoable(`Deleted ${nodeIds.length + edgeIds.length === 1 ? (nodeIds.length ? 'a node' : 'a connector') : what}.${kept}`);
}

/** The selection as clipboard text, or null when no node is selected. */
export function copySelectionText(map: MapController): string | null {
  const payload = copyPayload(map.editor.workbook, liveSelection(map).nodeIds);
  return payload ? encodeClipboard(payload) : null;
}

/** Pastes clipboard text of ours; false when the text is something else. */
export function pasteText(map: MapController, text: string, label = 'Paste'): boolean {
  const { editor } = map;
  const w = editor.workbook;
  const payload = decodeClipboard(text);
  if (!payload) return false;
  // Pasting into the workbook it came from: each paste a step further down and right.
  const last = map.lastPaste;
  map.lastPaste = last.text === text ? { text, times: last.times + 1 } : { text, times: 1 };
  const step = payload.workbookId === w.id ? 2 * GRID * map.lastPaste.times : 0;
  const plan = pastePlan(payload, w, step, step);
  if (!editor.execute(insertMapElements(label, plan))) return false;
  selectOnly(map, plan.nodes.map((n) => n.id), plan.edges.map((e) => e.id));
  if (plan.nodes[0]) reveal(map, plan.nodes[0].id);
  announce(map, `${label === 'Paste' ? 'Pasted' : 'Duplicated'} ${plan.nodes.length === 1 ? 'one node' : `${plan.nodes.length} nodes`}${plan.lanes.length ? ` and added ${plan.lanes.length === 1 ? 'a lane' : `${plan.lanes.length} lanes`}` : ''}.`);
  return true;
}

export function duplicateSelection(map: MapController): void {
  const text = copySelectionText(map);
  if (text) pasteText(map, text, 'Duplicate');
}

/** A connector from `from` to `to` of `kind`, selected afterwards so its kind and label can be changed at once. */
export function connect(map: MapController, from: string, to: string, kind: EdgeKind): string | null {
  const { editor } = map;
  const w = editor.workbook;
  if (from === to) return null;
  const id = freshId('e', recordIds(w));
  if (!editor.execute(addEdge({ id, from, to, kind }))) return null;
  selectOnly(map, [], [id]);
  announce(map, `Connected ${nameOf(map, from)} to ${nameOf(map, to)} (${kind}).`);
  return id;
}

export function createDecisionFor(map: MapController, nodeId: string): string | null {
  const { editor } = map;
  const id = freshId('d', recordIds(editor.workbook));
  if (!editor.execute(createDecisionRecord(nodeId, id))) return null;
  announce(map, `Created a decision record for ${nameOf(map, nodeId)}.`);
  return id;
}
