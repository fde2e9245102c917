/**
 * Values the map derives from the store, memoized on the identity of what they read: the
 * layout changes only when the workflow does (not on every edit elsewhere in the workbook), and
 * the selection sets only when the selection does. Components select narrow, primitive slices
 * of these (a node's x and y, "am I selected"), so a change re-renders only what it touches.
 */
import type { Edge, Lane, Workbook, Workflow, WorkflowNode } from '../../../../shared/model';
import { deriveReadiness, memoByWorkbook, memoOne } from '../../../state/selectors';
import type { MapSelection } from './controller';
import { canvasLayout, type CanvasLayout } from '../geometry/canvasLayout';

export const deriveLayout: (workflow: Workflow) => CanvasLayout = memoOne(canvasLayout);

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

export const deriveNodeLint = memoByWorkbook((w: Workbook): ReadonlyMap<string, NodeLint> => {
  const byNode = new Map<string, { blocker: string[]; warning: string[] }>();
  for (const g of deriveReadiness(w).gaps) {
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
});

/** The map-wide workflow gaps (no AI step at all), which no single node carries. */
export const deriveMapGaps = memoByWorkbook((w: Workbook) =>
  deriveReadiness(w).gaps.filter((g) => g.question === 'workflow' && g.subjectId === undefined && g.path === '/workflow/nodes'));
