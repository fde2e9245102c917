/**
 * The map as the documents draw it: the canvas's positions turned into a grid of columns and,
 * inside each lane, rows. Nodes whose canvas x lie within half a node's width of a column's
 * first node share that column, and likewise for rows within a lane, so the flow keeps its
 * shape (what comes first is left, what happens in parallel is stacked) while the canvas's
 * empty space is left out; two nodes on the same spot get rows of their own. The canvas keeps
 * its own layout (layoutMap): this grid is the documents' alone.
 */
import type { Edge, LaneKind, Workflow, WorkflowNode } from '../../../model';

/** Canvas node size (workflow-map.ts): nodes closer than half of it share a column or a row. */
const SAME_COLUMN = 75;
const SAME_ROW = 28;

export interface GridLane {
  /** The lane's id, '' for the band of nodes without a (known) lane. */
  readonly id: string;
  readonly name: string;
  readonly kind: LaneKind | '';
}
export interface Cell {
  /** Index into MapGrid.lanes. */
  readonly lane: number;
  readonly col: number;
  /** Row within the lane, from 0. */
  readonly row: number;
}
export interface MapGrid {
  readonly lanes: readonly GridLane[];
  readonly cols: number;
  readonly cells: ReadonlyMap<string, Cell>;
  /** The nodes in reading order: column by column, lane by lane, row by row. */
  readonly nodes: readonly WorkflowNode[];
}

/** Groups sorted values into clusters that start a new cluster `gap` or more after the current one's first value. */
function clusters<T>(items: readonly T[], at: (t: T) => number, gap: number): T[][] {
  const sorted = [...items].sort((a, b) => at(a) - at(b));
  const out: T[][] = [];
  let start = -Infinity;
  for (const item of sorted) {
    const v = at(item);
    if (out.length === 0 || v - start >= gap) { out.push([]); start = v; }
    out[out.length - 1]!.push(item);
  }
  return out;
}

export function buildGrid(workflow: Workflow): MapGrid {
  const known = new Set(workflow.lanes.map((l) => l.id));
  const lanes: GridLane[] = workflow.lanes.map((l) => ({ id: l.id, name: l.name, kind: l.kind }));
  const laneIndex = new Map(lanes.map((l, i) => [l.id, i]));
  if (workflow.nodes.some((n) => n.laneId === undefined || !known.has(n.laneId))) {
    lanes.push({ id: '', name: lanes.length ? 'No lane' : '', kind: '' });
  }
  const laneOf = (n: WorkflowNode): number => (n.laneId !== undefined && laneIndex.has(n.laneId) ? laneIndex.get(n.laneId)! : lanes.length - 1);
  const colOf = new Map<string, number>();
  clusters(workflow.nodes, (n) => n.x, SAME_COLUMN).forEach((group, c) => { for (const n of group) colOf.set(n.id, c); });
  const cols = Math.max(0, ...colOf.values()) + (workflow.nodes.length ? 1 : 0);

  const cells = new Map<string, Cell>();
  for (let l = 0; l < lanes.length; l++) {
    const members = workflow.nodes.filter((n) => laneOf(n) === l);
    const taken = new Set<string>();
    // Rows by y; a node on a taken cell moves down to the next free row of its column.
    clusters(members, (n) => n.y, SAME_ROW).forEach((group, r) => {
      for (const n of [...group].sort((a, b) => a.y - b.y || a.x - b.x || (a.id < b.id ? -1 : 1))) {
        const col = colOf.get(n.id)!;
        let row = r;
        while (taken.has(`${col}:${row}`)) row++;
        taken.add(`${col}:${row}`);
        cells.set(n.id, { lane: l, col, row });
      }
    });
  }
  const nodes = [...workflow.nodes].sort((a, b) => {
    const p = cells.get(a.id)!, q = cells.get(b.id)!;
    return p.col - q.col || p.lane - q.lane || p.row - q.row;
  });
  return { lanes, cols, cells, nodes };
}

/**
 * The column of each node of `lanes` in a view of them, numbered from 0. Kept, a node keeps its
 * grid column and only columns with no node in those lanes are left out. Layered, columns are
 * packed: a node goes in the first column after the one before it in its lane row, and not
 * before any node that leads to it, so a step in another lane may sit under the step it
 * follows (the flow reads down there instead of right) and the map takes far fewer columns.
 */
export function viewColumns(grid: MapGrid, edges: readonly Edge[], lanes: ReadonlySet<number>, layered: boolean): { colOf: Map<string, number>; cols: number } {
  const members = grid.nodes.filter((n) => lanes.has(grid.cells.get(n.id)!.lane));
  const colOf = new Map<string, number>();
  if (!layered) {
    const used = [...new Set(members.map((n) => grid.cells.get(n.id)!.col))].sort((a, b) => a - b);
    const index = new Map(used.map((c, i) => [c, i]));
    for (const n of members) colOf.set(n.id, index.get(grid.cells.get(n.id)!.col)!);
    return { colOf, cols: used.length };
  }
  const into = new Map<string, string[]>();
  for (const e of edges) if (e.from !== e.to) (into.get(e.to) ?? into.set(e.to, []).get(e.to)!).push(e.from);
  const last = new Map<string, number>();
  let cols = 0;
  // Reading order: an edge from a node placed later (a loop back) does not hold its target.
  for (const n of members) {
    const c = grid.cells.get(n.id)!;
    let col = (last.get(`${c.lane}:${c.row}`) ?? -1) + 1;
    for (const from of into.get(n.id) ?? []) {
      const at = colOf.get(from);
      if (at !== undefined) col = Math.max(col, at);
    }
    colOf.set(n.id, col);
    last.set(`${c.lane}:${c.row}`, col);
    cols = Math.max(cols, col + 1);
  }
  return { colOf, cols };
}
