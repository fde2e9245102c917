/**
 * Values the map derives from the store, memoized on the identity of what they read: the
 * layout changes only when the workflow does (not on every edit elsewhere in the workbook), and
 * the selection sets only when the selection does. Components select narrow, primitive slices
 * of these (a node's x and y, "am I selected"), so a change re-renders only what it touches.
 */
import type { Edge, Lane, Workbook, Workflow, WorkflowNode } from '../../../../shared/model';
import { workflowGaps } from '../../../../shared/logic/readiness-workflow';
import type { Gap } from '../../../../shared/logic/gap';
import { deriveReadiness, memoByWorkbook, memoOne } from '../../../state/selectors';
import type { MapSelection } from './controller';
import { canvasLayout, type CanvasLayout } from '../geometry/canvasLayout';
import { updateLayout } from '../geometry/layoutUpdate';

/** The last layout made, so that the next one can often be made from it (geometry/layoutUpdate.ts). */
let lastLayout: { readonly workflow: Workflow; readonly layout: CanvasLayout } | null = null;

export const deriveLayout: (workflow: Workflow) => CanvasLayout = memoOne((workflow) => {
  const layout = (lastLayout && updateLayout(lastLayout.workflow, lastLayout.layout, workflow)) ?? canvasLayout(workflow);
  lastLayout = { workflow, layout };
  return layout;
});

const index = <T extends { readonly id: string }>(list: readonly T[]) => new Map(list.map((item) => [item.id, item]));
export const nodeIndex: (nodes: readonly WorkflowNode[]) => ReadonlyMap<string, WorkflowNode> = memoOne(index);
export const edgeIndex: (edges: readonly Edge[]) => ReadonlyMap<string, Edge> = memoOne(index);
export const laneIndex: (lanes: readonly Lane[]) => ReadonlyMap<string, Lane> = memoOne(index);

/** For each connector, how many earlier connectors join the same two nodes (either way): 0 for most. */
export const parallelIndex: (edges: readonly Edge[]) => ReadonlyMap<string, number> = memoOne((edges) => {
  const seen = new Map<string, number>();
  const index = new Map<string, number>();
  for (const e of edges) {
    const pair = e.from < e.to ? `${e.from} ${e.to}` : `${e.to} ${e.from}`;
    const k = seen.get(pair) ?? 0;
    seen.set(pair, k + 1);
    if (k > 0) index.set(e.id, k);
  }
  return index;
});

export interface SelectionSets { readonly nodes: ReadonlySet<string>; readonly edges: ReadonlySet<string> }
export const selectionSets: (s: MapSelection) => SelectionSets = memoOne((s) => ({ nodes: new Set(s.nodeIds), edges: new Set(s.edgeIds) }));

/** A node's readiness gaps on the workflow question, worst first. */
export interface NodeLint { readonly severity: 'blocker' | 'warning'; readonly messages: readonly string[] }

/** Each node's gaps, from the workbook's readiness. */
function nodeLintOf(gaps: readonly Gap[]): Map<string, NodeLint> {
  const byNode = new Map<string, { blocker: string[]; warning: string[] }>();
  for (const g of gaps) {
    if (g.question !== 'workflow' || g.subjectId === undefined || !g.path.startsWith('/workflow/nodes/')) continue;
    const entry = byNode.get(g.subjectId) ?? { blocker: [], warning: [] };
    entry[g.severity].push(g.message);
    byNode.set(g.subjectId, entry);
  }
  const lint = new Map<string, NodeLint>();
  for (const [id, e] of byNode) {
    lint.set(id, { severity: e.blocker.length ? 'blocker' : 'warning', messages: [...e.blocker, ...e.warning] });
  }
  return lint;
}

/**
 * A node's gaps follow from its id, kind, label and lane (a lane that does not exist is a
 * gap), its connectors and the decisions on it; never from where it sits. So after a drop
 * (nodes moved, or one added, with the same connectors, decisions and lanes) the nodes that
 * were there keep their gaps and only the added ones are assessed, by the same readiness rule
 * (workflowGaps) on just them; anything else is assessed whole. The whole readiness of ten
 * thousand nodes took a drop hundreds of milliseconds.
 */
const lintByWorkbook = new WeakMap<Workbook, ReadonlyMap<string, NodeLint>>();
let lastLint: { readonly w: Workbook; readonly lint: ReadonlyMap<string, NodeLint> } | null = null;

export function deriveNodeLint(w: Workbook): ReadonlyMap<string, NodeLint> {
  let lint = lintByWorkbook.get(w);
  if (!lint) {
    lint = (lastLint && lintAfter(lastLint.w, lastLint.lint, w)) ?? nodeLintOf(deriveReadiness(w).gaps);
    lintByWorkbook.set(w, lint);
  }
  lastLint = { w, lint };
  return lint;
}

function lintAfter(before: Workbook, lint: ReadonlyMap<string, NodeLint>, w: Workbook): ReadonlyMap<string, NodeLint> | null {
  const { nodes, edges, lanes } = w.workflow;
  const was = before.workflow.nodes;
  if (edges !== before.workflow.edges || lanes !== before.workflow.lanes || w.decisions !== before.decisions || nodes.length < was.length) return null;
  const laneIds = new Set(lanes.map((l) => l.id));
  const dangling = (n: WorkflowNode) => n.laneId !== undefined && !laneIds.has(n.laneId);
  for (let i = 0; i < was.length; i++) {
    const a = was[i]!, b = nodes[i]!;
    if (a === b) continue;
    if (a.id !== b.id || a.kind !== b.kind || a.label !== b.label || dangling(a) !== dangling(b) || (dangling(b) && a.laneId !== b.laneId)) return null;
  }
  if (nodes.length === was.length) return lint;
  const added = nodes.slice(was.length);
  if (added.some(dangling)) return null;
  const ids = new Set(added.map((n) => n.id));
  const touching = edges.filter((e) => ids.has(e.from) || ids.has(e.to));
  const just = { ...w, workflow: { lanes, nodes: added, edges: touching } };
  const gaps = workflowGaps(just).filter((g) => g.subjectId !== undefined && ids.has(g.subjectId));
  return new Map([...lint, ...nodeLintOf(gaps)]);
}

/** The map-wide workflow gaps (no AI step at all), which no single node carries. */
export const deriveMapGaps = memoByWorkbook((w: Workbook) =>
  deriveReadiness(w).gaps.filter((g) => g.question === 'workflow' && g.subjectId === undefined && g.path === '/workflow/nodes'));
