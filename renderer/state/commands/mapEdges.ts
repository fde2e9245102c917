/** Commands on the connectors of the workflow map: add, change kind or label, reconnect. Removal is removeMapElements. */
import { EDGE_KINDS, type Edge, type EdgeKind } from '../../../shared/model';
import { command, type Command } from './command';
import { optionalText, updateById, withOptional } from './update';
import { withWorkflow } from './mapNodes';

const KIND_NAME: Readonly<Record<EdgeKind, string>> = { flow: 'flow', reads: 'reads', writes: 'writes', triggers: 'triggers', handoff: 'hand-off' };

/** A connector from a node to itself, or to a node that is not there, is refused (it could not be drawn). */
export const addEdge = (edge: Edge): Command =>
  command(`Connect (${KIND_NAME[edge.kind]})`, (w) => {
    const { nodes, edges } = w.workflow;
    if (edge.from === edge.to || edges.some((e) => e.id === edge.id)) return w;
    if (!nodes.some((n) => n.id === edge.from) || !nodes.some((n) => n.id === edge.to)) return w;
    return withWorkflow(w, { edges: [...edges, edge] });
  });

const editEdge = (label: string, id: string, update: (e: Edge) => Edge, coalesce?: string): Command =>
  command(label, (w) => {
    const edges = updateById(w.workflow.edges, id, update);
    return edges === w.workflow.edges ? w : withWorkflow(w, { edges });
  }, coalesce === undefined ? {} : { coalesce });

export const setEdgeKind = (id: string, kind: EdgeKind): Command =>
  editEdge(`Make connector ${KIND_NAME[kind]}`, id, (e) => (e.kind === kind || !EDGE_KINDS.includes(kind) ? e : { ...e, kind }));

export const setEdgeLabel = (id: string, label: string): Command =>
  editEdge('Label connector', id, (e) => withOptional(e, 'label', optionalText(label)), `edge.${id}.label`);

/** Points one end of a connector at another node; never at the node on its other end. */
export const reconnectEdge = (id: string, end: 'from' | 'to', nodeId: string): Command =>
  command('Reconnect connector', (w) => {
    if (!w.workflow.nodes.some((n) => n.id === nodeId)) return w;
    const edges = updateById(w.workflow.edges, id, (e) => {
      const other = end === 'from' ? e.to : e.from;
      if (e[end] === nodeId || other === nodeId) return e;
      return { ...e, [end]: nodeId };
    });
    return edges === w.workflow.edges ? w : withWorkflow(w, { edges });
  });
