/**
 * Commands on the nodes of the workflow map. A drag, a nudge burst, a paste or a delete is one
 * command, so one undo step. Positions arrive already placed (renderer/features/map/geometry):
 * a command stores what it is given and never re-lays out the map.
 */
import type { Edge, Lane, NodeKind, Workbook, Workflow, WorkflowNode } from '../../../shared/model';
import { command, type Command } from './command';
import { removeReferencesTo } from './references';
import { optionalText, updateById, withOptional } from './update';

/** Where one node goes: its new model coordinates and lane (undefined: no lane). */
export interface NodeMove {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly laneId: string | undefined;
}

const KIND_NAME: Readonly<Record<NodeKind, string>> = {
  start: 'start', end: 'end', step: 'step', 'ai-step': 'AI step', decision: 'decision', handoff: 'hand-off', system: 'system',
};

export const withWorkflow = (w: Workbook, workflow: Partial<Workflow>): Workbook => ({ ...w, workflow: { ...w.workflow, ...workflow } });

export const addNode = (node: WorkflowNode): Command =>
  command(`Add ${KIND_NAME[node.kind]}`, (w) =>
    (w.workflow.nodes.some((n) => n.id === node.id) ? w : withWorkflow(w, { nodes: [...w.workflow.nodes, node] })));

/**
 * Moves nodes to new positions and lanes in one step. Pass `coalesce` for a burst of keyboard
 * nudges, so that holding an arrow key is one undo step too.
 */
export const moveNodes = (moves: readonly NodeMove[], coalesce?: string): Command =>
  command(moves.length === 1 ? 'Move node' : `Move ${moves.length} nodes`, (w) => {
    const byId = new Map(moves.map((m) => [m.id, m]));
    let changed = false;
    const nodes = w.workflow.nodes.map((n) => {
      const m = byId.get(n.id);
      if (!m) return n;
      const moved = withOptional({ ...n, x: m.x, y: m.y }, 'laneId', m.laneId);
      if (moved.x === n.x && moved.y === n.y && moved.laneId === n.laneId) return n;
      changed = true;
      return moved;
    });
    return changed ? withWorkflow(w, { nodes }) : w;
  }, coalesce === undefined ? {} : { coalesce, coalesceWindowMs: 1000 });

const editNode = (label: string, id: string, update: (n: WorkflowNode) => WorkflowNode, coalesce?: string): Command =>
  command(label, (w) => {
    const nodes = updateById(w.workflow.nodes, id, update);
    return nodes === w.workflow.nodes ? w : withWorkflow(w, { nodes });
  }, coalesce === undefined ? {} : { coalesce });

/** Typing in the inspector: one undo step per burst. */
export const setNodeLabel = (id: string, label: string): Command =>
  editNode('Rename node', id, (n) => (n.label === label ? n : { ...n, label }), `node.${id}.label`);

/** An inline edit committed at once (Enter or leaving the field): its own undo step. */
export const renameNode = (id: string, label: string): Command =>
  editNode('Rename node', id, (n) => (n.label === label ? n : { ...n, label }));

export const setNodeKind = (id: string, kind: NodeKind): Command =>
  editNode(`Make node ${KIND_NAME[kind]}`, id, (n) => (n.kind === kind ? n : { ...n, kind }));

export const setNodeNotes = (id: string, notes: string): Command =>
  editNode('Edit node notes', id, (n) => withOptional(n, 'notes', optionalText(notes)), `node.${id}.notes`);

/**
 * Removes nodes and connectors. A connector goes with either of its nodes; a decision record
 * that pointed at a removed node is kept (it holds the tier work) and loses only its link.
 */
export const removeMapElements = (nodeIds: readonly string[], edgeIds: readonly string[] = []): Command => {
  const count = nodeIds.length + edgeIds.length;
  const what = nodeIds.length === 0 ? (edgeIds.length === 1 ? 'connector' : 'connectors') : count === 1 ? 'node' : 'elements';
  return command(`Delete ${what}`, (w) => {
    const gone = new Set(nodeIds);
    const edgesGone = new Set(edgeIds);
    const nodes = w.workflow.nodes.filter((n) => !gone.has(n.id));
    const edges = w.workflow.edges.filter((e) => !edgesGone.has(e.id));
    if (nodes.length === w.workflow.nodes.length && edges.length === w.workflow.edges.length) return w;
    // The table of references says the rest: a removed node's connectors go, its decision records stay, unlinked.
    return removeReferencesTo(withWorkflow(w, { nodes, edges }), 'node', gone);
  });
};

export interface MapElements {
  readonly lanes: readonly Lane[];
  readonly nodes: readonly WorkflowNode[];
  readonly edges: readonly Edge[];
}

/**
 * Adds pasted or duplicated elements (ids already fresh) in one step; `lanes` are lanes the
 * paste needs that this workbook did not have (pasting from another workbook).
 */
export const insertMapElements = (label: string, parts: MapElements): Command =>
  command(label, (w) => {
    const { lanes, nodes, edges } = parts;
    if (nodes.length === 0 && edges.length === 0) return w;
    return withWorkflow(w, {
      lanes: lanes.length ? [...w.workflow.lanes, ...lanes] : w.workflow.lanes,
      nodes: [...w.workflow.nodes, ...nodes],
      edges: [...w.workflow.edges, ...edges],
    });
  });
