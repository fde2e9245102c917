/**
 * Commands on the swimlanes: add, rename, change kind, reorder, delete. Lanes have no stored
 * size: a lane is as tall as its content (shared/report/figures/workflow-map.ts), so resizing
 * is moving its nodes.
 */
import type { Lane, LaneKind, WorkflowNode } from '../../../shared/model';
import { NODE_H } from '../../../shared/report/figures/workflow-map';
import { command, type Command } from './command';
import { updateById, withOptional } from './update';
import { withWorkflow } from './mapNodes';

export const addLane = (lane: Lane, index?: number): Command =>
  command('Add lane', (w) => {
    const { lanes } = w.workflow;
    if (lanes.some((l) => l.id === lane.id)) return w;
    const at = index === undefined ? lanes.length : Math.max(0, Math.min(lanes.length, index));
    return withWorkflow(w, { lanes: [...lanes.slice(0, at), lane, ...lanes.slice(at)] });
  });

export const renameLane = (id: string, name: string): Command =>
  command('Rename lane', (w) => {
    const lanes = updateById(w.workflow.lanes, id, (l) => (l.name === name ? l : { ...l, name }));
    return lanes === w.workflow.lanes ? w : withWorkflow(w, { lanes });
  }, { coalesce: `lane.${id}.name` });

export const setLaneKind = (id: string, kind: LaneKind): Command =>
  command('Change lane kind', (w) => {
    const lanes = updateById(w.workflow.lanes, id, (l) => (l.kind === kind ? l : { ...l, kind }));
    return lanes === w.workflow.lanes ? w : withWorkflow(w, { lanes });
  });

/** Moves a lane to position `index` in the lane order (top to bottom). */
export const moveLane = (id: string, index: number): Command =>
  command('Reorder lanes', (w) => {
    const { lanes } = w.workflow;
    const from = lanes.findIndex((l) => l.id === id);
    const to = Math.max(0, Math.min(lanes.length - 1, index));
    if (from < 0 || from === to) return w;
    const next = lanes.slice();
    const [lane] = next.splice(from, 1);
    next.splice(to, 0, lane!);
    return withWorkflow(w, { lanes: next });
  });

/** What happens to the nodes of a deleted lane: moved into another lane, or removed with their connectors. */
export type LaneFate = { readonly kind: 'move'; readonly laneId: string } | { readonly kind: 'remove' };

/**
 * Deletes a lane. Moved nodes keep their layout among themselves and go below the target lane's
 * content, so nothing lands on top of what is already there.
 */
export const removeLane = (id: string, fate: LaneFate): Command =>
  command('Delete lane', (w) => {
    const { lanes, nodes, edges } = w.workflow;
    if (!lanes.some((l) => l.id === id)) return w;
    if (fate.kind === 'move' && (fate.laneId === id || !lanes.some((l) => l.id === fate.laneId))) return w;
    const members = nodes.filter((n) => n.laneId === id);
    const rest = { lanes: lanes.filter((l) => l.id !== id) };
    if (fate.kind === 'remove') {
      const gone = new Set(members.map((n) => n.id));
      const decisions = w.decisions.map((d) => (d.nodeId !== undefined && gone.has(d.nodeId) ? withOptional(d, 'nodeId', undefined) : d));
      return {
        ...withWorkflow(w, { ...rest, nodes: nodes.filter((n) => !gone.has(n.id)), edges: edges.filter((e) => !gone.has(e.from) && !gone.has(e.to)) }),
        decisions: decisions.some((d, i) => d !== w.decisions[i]) ? decisions : w.decisions,
      };
    }
    const target = nodes.filter((n) => n.laneId === fate.laneId);
    const shift = target.length && members.length
      ? Math.max(...target.map((n) => n.y)) + NODE_H + 40 - Math.min(...members.map((n) => n.y))
      : 0;
    const moved = (n: WorkflowNode): WorkflowNode => ({ ...n, laneId: fate.laneId, y: n.y + shift });
    return withWorkflow(w, { ...rest, nodes: nodes.map((n) => (n.laneId === id ? moved(n) : n)) });
  });
