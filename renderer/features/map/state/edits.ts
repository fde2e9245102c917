/**
 * The map's edits as the canvas, the keyboard and the inspector call them: each builds one
 * command (one undo step) from the current selection and layout, runs it, says what happened
 * in the live region, and keeps the result selected and in view.
 */
import { freshId, recordIds, type EdgeKind, type NodeKind } from '../../../../shared/model';
import { NODE_KIND_LABEL } from '../../../../shared/report/labels';
import { addEdge, addNode, createDecisionRecord, insertMapElements, moveNodes, removeMapElements } from '../../../state/commands';
import { useAppStore } from '../../../state/store';
import { copyPayload, decodeClipboard, encodeClipboard, pastePlan } from '../clipboard/payload';
import { bandIndexAt, CONTENT_LEFT, GRID, NODE_H, NODE_W, PAD } from '../geometry/canvasLayout';
import { placeMove, placeNew } from '../geometry/placement';
import { snapX, snapY } from '../geometry/snap';
import { layoutOf } from './hooks';
import { announce, setMapUi } from './mapUiStore';
import { liveSelection, selectOnly } from './selection';
import { reveal } from './view';

const store = () => useAppStore.getState();

const nameOf = (id: string): string => {
  const n = store().workbook?.workflow.nodes.find((node) => node.id === id);
  return n ? `“${n.label || NODE_KIND_LABEL[n.kind]}”` : 'the node';
};

/** Adds a node of `kind` centred on canvas point (cx, cy) in band `band`, selects it and starts editing its label. */
export function addNodeAt(kind: NodeKind, cx: number, cy: number, band?: number): string | null {
  const s = store();
  const w = s.workbook;
  if (!w) return null;
  const layout = layoutOf(s);
  const x = snapX(layout, cx - NODE_W / 2);
  const y = snapY(layout, cy - NODE_H / 2, NODE_H);
  const placed = placeNew(w.workflow, layout, x, y, band ?? bandIndexAt(layout.bands, cy));
  const id = freshId('n', recordIds(w));
  const node = { id, kind, label: NODE_KIND_LABEL[kind], x: placed.x, y: placed.y, ...(placed.laneId !== undefined ? { laneId: placed.laneId } : {}) };
  if (!s.execute(addNode(node))) return null;
  selectOnly([id]);
  setMapUi({ editing: id });
  announce(`Added ${NODE_KIND_LABEL[kind]}${placed.laneId ? ` in lane ${laneName(placed.laneId)}` : ''}. Type its label, then press Enter.`);
  return id;
}

/**
 * Palette click or Enter: a node of `kind` after the last node of the selected node's lane (or
 * of the first lane), so the keyboard can build a map without dragging.
 */
export function addNodeNext(kind: NodeKind): string | null {
  const s = store();
  const w = s.workbook;
  if (!w) return null;
  const layout = layoutOf(s);
  const anchorId = s.mapSelection.nodeIds[s.mapSelection.nodeIds.length - 1];
  const bandIndex = anchorId !== undefined && layout.bandOf.has(anchorId) ? layout.bandOf.get(anchorId)! : layout.bands.length ? 0 : -1;
  const band = layout.bands[bandIndex];
  let last: { x: number; y: number } | null = null;
  for (const [id, b] of layout.boxes) {
    if (layout.bandOf.get(id) === bandIndex && (!last || b.x > last.x)) last = { x: b.x, y: b.y };
  }
  const x = last ? last.x + NODE_W + 2 * GRID : snapX(layout, CONTENT_LEFT + 2 * GRID);
  const y = last ? last.y : (band ? band.top : layout.height) + PAD;
  const id = addNodeAt(kind, x + NODE_W / 2, y + NODE_H / 2, bandIndex);
  if (id) reveal(id);
  return id;
}

export function laneName(laneId: string): string {
  return store().workbook?.workflow.lanes.find((l) => l.id === laneId)?.name ?? 'no lane';
}

/** Arrow keys: the selection moves by (dx, dy) canvas units; a burst of presses is one undo step. */
export function nudgeSelection(dx: number, dy: number): void {
  const s = store();
  const w = s.workbook;
  const ids = liveSelection().nodeIds;
  if (!w || ids.length === 0) return;
  const moves = placeMove(w.workflow, layoutOf(s), ids, dx, dy);
  if (!s.execute(moveNodes(moves, `map.nudge:${ids.join(',')}`))) return;
  const m = moves[0]!;
  reveal(m.id);
  announce(ids.length === 1
    ? `${nameOf(m.id)} at ${m.x}, ${m.y}${m.laneId ? `, lane ${laneName(m.laneId)}` : ', no lane'}.`
    : `Moved ${ids.length} nodes.`);
}

export function deleteSelection(): void {
  const s = store();
  const w = s.workbook;
  const { nodeIds, edgeIds } = liveSelection();
  if (!w || (nodeIds.length === 0 && edgeIds.length === 0)) return;
  const linked = w.decisions.filter((d) => d.nodeId !== undefined && nodeIds.includes(d.nodeId)).length;
  if (!s.execute(removeMapElements(nodeIds, edgeIds))) return;
  selectOnly([]);
  const what = nodeIds.length + edgeIds.length === 1 ? (nodeIds.length ? nameOf(nodeIds[0]!) || 'the node' : 'the connector') : `${nodeIds.length + edgeIds.length} elements`;
  const kept = linked ? ` ${linked === 1 ? 'Its decision record is' : `${linked} decision records are`} kept, no longer on the map.` : '';
  announce(`Deleted ${what}.${kept}`);
  s.pushToast({ tone: 'info', message: `Deleted ${nodeIds.length + edgeIds.length === 1 ? (nodeIds.length ? 'a node' : 'a connector') : what}.${kept}`, action: { label: 'Undo', run: () => useAppStore.getState().undo() } });
}

/** The selection as clipboard text, or null when no node is selected. */
export function copySelectionText(): string | null {
  const w = store().workbook;
  const payload = w ? copyPayload(w, liveSelection().nodeIds) : null;
  return payload ? encodeClipboard(payload) : null;
}

let lastPaste = { text: '', times: 0 };

/** Pastes clipboard text of ours; false when the text is something else. */
export function pasteText(text: string, label = 'Paste'): boolean {
  const s = store();
  const w = s.workbook;
  const payload = decodeClipboard(text);
  if (!w || !payload) return false;
  // Pasting into the workbook it came from: each paste a step further down and right.
  lastPaste = lastPaste.text === text ? { text, times: lastPaste.times + 1 } : { text, times: 1 };
  const step = payload.workbookId === w.id ? 2 * GRID * lastPaste.times : 0;
  const plan = pastePlan(payload, w, step, step);
  if (!s.execute(insertMapElements(label, plan))) return false;
  selectOnly(plan.nodes.map((n) => n.id), plan.edges.map((e) => e.id));
  if (plan.nodes[0]) reveal(plan.nodes[0].id);
  announce(`${label === 'Paste' ? 'Pasted' : 'Duplicated'} ${plan.nodes.length === 1 ? 'one node' : `${plan.nodes.length} nodes`}${plan.lanes.length ? ` and added ${plan.lanes.length === 1 ? 'a lane' : `${plan.lanes.length} lanes`}` : ''}.`);
  return true;
}

export function duplicateSelection(): void {
  const text = copySelectionText();
  if (text) pasteText(text, 'Duplicate');
}

/** A connector from `from` to `to` of `kind`, selected afterwards so its kind and label can be changed at once. */
export function connect(from: string, to: string, kind: EdgeKind): string | null {
  const s = store();
  const w = s.workbook;
  if (!w || from === to) return null;
  const id = freshId('e', recordIds(w));
  if (!s.execute(addEdge({ id, from, to, kind }))) return null;
  selectOnly([], [id]);
  announce(`Connected ${nameOf(from)} to ${nameOf(to)} (${kind}).`);
  return id;
}

export function createDecisionFor(nodeId: string): string | null {
  const s = store();
  const w = s.workbook;
  if (!w) return null;
  const id = freshId('d', recordIds(w));
  if (!s.execute(createDecisionRecord(nodeId, id))) return null;
  announce(`Created a decision record for ${nameOf(nodeId)}.`);
  return id;
}
